// The plan builder (content/exercises/plan-builder.yaml): a worksheet through the eight planning steps.
import { z } from 'astro/zod';
import { PLAN_STEP_IDS } from '../vocabulary/plan-steps';
import { exerciseBase } from './base';

const planStepSchema = z
  .object({
    id: z.enum(PLAN_STEP_IDS).describe('Which of the eight planning steps this is.'),
    title: z.string().min(3).describe('Step title, shown as the heading of its part of the worksheet.'),
    guidance: z.string().min(20).describe('What to decide in this step and what to watch for.'),
    example: z.string().min(20).describe('A worked example for one brand, carried through all eight steps.'),
  })
  .strict();

export const planBuilderExerciseSchema = z
  .object({
    kind: z.literal('plan-builder').describe('A worksheet that walks through the eight planning steps for a brand.'),
    ...exerciseBase,
    steps: z.array(planStepSchema).length(PLAN_STEP_IDS.length).describe('The eight steps, in planning order.'),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    exercise.steps.forEach((step, i) => {
      if (step.id !== PLAN_STEP_IDS[i])
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'id'],
          message: `step ${i + 1} must be '${PLAN_STEP_IDS[i]}', not '${step.id}'`,
        });
    });
  });

export type PlanBuilderExercise = z.infer<typeof planBuilderExerciseSchema>;
