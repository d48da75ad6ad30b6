// Fields every exercise has, whatever its kind. `order` and `minutes` drive the practice index.
import { z } from 'astro/zod';

export const exerciseBase = {
  title: z.string().min(3).describe('Exercise title, shown as the page heading and in the practice index.'),
  summary: z.string().min(10).describe('One or two sentences for the practice index: what the learner decides.'),
  instructions: z.string().min(10).describe('How to play, shown above the exercise (plain text).'),
  order: z
    .number()
    .int()
    .positive()
    .describe('Position in the practice index (1 first); no two exercises may share one. Follow the course order.'),
  minutes: z
    .number()
    .int()
    .positive()
    .max(120)
    .describe('Estimated minutes for a first play-through, shown in the practice index.'),
};
