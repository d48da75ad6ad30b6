import { z } from 'astro/zod';
import { slugSchema } from './ids';

const factSchema = z
  .object({
    label: z.string().min(3).describe('What the figure is ("Season passes sold in 2023").'),
    value: z.string().min(1).describe('The figure as the student reads it, with its unit ("1,150 at 160 each").'),
  })
  .strict();

const deliverableSchema = z
  .object({
    id: slugSchema.describe('Stable id; rubric criteria and exemplar sections name it.'),
    title: z.string().min(3).describe('The part of the plan ("Budget").'),
    description: z.string().min(20).describe('What the student hands in for this part.'),
    length: z.string().min(3).optional().describe('A guide to its length ("About 400 words and a table").'),
  })
  .strict();

const levelSchema = z
  .object({
    id: slugSchema.describe('Stable level id ("excellent").'),
    label: z.string().min(3).describe('The level as the rubric heads its column ("Excellent").'),
  })
  .strict();

const criterionSchema = z
  .object({
    id: slugSchema.describe('Stable criterion id, unique within the rubric.'),
    title: z.string().min(3).describe('What is judged ("Budget").'),
    deliverable: slugSchema.describe('The deliverable this criterion judges (a `deliverables[].id`).'),
    objectives: z
      .array(slugSchema)
      .min(1)
      .describe('Course objective ids (lesson `objectives[].id`) that this criterion gives evidence of.'),
    levels: z
      .array(
        z
          .object({
            points: z.number().int().min(0).describe('Points for work at this level.'),
            text: z.string().min(10).describe('What work at this level looks like.'),
          })
          .strict(),
      )
      .describe('One descriptor per rubric level, in the order of `rubric.levels`, points falling.'),
  })
  .strict();

export const capstoneSchema = z
  .object({
    title: z.string().min(3).describe('The assignment title.'),
    summary: z.string().min(20).describe('One or two sentences for instructors: what students do.'),
    hours: z.number().int().positive().describe('Estimated hours of student work.'),
    brief: z
      .object({
        client: z.string().min(3).describe('The (fictional) client the plan is for.'),
        paragraphs: z.array(z.string().min(20)).min(1).describe('The situation, as the client would brief it.'),
        task: z.string().min(20).describe('What the student is asked to do.'),
        facts: z
          .array(z.object({ group: z.string().min(3), items: z.array(factSchema).min(1) }).strict())
          .min(1)
          .describe('Every figure the plan needs, in groups (shown as tables).'),
      })
      .strict(),
    deliverables: z.array(deliverableSchema).min(1),
    rubric: z.object({ levels: z.array(levelSchema).min(2), criteria: z.array(criterionSchema).min(1) }).strict(),
    exemplar: z
      .object({
        note: z.string().min(20).describe('What the exemplar is and how abridged it is.'),
        sections: z
          .array(z.object({ deliverable: slugSchema, paragraphs: z.array(z.string().min(20)).min(1) }).strict())
          .min(1),
      })
      .strict(),
  })
  .strict();

export type Capstone = z.infer<typeof capstoneSchema>;
