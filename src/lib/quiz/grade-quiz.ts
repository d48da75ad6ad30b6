import type { Quiz } from '../../schemas/quiz';
import { gradeQuestion, isAnswered, questionOptions } from './question-rules';

export type Answers = Record<string, string[]>;

export interface QuestionResult {
  questionId: string;
  /** In [0, 1]; partial for multiple-answer questions. */
  score: number;
  answered: boolean;
  /** Fully right (score 1). */
  correct: boolean;
  /** Chosen option ids that are right / wrong, and correct ids that were not chosen. */
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

export function gradeQuiz(quiz: Pick<Quiz, 'questions' | 'passPercent'>, answers: Answers): QuizResult {
  const questions = quiz.questions.map((question): QuestionResult => {
    const chosen = answers[question.id] ?? [];
    const options = questionOptions(question);
    const score = gradeQuestion(question, chosen);
    return {
      questionId: question.id,
      score,
      answered: isAnswered(question, chosen),
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
    passed: percent >= quiz.passPercent,
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
