// Which goals the learner mixes up: for every answered scenario whose primary goal was missed,
// count the pair (goal the scenario needed -> goal the learner chose). The summary shows the
// largest confusions first so the learner knows which distinction to revisit.
import type { GoalPickerScenario } from '../../../schemas/exercise/goal-picker';
import { COMMUNICATION_GOALS, type CommunicationGoalId } from '../../../schemas/vocabulary/communication-goals';
import type { GoalPick } from './grade-goal-pick';

export interface GoalConfusion {
  expected: CommunicationGoalId;
  chosen: CommunicationGoalId;
  count: number;
  /** How many of these picks were the scenario's defensible second goal (a milder confusion). */
  defensibleCount: number;
  scenarioIds: string[];
}

export function tallyGoalConfusions(
  scenarios: readonly GoalPickerScenario[],
  answers: Readonly<Record<string, GoalPick>>,
): GoalConfusion[] {
  const byPair = new Map<string, GoalConfusion>();
  for (const scenario of scenarios) {
    const pick = answers[scenario.id];
    if (!pick || pick.goal === scenario.primaryGoal) continue;
    const key = `${scenario.primaryGoal}>${pick.goal}`;
    const entry = byPair.get(key) ?? {
      expected: scenario.primaryGoal,
      chosen: pick.goal,
      count: 0,
      defensibleCount: 0,
      scenarioIds: [],
    };
    entry.count += 1;
    if (pick.goal === scenario.defensibleGoal) entry.defensibleCount += 1;
    entry.scenarioIds.push(scenario.id);
    byPair.set(key, entry);
  }
  // Stable order: most frequent first, then by first appearance in the exercise.
  return [...byPair.values()].sort((a, b) => b.count - a.count);
}

/** One summary line for a confusion, e.g. "Create product demand taken for build brand equity: 2 times". */
export function describeGoalConfusion(confusion: GoalConfusion): string {
  const times = confusion.count === 1 ? 'once' : `${confusion.count} times`;
  const mild =
    confusion.defensibleCount === 0
      ? ''
      : confusion.defensibleCount === confusion.count
        ? ' (each time a defensible second choice)'
        : ` (${confusion.defensibleCount} of them a defensible second choice)`;
  return `You chose ${COMMUNICATION_GOALS[confusion.chosen].label.toLowerCase()} where ${COMMUNICATION_GOALS[confusion.expected].label.toLowerCase()} was needed: ${times}${mild}.`;
}
