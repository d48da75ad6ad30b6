// A quiz as a static JSON file (src/pages/quizzes/[id].json.ts) that the quiz island fetches when it
// wakes up, so the lesson's HTML carries the quiz once (its server-rendered markup) instead of also as
// the island's serialized props. The page names the version it was built with; a file from another
// build (a stale cache after a deploy) does not match the markup on the page and is refused.
import type { Quiz } from '../../schemas/quiz';
import { contentVersion } from '../content-version';
import { isQuestionKind } from './kinds';

export interface QuizFile {
  quizId: string;
  /** quizVersion(quiz): the page and the file must agree on it. */
  version: string;
  quiz: Quiz;
}

/** A short fingerprint of the quiz's content: any edit changes it. */
export function quizVersion(quiz: Quiz): string {
  return contentVersion(quiz);
}

export function quizFile(quizId: string, quiz: Quiz): QuizFile {
  return { quizId, version: quizVersion(quiz), quiz };
}

/**
 * The quiz of a fetched file, or undefined when it is not the one the page was built with (another
 * quiz, another version, or not a quiz at all): the page then keeps its static quiz.
 */
export function quizOfFile(value: unknown, expected: { quizId: string; version: string }): Quiz | undefined {
  const file = value as Partial<QuizFile> | null;
  if (typeof file !== 'object' || file === null) return undefined;
  if (file.quizId !== expected.quizId || file.version !== expected.version) return undefined;
  const questions = file.quiz?.questions;
  const wellFormed =
    Array.isArray(questions) &&
    questions.length > 0 &&
    questions.every((question) => typeof question?.id === 'string' && isQuestionKind(question.kind));
  return wellFormed ? file.quiz : undefined;
}
