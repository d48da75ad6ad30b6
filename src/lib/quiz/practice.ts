// Practice mode ("Check each answer as I go"): each question is checked on its own and then locks
// with its verdict and explanation; the attempt is recorded once, when the last question is checked,
// through the same store call as a whole-quiz check. Pure, so the island stays a thin view over it.
import type { QuestionResult } from './grade-quiz';

export interface PracticeState {
  /** Questions checked so far (locked, verdict shown), in the order checked. */
  checked: readonly string[];
  /** The question whose "Check this answer" was pressed with nothing chosen. */
  needsAnswer?: string | undefined;
  /** The attempt was recorded: a later check never records it twice. */
  recorded: boolean;
}

/** A fresh practice round; `kept` are questions already right and locked (after "Retry the ones I missed"). */
export const startPractice = (kept: readonly string[] = []): PracticeState => ({ checked: [...kept], recorded: false });

export const NEEDS_ANSWER = 'Choose an answer first.';

export interface PracticeStep {
  state: PracticeState;
  /** True exactly once: when this check completed the quiz, the caller records the attempt. */
  record: boolean;
}

/** Presses "Check this answer" on one question of the quiz whose question ids are `questionIds`. */
export function checkQuestion(
  state: PracticeState,
  graded: Pick<QuestionResult, 'questionId' | 'answered'>,
  questionIds: readonly string[],
): PracticeStep {
  const id = graded.questionId;
  if (state.checked.includes(id)) return { state, record: false };
  if (!graded.answered) return { state: { ...state, needsAnswer: id }, record: false };
  const checked = [...state.checked, id];
  const complete = questionIds.every((q) => checked.includes(q));
  const record = complete && !state.recorded;
  return { state: { checked, recorded: state.recorded || record }, record };
}
