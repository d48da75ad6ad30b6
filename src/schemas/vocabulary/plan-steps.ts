// The eight planning steps of the plan builder, in planning order. Shared by the exercise schema
// (each step of content/exercises/plan-builder.yaml names one) and the plan rules in src/lib; plain
// data with no zod, so both layers can import it.

export const PLAN_STEP_IDS = [
  'audience',
  'objectives',
  'design',
  'channels',
  'budget',
  'mix',
  'measurement',
  'management',
] as const;
export type PlanStepId = (typeof PLAN_STEP_IDS)[number];
