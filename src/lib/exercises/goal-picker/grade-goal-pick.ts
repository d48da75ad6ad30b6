// Grades one goal-picker answer: the goal, the metric, and whether the two belong together.
// Points per scenario (documented for authors in docs and in the exercise instructions):
//   goal: 2 for the primary goal, 1 for the scenario's defensible second goal, 0 otherwise;
//   metric: 1 when it gives evidence for the scenario's primary goal.
import type { GoalPickerMetric, GoalPickerScenario } from '../../../schemas/exercise/goal-picker';
import { COMMUNICATION_GOALS, type CommunicationGoalId } from '../../../schemas/vocabulary/communication-goals';

export interface GoalPick {
  goal: CommunicationGoalId;
  metric: string;
}

export type GoalVerdict = 'primary' | 'defensible' | 'wrong';

export interface GoalPickResult {
  goalVerdict: GoalVerdict;
  metricFitsPrimary: boolean;
  pairingConsistent: boolean;
  points: number;
  maxPoints: number;
  goalFeedback: string;
  metricFeedback: string;
  pairingFeedback: string;
}

export const GOAL_PICK_MAX_POINTS = 3;

/** Goals whose payoff builds slowly in people's minds, as opposed to goals about acting now. */
const LONG_TERM_GOALS: ReadonlySet<CommunicationGoalId> = new Set(['build-brand-equity', 'strengthen-brand-attitude']);

export function gradeGoalPick(scenario: GoalPickerScenario, metric: GoalPickerMetric, pick: GoalPick): GoalPickResult {
  const primary = COMMUNICATION_GOALS[scenario.primaryGoal];
  const goalVerdict: GoalVerdict =
    pick.goal === scenario.primaryGoal ? 'primary' : pick.goal === scenario.defensibleGoal ? 'defensible' : 'wrong';
  const metricFitsPrimary = metric.evidences === scenario.primaryGoal;
  const pairingConsistent = metric.evidences === pick.goal;

  const goalLead = {
    primary: 'Right goal.',
    defensible: `Defensible, but not the primary goal: ${primary.label} leads here.`,
    wrong: `Not the goal here: ${primary.label} leads.`,
  }[goalVerdict];
  const goalFeedback = `${goalLead} ${scenario.goalFeedback[pick.goal]}${goalVerdict === 'primary' ? '' : ` ${scenario.whyPrimary}`}`;

  const metricFeedback = metricFitsPrimary
    ? `Right metric: ${metric.label} gives evidence for the goal "${primary.label}". ${metric.explanation}`
    : `${metric.label} gives evidence for the goal "${COMMUNICATION_GOALS[metric.evidences].label}", ` +
      `but the primary goal here is "${primary.label}". ${metric.explanation}`;

  const points = { primary: 2, defensible: 1, wrong: 0 }[goalVerdict] + (metricFitsPrimary ? 1 : 0);
  return {
    goalVerdict,
    metricFitsPrimary,
    pairingConsistent,
    points,
    maxPoints: GOAL_PICK_MAX_POINTS,
    goalFeedback,
    metricFeedback,
    pairingFeedback: explainPairing(pick.goal, metric),
  };
}

/** Whether the chosen metric could ever show that the chosen goal was met, and why not when it could not. */
export function explainPairing(goalId: CommunicationGoalId, metric: GoalPickerMetric): string {
  const goal = COMMUNICATION_GOALS[goalId];
  const measured = COMMUNICATION_GOALS[metric.evidences];
  if (metric.evidences === goalId)
    return `Consistent pair: ${metric.label} shows ${goal.evidence}, which is what the goal "${goal.label}" aims for.`;
  const aimsLong = LONG_TERM_GOALS.has(goalId);
  const measuresLong = LONG_TERM_GOALS.has(metric.evidences);
  const why =
    aimsLong && !measuresLong
      ? 'Image and attitude build up over months and pay off across many later purchases; a conversion or sales count only sees who acts this week, so it would call a good campaign a failure, or reward one that bought sales with discounts and wore the brand down.'
      : !aimsLong && measuresLong
        ? 'A goal about acting now is met only when people act; a rise in how well people know or like the brand can happen while nobody buys, so this number could report success for a campaign that failed.'
        : `Both sit on the same side of the purchase path, but ${metric.label} measures ${measured.effect}, not ${goal.effect}, so it answers a different question.`;
  return `Mismatch: your goal "${goal.label}" is about ${goal.effect}, but ${metric.label} shows ${measured.evidence}. ${why}`;
}
