// Grading an exam with the quiz's own rules, what is saved of it, and how its results are ordered.
import type { Question } from '../../schemas/quiz';
import type { Confidence, QuizAttempt } from '../progress/progress-schema';
import { gradeQuiz, type Answers, type QuizResult } from '../quiz/grade-quiz';
import { examUnits, type ExamPool, type ExamQuestion } from './exam-draw';

/** The drawn questions as one quiz whose question ids are the answer keys. */
export function examAsQuiz(drawn: readonly ExamQuestion[], passPercent: number) {
  return {
    passPercent,
    questions: drawn.map((item): Question => ({ ...item.question, id: item.key })),
  };
}

export const gradeExam = (drawn: readonly ExamQuestion[], passPercent: number, answers: Answers): QuizResult =>
  gradeQuiz(examAsQuiz(drawn, passPercent), answers);

/** The keys of questions with no gradable answer, in exam order: what the warning before hand-in lists. */
export const unansweredKeys = (result: QuizResult): string[] =>
  result.questions.filter((q) => !q.answered).map((q) => q.questionId);

/**
 * The attempt to save: every drawn question's key in exam order (an empty list when unanswered, so the
 * attempt says which questions it held and can be shown again), and the confidence given for them.
 */
export function examAttempt(
  drawn: readonly ExamQuestion[],
  answers: Answers,
  confidence: Readonly<Record<string, Confidence>>,
  result: QuizResult,
  at: string,
): QuizAttempt {
  const said = drawn.filter((item) => confidence[item.key]).map((item) => [item.key, confidence[item.key]!]);
  return {
    at,
    score: result.score,
    max: result.max,
    answers: Object.fromEntries(drawn.map((item) => [item.key, answers[item.key] ?? []])),
    ...(said.length > 0 ? { confidence: Object.fromEntries(said) } : {}),
  };
}

/** The questions of a saved attempt, in its order, found in the pools (keys no longer in the bank are dropped). */
export function questionsOfAttempt(pools: readonly ExamPool[], attempt: Pick<QuizAttempt, 'answers'>): ExamQuestion[] {
  const byKey = new Map(
    pools.flatMap((pool) => examUnits(pool.quizzes).flatMap((unit) => unit.questions)).map((q) => [q.key, q]),
  );
  return Object.keys(attempt.answers).flatMap((key) => byKey.get(key) ?? []);
}

/** Results order: answers the learner was sure of but got wrong first (the ones to look at), then the rest. */
export function resultOrder(result: QuizResult, confidence: Readonly<Record<string, Confidence>>): string[] {
  const sureButWrong = (q: QuizResult['questions'][number]) =>
    q.answered && !q.correct && confidence[q.questionId] === 'sure';
  return [
    ...result.questions.filter(sureButWrong).map((q) => q.questionId),
    ...result.questions.filter((q) => !sureButWrong(q)).map((q) => q.questionId),
  ];
}
