// Ordering exercises: put items in sequence; partial credit for every pair in the right relative order.
import { z } from 'astro/zod';
import { slugSchema } from '../ids';
import { exerciseBase } from './base';

const orderingItemSchema = z
  .object({
    id: slugSchema.describe('Stable item id, unique within the file; saved orders are keyed by it.'),
    text: z.string().min(2).describe('The item as the learner reads it.'),
    why: z.string().min(20).describe('Why the item sits at this point of the sequence; shown when it is out of place.'),
  })
  .strict();

export const orderingExerciseSchema = z
  .object({
    kind: z
      .literal('ordering')
      .describe('Put items in sequence; partial credit for every pair in the right relative order.'),
    ...exerciseBase,
    items: z
      .array(orderingItemSchema)
      .min(3)
      .max(12)
      .describe('The items in the CORRECT order; the learner gets them shuffled.'),
    explanation: z.string().min(20).describe('Why the order matters, shown after checking whatever the result.'),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const seen = new Set<string>();
    exercise.items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `item id '${item.id}' is used twice` });
      seen.add(item.id);
    });
  });

export type OrderingExercise = z.infer<typeof orderingExerciseSchema>;
export type OrderingItem = OrderingExercise['items'][number];
