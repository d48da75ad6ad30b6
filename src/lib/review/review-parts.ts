// The progress review loads only what the learner needs: the page carries a small index (lesson ids,
// which module holds each quiz, one URL per module's compact quizzes) and fetches a module's quizzes
// only once a quiz of that module has been attempted. Nothing saved, nothing fetched.
import type { Progress } from '../progress/progress-schema';
import { isReviewQuizList, type ReviewQuiz } from './review-quizzes';

export interface ReviewIndex {
  /** Every lesson id, for "N of M lessons marked done". */
  lessonIds: string[];
  /** Quiz id → the module whose review part holds it. */
  quizModule: Record<string, string>;
  /** Module id → the URL of its review part, in course order. */
  partUrl: Record<string, string>;
}

/** One module's compact quizzes (src/pages/progress/review/[module].json.ts). */
export interface ReviewPart {
  quizzes: ReviewQuiz[];
}

export function isReviewPart(value: unknown): value is ReviewPart {
  return typeof value === 'object' && value !== null && isReviewQuizList((value as ReviewPart).quizzes);
}

/** The modules whose parts the review needs for this progress, in course order (none when no quiz was taken). */
export function partsToLoad(index: ReviewIndex, progress: Progress): string[] {
  const needed = new Set(Object.keys(progress.quizzes).flatMap((id) => index.quizModule[id] ?? []));
  return Object.keys(index.partUrl).filter((moduleId) => needed.has(moduleId));
}

/** The quizzes of the loaded parts, in course order; undefined until every needed part is there. */
export function quizzesFromParts(
  index: ReviewIndex,
  progress: Progress,
  loaded: Readonly<Record<string, ReviewPart>>,
): ReviewQuiz[] | undefined {
  const needed = partsToLoad(index, progress);
  if (needed.some((moduleId) => !loaded[moduleId])) return undefined;
  return needed.flatMap((moduleId) => loaded[moduleId]!.quizzes);
}
