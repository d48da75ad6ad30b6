// Consistency hints for a plan: places where one step contradicts another. Hints advise; they never
// block the learner from writing the plan their own way.
import { COMMUNICATION_GOALS } from '../../../schemas/vocabulary/communication-goals';
import type { Plan } from './plan';

export interface PlanHint {
  /** The step the hint concerns, so the view can place or link it. */
  step: 'objectives' | 'mix' | 'measurement' | 'budget';
  text: string;
}

/** A typed budget as a number ("12,500", "€ 3000", "4 000" are read; anything else is undefined). */
export function readAmount(text: string): number | undefined {
  const digits = text.replace(/[\s,€$£]/g, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return undefined;
  return Number(digits);
}

export function planHints(plan: Plan): PlanHint[] {
  const hints: PlanHint[] = [];
  for (const m of plan.measures) {
    if (m.goal !== '' && !plan.goals.includes(m.goal))
      hints.push({
        step: 'measurement',
        text: `"${m.metric.trim() || 'A metric'}" measures ${COMMUNICATION_GOALS[m.goal].label.toLowerCase()}, which is not one of the goals chosen in step 2.`,
      });
  }
  for (const goal of plan.goals) {
    if (!plan.measures.some((m) => m.goal === goal && m.metric.trim()))
      hints.push({
        step: 'measurement',
        text: `The goal "${COMMUNICATION_GOALS[goal].label}" has no metric yet, so you could not tell whether it was met.`,
      });
  }
  if (plan.goals.length > 2)
    hints.push({
      step: 'objectives',
      text: 'More than two goals: one campaign rarely serves them all; make clear which one is primary.',
    });
  const named = plan.channels.filter((c) => c.name.trim());
  for (const c of named) {
    const amount = readAmount(c.budget);
    if (!c.budget.trim() || amount === 0)
      hints.push({ step: 'mix', text: `The channel "${c.name.trim()}" has no budget in the communications mix.` });
    else if (amount === undefined)
      hints.push({ step: 'mix', text: `The budget for "${c.name.trim()}" is not a number.` });
  }
  const total = readAmount(plan.totalBudget);
  const allocated = named.reduce((sum, c) => sum + (readAmount(c.budget) ?? 0), 0);
  if (total !== undefined && allocated > total)
    hints.push({
      step: 'budget',
      text: `The channels are given ${allocated} in total, more than the budget of ${total}.`,
    });
  return hints;
}
