// The progress review loads only what the learner needs: the page carries a small index (lesson ids,
// which module holds each quiz, one URL per module's compact quizzes) and fetches a module's quizzes
// only once a quiz of that module has been attempted. Nothing saved, nothing fetched.
import type { Progress, ReviewState } from '../progress/progress-schema';
import { dueCardIds, parseCardId, questionCardId } from './review-cards';
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

/** A quiz question found in the loaded parts, with where its quiz lives (for "back to the lesson"). */
export interface CardQuestion {
  question: ReviewQuiz['questions'][number];
  quiz: Pick<ReviewQuiz, 'id' | 'title' | 'href' | 'context'>;
}

/**
 * The modules whose parts spaced review needs: those of the quizzes that waiting attempts answered
 * (exam attempts name a quiz in each answer key) and of the question cards due by `until`.
 */
export function reviewPartsToLoad(
  quizModule: Readonly<Record<string, string>>,
  partUrl: Readonly<Record<string, string>>,
  review: ReviewState,
  until: Date,
): string[] {
  const quizIds = [
    ...review.waiting.flatMap((entry) =>
      Object.keys(entry.answers).map((key) => (key.includes('/') ? key.slice(0, key.indexOf('/')) : entry.quiz)),
    ),
    ...dueCardIds(review, until).flatMap((id) => {
      const ref = parseCardId(id);
      return ref?.kind === 'question' ? [ref.quizId] : [];
    }),
  ];
  const needed = new Set(quizIds.flatMap((id) => (Object.hasOwn(quizModule, id) ? [quizModule[id]!] : [])));
  return Object.keys(partUrl).filter((moduleId) => needed.has(moduleId));
}

/** Card id (`<quizId>/<questionId>`) -> question, over the loaded parts. */
export function cardQuestions(parts: readonly ReviewPart[]): Map<string, CardQuestion> {
  const found = new Map<string, CardQuestion>();
  for (const { quizzes } of parts)
    for (const { questions, id, title, href, context } of quizzes)
      for (const question of questions)
        found.set(questionCardId(id, question.id), { question, quiz: { id, title, href, context } });
  return found;
}
