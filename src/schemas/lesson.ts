import { z } from 'astro/zod';
import { slugSchema } from './ids';

export const lessonSchema = z
  .object({
    title: z.string().min(3).describe('Lesson title.'),
    description: z
      .string()
      .min(20)
      .max(200)
      .describe('One-sentence summary used in lists, search results and meta tags.'),
    objectives: z
      .array(
        z
          .object({
            id: slugSchema.describe(
              'Stable objective id, unique course-wide: quiz items name it in `objective` to say what they measure.',
            ),
            text: z.string().min(10).describe('What the learner can do after the lesson.'),
          })
          .strict(),
      )
      .min(1)
      .describe('What the learner can do after the lesson, each with an id that quiz items refer to.'),
    keyTerms: z
      .array(slugSchema)
      .default([])
      .describe('Glossary ids (files in content/glossary/) this lesson teaches or uses.'),
    quiz: slugSchema.optional().describe('Id of the lesson quiz in content/quizzes/.'),
    exercises: z
      .array(slugSchema)
      .default([])
      .describe('Ids of exercises (content/exercises/) that practise this lesson.'),
    sources: z
      .array(z.string().min(3))
      .default([])
      .describe('Works the lesson draws on (author, title, year), shown as "Sources" at the end.'),
  })
  .strict();

export type LessonData = z.infer<typeof lessonSchema>;
