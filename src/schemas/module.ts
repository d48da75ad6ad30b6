import { z } from 'astro/zod';
import { slugSchema } from './ids';

export const moduleSchema = z
  .object({
    title: z.string().min(3).describe('Module title as shown in the course map.'),
    order: z.number().int().positive().describe('Position of the module in the course (1 = first). Must be unique.'),
    summary: z.string().min(20).describe('One or two sentences: what the module teaches and why it matters.'),
    objectives: z
      .array(z.string().min(10))
      .min(1)
      .describe(
        'Learning objectives, each starting with a verb the learner can be checked on ("Explain...", "Choose...").',
      ),
    minutes: z.number().int().positive().describe('Estimated study time in minutes, lessons and quizzes included.'),
    lessons: z
      .array(slugSchema)
      .min(1)
      .describe('Lesson ids in reading order; each must be a file in content/lessons/<this module>/.'),
    quiz: slugSchema.optional().describe('Id of the module quiz in content/quizzes/.'),
    discussion: z
      .array(z.string().min(10))
      .default([])
      .describe('Discussion prompts for instructors to use in class (2-3 recommended).'),
    activity: z.string().min(10).optional().describe('One in-class activity an instructor can run with this module.'),
  })
  .strict();

export type CourseModule = z.infer<typeof moduleSchema>;
