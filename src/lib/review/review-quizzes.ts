// "Review what I got wrong": the questions a learner missed in their latest attempt at each quiz,
// with the right answer and the explanation. The page fetches a compact copy of the quizzes taken (no
// per-option feedback; src/lib/review/review-parts.ts) and grades the saved answers with the same rules as
// the quiz itself.
import type { Question, QuestionKind, Quiz } from '../../schemas/quiz';
import type { Progress } from '../progress/progress-schema';
import { isQuestionKind, kindRules, pickedOptions, questionOptions } from '../quiz/kinds';
import { gradeGradable } from '../quiz/grade-quiz';

export interface ReviewQuestion {
  id: string;
  /** The question's own kind: the review grades its options with that kind's rules (src/lib/quiz/kinds). */
  kind: QuestionKind;
  stem: string;
  explanation: string;
  /** Numeric kinds add the figure and tolerance an option stands for. */
  options: { id: string; text: string; correct: boolean; value?: number; tolerance?: number }[];
}

export interface ReviewQuiz {
  id: string;
  title: string;
  /** Where the quiz lives (a lesson or module page), already joined to the site's base. */
  href: string;
  /** Lesson or module title, to say where to go back to. */
  context: string;
  passPercent: number;
  questions: ReviewQuestion[];
}

/** A fetched list is used only if it has the shape the page needs (it could be a stale or foreign file). */
export function isReviewQuizList(value: unknown): value is ReviewQuiz[] {
  return (
    Array.isArray(value) &&
    value.every(
      (q: ReviewQuiz) =>
        typeof q?.id === 'string' &&
        typeof q.title === 'string' &&
        Array.isArray(q.questions) &&
        q.questions.every(
          (question) =>
            typeof question?.id === 'string' && isQuestionKind(question.kind) && Array.isArray(question.options),
        ),
    )
  );
}

export interface MissedQuestion {
  quizId: string;
  questionId: string;
  stem: string;
  /** Texts of the options the learner chose (empty when unanswered). */
  chosen: string[];
  /** Texts of the correct options. */
  correct: string[];
  explanation: string;
  score: number;
}

export interface QuizReview {
  quiz: ReviewQuiz;
  attempts: number;
  best: { score: number; max: number; at: string };
  last: { score: number; max: number; at: string };
  missed: MissedQuestion[];
}

/** The compact form of a quiz that the review page ships (server side). */
export function toReviewQuiz(id: string, quiz: Quiz, where: { href: string; context: string }): ReviewQuiz {
  return {
    id,
    title: quiz.title,
    passPercent: quiz.passPercent,
    ...where,
    questions: quiz.questions.map((question: Question) => ({
      id: question.id,
      kind: question.kind,
      stem: question.stem,
      explanation: question.explanation,
      options: questionOptions(question).map(({ id: optionId, text, correct, value, tolerance }) => ({
        id: optionId,
        text,
        correct,
        ...(value === undefined ? {} : { value, tolerance }),
      })),
    })),
  };
}

/**
 * For every quiz the learner has attempted, in course order: scores and the questions not fully right
 * in the latest attempt. Saved answers for questions that no longer exist are ignored; a question
 * added since the attempt counts as unanswered.
 */
export function reviewProgress(quizzes: readonly ReviewQuiz[], progress: Progress): QuizReview[] {
  return quizzes.flatMap((quiz) => {
    const record = progress.quizzes[quiz.id];
    if (!record) return [];
    const result = gradeGradable(quiz.questions, quiz.passPercent, record.last.answers);
    const missed = result.questions
      .filter((r) => !r.correct)
      .map((r): MissedQuestion => {
        const question = quiz.questions.find((q) => q.id === r.questionId)!;
        const chosen = record.last.answers[question.id] ?? [];
        return {
          quizId: quiz.id,
          questionId: question.id,
          stem: question.stem,
          // A typed figure is shown as typed; otherwise the options the answer picks (for matching, the pairs
          // matched rightly), with the kind's own rules.
          chosen:
            kindRules(question.kind).choose === 'number'
              ? chosen.slice(0, 1)
              : question.options
                  .filter((o) => pickedOptions(question.kind, question.options, chosen).includes(o.id))
                  .map((o) => o.text),
          correct: question.options.filter((o) => o.correct).map((o) => o.text),
          explanation: question.explanation,
          score: r.score,
        };
      });
    return [{ quiz, attempts: record.attempts, best: record.best, last: record.last, missed }];
  });
}
