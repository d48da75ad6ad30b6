// Practice exercises (content/exercises/<exercise-id>.yaml). One schema per kind, joined on `kind`;
// every object is strict so a misspelt field fails the build. Rules that tie items of one file
// together (a scenario naming a metric that does not exist...) are refinements here, so Astro reports
// them with the file and the item's path.
import { z } from 'astro/zod';
import { slugSchema } from './ids';
import { COMMUNICATION_GOAL_IDS } from '../lib/exercises/goal-picker/communication-goals';
import { PLAN_STEP_IDS } from '../lib/exercises/plan-builder/plan';

const exerciseBase = {
  title: z.string().min(3).describe('Exercise title, shown as the page heading and in the practice index.'),
  summary: z.string().min(10).describe('One or two sentences for the practice index: what the learner decides.'),
  instructions: z.string().min(10).describe('How to play, shown above the exercise (plain text).'),
};

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
    metricOptions: z.array(slugSchema).min(3).max(6).describe('Metric ids offered for this scenario, in display order.'),
  })
  .strict();

export const goalPickerExerciseSchema = z
  .object({
    kind: z.literal('goal-picker').describe('Pick the primary communication goal and the metric that would show success.'),
    ...exerciseBase,
    metrics: z.array(metricSchema).min(4).describe('Every metric the scenarios may offer.'),
    scenarios: z.array(scenarioSchema).min(1).describe('Scenarios in the order they are played.'),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const metricGoal = new Map(exercise.metrics.map((m) => [m.id, m.evidences]));
    const seen = { metrics: new Set<string>(), scenarios: new Set<string>() };
    exercise.metrics.forEach((m, i) => {
      if (seen.metrics.has(m.id)) ctx.addIssue({ code: 'custom', path: ['metrics', i, 'id'], message: `metric id '${m.id}' is used twice` });
      seen.metrics.add(m.id);
    });
    exercise.scenarios.forEach((s, i) => {
      const at = (...rest: (string | number)[]) => ['scenarios', i, ...rest];
      if (seen.scenarios.has(s.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `scenario id '${s.id}' is used twice` });
      seen.scenarios.add(s.id);
      if (s.defensibleGoal === s.primaryGoal)
        ctx.addIssue({ code: 'custom', path: at('defensibleGoal'), message: `scenario '${s.id}': the defensible goal must differ from the primary goal` });
      s.metricOptions.forEach((id, j) => {
        if (!metricGoal.has(id)) ctx.addIssue({ code: 'custom', path: at('metricOptions', j), message: `scenario '${s.id}': metric '${id}' is not defined under metrics` });
      });
      if (new Set(s.metricOptions).size !== s.metricOptions.length)
        ctx.addIssue({ code: 'custom', path: at('metricOptions'), message: `scenario '${s.id}': a metric is offered twice` });
      if (!s.metricOptions.some((id) => metricGoal.get(id) === s.primaryGoal))
        ctx.addIssue({ code: 'custom', path: at('metricOptions'), message: `scenario '${s.id}': no offered metric gives evidence for the primary goal '${s.primaryGoal}'` });
    });
  });

const orderingItemSchema = z
  .object({
    id: slugSchema.describe('Stable item id, unique within the file; saved orders are keyed by it.'),
    text: z.string().min(2).describe('The item as the learner reads it.'),
    why: z.string().min(20).describe('Why the item sits at this point of the sequence; shown when it is out of place.'),
  })
  .strict();

export const orderingExerciseSchema = z
  .object({
    kind: z.literal('ordering').describe('Put items in sequence; partial credit for every pair in the right relative order.'),
    ...exerciseBase,
    items: z.array(orderingItemSchema).min(3).max(12).describe('The items in the CORRECT order; the learner gets them shuffled.'),
    explanation: z.string().min(20).describe('Why the order matters, shown after checking whatever the result.'),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const seen = new Set<string>();
    exercise.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `item id '${item.id}' is used twice` });
      seen.add(item.id);
    });
  });

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
      if (categoryIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: `category id '${c.id}' is used twice` });
      categoryIds.add(c.id);
    });
    const itemIds = new Set<string>();
    exercise.items.forEach((item, i) => {
      if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `item id '${item.id}' is used twice` });
      itemIds.add(item.id);
      if (!categoryIds.has(item.category))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'category'], message: `item '${item.id}': category '${item.category}' is not defined under categories` });
    });
    exercise.categories.forEach((c, i) => {
      if (!exercise.items.some((item) => item.category === c.id))
        ctx.addIssue({ code: 'custom', path: ['categories', i], message: `category '${c.id}' has no items` });
    });
  });

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
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `step ${i + 1} must be '${PLAN_STEP_IDS[i]}', not '${step.id}'` });
    });
  });

export const exerciseSchema = z.discriminatedUnion('kind', [
  goalPickerExerciseSchema,
  orderingExerciseSchema,
  sortingExerciseSchema,
  planBuilderExerciseSchema,
]);

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseKind = Exercise['kind'];
export type GoalPickerExercise = z.infer<typeof goalPickerExerciseSchema>;
export type GoalPickerScenario = GoalPickerExercise['scenarios'][number];
export type GoalPickerMetric = GoalPickerExercise['metrics'][number];
export type OrderingExercise = z.infer<typeof orderingExerciseSchema>;
export type OrderingItem = OrderingExercise['items'][number];
export type SortingExercise = z.infer<typeof sortingExerciseSchema>;
export type SortingItem = SortingExercise['items'][number];
export type PlanBuilderExercise = z.infer<typeof planBuilderExerciseSchema>;
