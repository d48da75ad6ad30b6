// Sorting exercises: put each item into one category; feedback per item.
import { z } from 'astro/zod';
import { slugSchema } from '../ids';
import { exerciseBase } from './base';

const sortingCategorySchema = z
  .object({
    id: slugSchema.describe('Stable category id, unique within the file.'),
    label: z.string().min(2).describe('The category name as the learner reads it.'),
    description: z.string().min(10).describe('One line saying what belongs in this category.'),
  })
  .strict();

const sortingItemSchema = z
  .object({
    id: slugSchema.describe('Stable item id, unique within the file; saved answers are keyed by it.'),
    text: z.string().min(3).describe('The item to sort, as the learner reads it.'),
    category: slugSchema.describe('Id of the category the item belongs to.'),
    feedback: z.string().min(20).describe('Why the item belongs there; shown after checking, right or wrong.'),
  })
  .strict();

export const sortingExerciseSchema = z
  .object({
    kind: z.literal('sorting').describe('Put each item into one category; feedback per item.'),
    ...exerciseBase,
    categories: z.array(sortingCategorySchema).min(2).max(8).describe('The categories, in display order.'),
    items: z.array(sortingItemSchema).min(3).max(20).describe('Items in display order.'),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const categoryIds = new Set<string>();
    exercise.categories.forEach((c, i) => {
      if (categoryIds.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: `category id '${c.id}' is used twice` });
      categoryIds.add(c.id);
    });
    const itemIds = new Set<string>();
    exercise.items.forEach((item, i) => {
      if (itemIds.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `item id '${item.id}' is used twice` });
      itemIds.add(item.id);
      if (!categoryIds.has(item.category))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'category'],
          message: `item '${item.id}': category '${item.category}' is not defined under categories`,
        });
    });
    exercise.categories.forEach((c, i) => {
      if (!exercise.items.some((item) => item.category === c.id))
        ctx.addIssue({ code: 'custom', path: ['categories', i], message: `category '${c.id}' has no items` });
    });
  });

export type SortingExercise = z.infer<typeof sortingExerciseSchema>;
export type SortingItem = SortingExercise['items'][number];
