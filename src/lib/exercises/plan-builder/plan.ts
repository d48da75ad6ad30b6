// The IMC plan a learner builds: one field group per planning step. Everything the learner types
// is plain text; views render it as text, never as HTML.
import { isCommunicationGoalId, type CommunicationGoalId } from '../../../schemas/vocabulary/communication-goals';
import { PLAN_STEP_IDS, type PlanStepId } from '../../../schemas/vocabulary/plan-steps';

export { PLAN_STEP_IDS, type PlanStepId };

export interface PlanChannel {
  name: string;
  /** Budget given to this channel in the communications mix, as typed (a number is expected). */
  budget: string;
}

export interface PlanMeasure {
  goal: CommunicationGoalId | '';
  metric: string;
}

export interface Plan {
  brand: string;
  audience: string;
  goals: CommunicationGoalId[];
  objectives: string;
  design: string;
  channels: PlanChannel[];
  totalBudget: string;
  budgetMethod: string;
  measures: PlanMeasure[];
  management: string;
}

export const emptyPlan = (): Plan => ({
  brand: '',
  audience: '',
  goals: [],
  objectives: '',
  design: '',
  channels: [{ name: '', budget: '' }],
  totalBudget: '',
  budgetMethod: '',
  measures: [{ goal: '', metric: '' }],
  management: '',
});

const filled = (s: string) => s.trim().length > 0;

/** Which steps hold something: the plan's progress, saved as the exercise score. */
export function completedSteps(plan: Plan): PlanStepId[] {
  const done: Record<PlanStepId, boolean> = {
    audience: filled(plan.audience),
    objectives: plan.goals.length > 0,
    design: filled(plan.design),
    channels: plan.channels.some((c) => filled(c.name)),
    budget: filled(plan.totalBudget),
    mix: plan.channels.some((c) => filled(c.name) && filled(c.budget)),
    measurement: plan.measures.some((m) => m.goal !== '' && filled(m.metric)),
    management: filled(plan.management),
  };
  return PLAN_STEP_IDS.filter((id) => done[id]);
}

/** Reads an untrusted value (saved state, an imported file) as a plan; undefined with a reason when it is not one. */
export function parsePlan(value: unknown): { plan: Plan; error?: undefined } | { plan?: undefined; error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'it holds no plan data' };
  const v = value as Record<string, unknown>;
  const texts = ['brand', 'audience', 'objectives', 'design', 'totalBudget', 'budgetMethod', 'management'] as const;
  for (const key of texts)
    if (typeof v[key] !== 'string') return { error: `the field "${key}" is missing or not text` };
  if (!Array.isArray(v.goals) || !v.goals.every(isCommunicationGoalId))
    return { error: 'the goals are not among the four communication goals' };
  const isChannel = (c: unknown): c is PlanChannel =>
    typeof c === 'object' &&
    c !== null &&
    typeof (c as PlanChannel).name === 'string' &&
    typeof (c as PlanChannel).budget === 'string';
  const isMeasure = (m: unknown): m is PlanMeasure =>
    typeof m === 'object' &&
    m !== null &&
    typeof (m as PlanMeasure).metric === 'string' &&
    ((m as PlanMeasure).goal === '' || isCommunicationGoalId((m as PlanMeasure).goal));
  if (!Array.isArray(v.channels) || !v.channels.every(isChannel)) return { error: 'the channel list is malformed' };
  if (!Array.isArray(v.measures) || !v.measures.every(isMeasure)) return { error: 'the measurement list is malformed' };
  const plan: Plan = {
    brand: v.brand as string,
    audience: v.audience as string,
    goals: [...new Set(v.goals as CommunicationGoalId[])],
    objectives: v.objectives as string,
    design: v.design as string,
    channels: v.channels.map((c: PlanChannel) => ({ name: c.name, budget: c.budget })),
    totalBudget: v.totalBudget as string,
    budgetMethod: v.budgetMethod as string,
    measures: v.measures.map((m: PlanMeasure) => ({ goal: m.goal, metric: m.metric })),
    management: v.management as string,
  };
  return { plan };
}
