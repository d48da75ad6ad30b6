import type { QuestionKind, Quiz } from '../../schemas/quiz';
import { answeredWith, gradeChoices, pickedOptions, questionOptions, type GradedChoice } from './kinds';

export type Answers = Record<string, string[]>;

export interface QuestionResult {
  questionId: string;
  /** In [0, 1]; partial for multiple-answer questions. */
  score: number;
  answered: boolean;
  /** Fully right (score 1). */
  correct: boolean;
  /** Picked option ids that are right / wrong, and correct ids that were not picked. */
  chosenRight: string[];
  chosenWrong: string[];
  missedRight: string[];
}

export interface QuizResult {
  /** Sum of question scores, rounded to 2 decimals (partial credit makes fractions). */
  score: number;
  max: number;
  percent: number;
  passed: boolean;
  questions: QuestionResult[];
  /** Ids of questions not fully right, in quiz order: what "retry the ones I missed" resets. */
  missed: string[];
}

/** What grading needs of a question: its kind and its options with their verdicts (no texts or feedback). */
export interface GradableQuestion {
  id: string;
  kind: QuestionKind;
  options: readonly GradedChoice[];
}

export function gradeQuiz(quiz: Pick<Quiz, 'questions' | 'passPercent'>, answers: Answers): QuizResult {
  const gradable = quiz.questions.map((q) => ({ id: q.id, kind: q.kind, options: questionOptions(q) }));
  return gradeGradable(gradable, quiz.passPercent, answers);
}

/**
 * Grades questions given as kind + options, with each kind's own rules: the quiz grades its questions
 * this way, and the progress review grades its compact copy (which has no feedback) the same way.
 */
export function gradeGradable(
  gradable: readonly GradableQuestion[],
  passPercent: number,
  answers: Answers,
): QuizResult {
  const questions = gradable.map(({ id, kind, options }): QuestionResult => {
    const typed = answers[id] ?? [];
    const score = gradeChoices(kind, options, typed);
    // The options the answer picks (for a typed figure: the one it lands on), so every kind reports alike.
    const chosen = pickedOptions(kind, options, typed);
    return {
      questionId: id,
      score,
      answered: answeredWith(kind, options, typed),
      correct: score === 1,
      chosenRight: options.filter((o) => o.correct && chosen.includes(o.id)).map((o) => o.id),
      chosenWrong: options.filter((o) => !o.correct && chosen.includes(o.id)).map((o) => o.id),
      missedRight: options.filter((o) => o.correct && !chosen.includes(o.id)).map((o) => o.id),
    };
  });
  const score = Math.round(questions.reduce((sum, q) => sum + q.score, 0) * 100) / 100;
  const max = questions.length;
  const percent = max === 0 ? 0 : Math.round((score / max) * 100);
  return {
    score,
    max,
    percent,
    passed: percent >= passPercent,
    questions,
    missed: questions.filter((q) => !q.correct).map((q) => q.questionId),
  };
}

/** Keeps the answers of fully right questions and clears the rest, for "retry the ones I missed". */
export function keepCorrectAnswers(result: QuizResult, answers: Answers): Answers {
  return Object.fromEntries(
    result.questions.filter((q) => q.correct).map((q) => [q.questionId, answers[q.questionId] ?? []]),
  );
}
