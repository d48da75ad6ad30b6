// What an attempt says beyond its answers: how sure the learner said they were, and which questions
// were answered right only after their right answer had been shown on the page (by a check that
// marked them wrong, before "Retry the ones I missed" or "Start again", or by "Show all answers").
import type { Confidence, QuizAttempt } from '../progress/progress-schema';
import type { QuizResult } from './grade-quiz';

/** The questions whose right answer a check showed: answered but not fully right. */
export const answersShownByCheck = (result: QuizResult): string[] =>
  result.questions.filter((q) => q.answered && !q.correct).map((q) => q.questionId);

/** The confidence and assisted ids to save with an attempt (fields left out when empty). */
export function attemptExtras(
  result: QuizResult,
  confidence: Readonly<Record<string, Confidence>>,
  shown: readonly string[],
): Pick<QuizAttempt, 'confidence' | 'assisted'> {
  const said = result.questions.filter((q) => q.answered && confidence[q.questionId]);
  const assisted = result.questions.filter((q) => q.correct && shown.includes(q.questionId)).map((q) => q.questionId);
  return {
    ...(said.length > 0
      ? { confidence: Object.fromEntries(said.map((q) => [q.questionId, confidence[q.questionId]!])) }
      : {}),
    ...(assisted.length > 0 ? { assisted } : {}),
  };
}
