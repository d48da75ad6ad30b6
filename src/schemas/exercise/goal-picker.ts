// The goal picker (content/exercises/goal-picker.yaml): scenarios in which the learner picks the
// primary communication goal and the metric that would show success.
import { z } from 'astro/zod';
import { slugSchema } from '../ids';
import { COMMUNICATION_GOAL_IDS } from '../vocabulary/communication-goals';
import { exerciseBase } from './base';

const goalIdSchema = z.enum(COMMUNICATION_GOAL_IDS).describe('One of the four communication goals, by id.');

const metricSchema = z
  .object({
    id: slugSchema.describe('Stable metric id, unique within the file; scenarios list metrics by id.'),
    label: z.string().min(3).describe('The metric as the learner reads it.'),
    evidences: goalIdSchema.describe('The communication goal this metric gives evidence for.'),
    explanation: z.string().min(10).describe('What the metric actually measures, and so which goal it can judge.'),
  })
  .strict();

const goalFeedbackSchema = z
  .object(
    Object.fromEntries(
      COMMUNICATION_GOAL_IDS.map((id) => [id, z.string().min(10).describe(`Why '${id}' is or is not the goal here.`)]),
    ) as Record<(typeof COMMUNICATION_GOAL_IDS)[number], z.ZodString>,
  )
  .strict();

const scenarioSchema = z
  .object({
    id: slugSchema.describe('Stable scenario id, unique within the file; saved answers are keyed by it.'),
    industry: z.string().min(2).describe('The industry, for variety and for the index ("Coffee shops").'),
    brand: z.string().min(2).describe('The (fictional) brand.'),
    situation: z.string().min(20).describe("The brand's situation: what has happened, what it wants."),
    audience: z.string().min(10).describe('Who the communication is for.'),
    primaryGoal: goalIdSchema.describe('The goal that should lead in this situation.'),
    defensibleGoal: goalIdSchema
      .optional()
      .describe('A second goal a good marketer could argue for; the feedback must say why the primary still leads.'),
    whyPrimary: z.string().min(20).describe('Why the primary goal leads (and, with a defensible goal, why it wins).'),
    goalFeedback: goalFeedbackSchema.describe('Feedback for choosing each of the four goals in this scenario.'),
    metricOptions: z
      .array(slugSchema)
      .min(3)
      .max(6)
      .describe('Metric ids offered for this scenario, in display order.'),
  })
  .strict();

export const goalPickerExerciseSchema = z
  .object({
    kind: z
      .literal('goal-picker')
      .describe('Pick the primary communication goal and the metric that would show success.'),
    ...exerciseBase,
    metrics: z.array(metricSchema).min(4).describe('Every metric the scenarios may offer.'),
    scenarios: z.array(scenarioSchema).min(1).describe('Scenarios in the order they are played.'),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const metricGoal = new Map(exercise.metrics.map((m) => [m.id, m.evidences]));
    const seen = { metrics: new Set<string>(), scenarios: new Set<string>() };
    exercise.metrics.forEach((m, i) => {
      if (seen.metrics.has(m.id))
        ctx.addIssue({ code: 'custom', path: ['metrics', i, 'id'], message: `metric id '${m.id}' is used twice` });
      seen.metrics.add(m.id);
    });
    exercise.scenarios.forEach((s, i) => {
      const at = (...rest: (string | number)[]) => ['scenarios', i, ...rest];
      if (seen.scenarios.has(s.id))
        ctx.addIssue({ code: 'custom', path: at('id'), message: `scenario id '${s.id}' is used twice` });
      seen.scenarios.add(s.id);
      if (s.defensibleGoal === s.primaryGoal)
        ctx.addIssue({
          code: 'custom',
          path: at('defensibleGoal'),
          message: `scenario '${s.id}': the defensible goal must differ from the primary goal`,
        });
      s.metricOptions.forEach((id, j) => {
        if (!metricGoal.has(id))
          ctx.addIssue({
            code: 'custom',
            path: at('metricOptions', j),
            message: `scenario '${s.id}': metric '${id}' is not defined under metrics`,
          });
      });
      if (new Set(s.metricOptions).size !== s.metricOptions.length)
        ctx.addIssue({
          code: 'custom',
          path: at('metricOptions'),
          message: `scenario '${s.id}': a metric is offered twice`,
        });
      if (!s.metricOptions.some((id) => metricGoal.get(id) === s.primaryGoal))
        ctx.addIssue({
          code: 'custom',
          path: at('metricOptions'),
          message: `scenario '${s.id}': no offered metric gives evidence for the primary goal '${s.primaryGoal}'`,
        });
    });
  });

export type GoalPickerExercise = z.infer<typeof goalPickerExerciseSchema>;
export type GoalPickerScenario = GoalPickerExercise['scenarios'][number];
export type GoalPickerMetric = GoalPickerExercise['metrics'][number];
