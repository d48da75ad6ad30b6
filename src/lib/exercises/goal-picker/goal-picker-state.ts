// The goal picker's saved state (the `state` of its progress record) and its score. Saved data is
// untrusted: it may come from an older version of the exercise or be edited by hand, so it is
// checked here; answers that do not fit the current exercise are reported, not silently used.
import type { GoalPickerExercise } from '../../../schemas/exercise/goal-picker';
import { isCommunicationGoalId } from '../../../schemas/vocabulary/communication-goals';
import { GOAL_PICK_MAX_POINTS, gradeGoalPick, type GoalPick } from './grade-goal-pick';

export interface GoalPickerState {
  /** Checked answers by scenario id. */
  answers: Record<string, GoalPick>;
}

export interface ParsedGoalPickerState {
  state: GoalPickerState;
  /** One line per saved answer that could not be used (shown to the learner). */
  problems: string[];
}

export function parseGoalPickerState(saved: unknown, exercise: GoalPickerExercise): ParsedGoalPickerState {
  const answers: Record<string, GoalPick> = {};
  const problems: string[] = [];
  if (saved === undefined || saved === null) return { state: { answers }, problems };
  const raw = typeof saved === 'object' ? (saved as { answers?: unknown }).answers : undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { state: { answers }, problems: ['The saved answers are not in a format this exercise understands.'] };
  const scenarios = new Map(exercise.scenarios.map((s) => [s.id, s]));
  for (const [scenarioId, value] of Object.entries(raw)) {
    const scenario = scenarios.get(scenarioId);
    const goal: unknown = (value as { goal?: unknown } | null)?.goal;
    const metric: unknown = (value as { metric?: unknown } | null)?.metric;
    if (!scenario) problems.push(`A saved answer belongs to a scenario that no longer exists ('${scenarioId}').`);
    else if (!isCommunicationGoalId(goal) || typeof metric !== 'string' || !scenario.metricOptions.includes(metric))
      problems.push(`The saved answer for '${scenario.brand}' does not match the current options.`);
    else answers[scenarioId] = { goal, metric };
  }
  return { state: { answers }, problems };
}

export function scoreGoalPicker(exercise: GoalPickerExercise, state: GoalPickerState): { score: number; max: number } {
  const metrics = new Map(exercise.metrics.map((m) => [m.id, m]));
  let score = 0;
  for (const scenario of exercise.scenarios) {
    const pick = state.answers[scenario.id];
    const metric = pick && metrics.get(pick.metric);
    if (pick && metric) score += gradeGoalPick(scenario, metric, pick).points;
  }
  return { score, max: exercise.scenarios.length * GOAL_PICK_MAX_POINTS };
}

/** The first scenario without a checked answer, or -1 when every scenario is answered. */
export function firstUnanswered(exercise: GoalPickerExercise, state: GoalPickerState): number {
  return exercise.scenarios.findIndex((s) => !state.answers[s.id]);
}
