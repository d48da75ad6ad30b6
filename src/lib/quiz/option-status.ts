import type { ChoiceOption } from './kinds';
import type { QuestionResult } from './grade-quiz';

export type OptionStatus = 'chosen-right' | 'chosen-wrong' | 'missed-right' | 'not-chosen';

/** What to tell the learner about one option once answers are shown. */
export function optionStatus(option: ChoiceOption, chosen: readonly string[]): OptionStatus {
  const picked = chosen.includes(option.id);
  if (option.correct) return picked ? 'chosen-right' : 'missed-right';
  return picked ? 'chosen-wrong' : 'not-chosen';
}

/** The words that say it (never colour alone). */
export const optionStatusLabel: Record<OptionStatus, string> = {
  'chosen-right': 'Your choice: correct.',
  'chosen-wrong': 'Your choice: not correct.',
  'missed-right': 'Correct answer (not chosen).',
  'not-chosen': 'Not the answer.',
};

/** One line per checked question: right, partly right (with its credit), wrong or unanswered. */
export function questionVerdict(result: Pick<QuestionResult, 'answered' | 'correct' | 'score'>): string {
  if (!result.answered) return 'Not answered.';
  if (result.correct) return 'Correct.';
  return result.score > 0 ? `Partly right: ${Math.round(result.score * 100)}% credit.` : 'Not correct.';
}
