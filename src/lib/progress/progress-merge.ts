// Merging a restored record (a file, a move link) into the one the browser holds. Kept apart from
// progress-transfer.ts so the store, which every page loads, does not bring the compressor with it.
import {
  enqueueWaiting,
  PROGRESS_VERSION,
  type Progress,
  type QuizRecord,
  type ReviewCard,
  type ReviewState,
} from './progress-schema';

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const ratio = (s: { score: number; max: number }) => s.score / (s.max || 1);

function mergeQuiz(mine: QuizRecord, theirs: QuizRecord): QuizRecord {
  const last = Date.parse(theirs.last.at) > Date.parse(mine.last.at) ? theirs.last : mine.last;
  const best = ratio(theirs.best) > ratio(mine.best) ? theirs.best : mine.best;
  // The same attempts may be in both (a file restored twice), so the larger count, not the sum.
  return { attempts: Math.max(mine.attempts, theirs.attempts, 1), best, last };
}

/** The card reviewed later wins (with no review on either side, the one with more reviews, then mine). */
const laterCard = (mine: ReviewCard, theirs: ReviewCard) =>
  (theirs.v ?? -1) > (mine.v ?? -1) || ((theirs.v ?? -1) === (mine.v ?? -1) && theirs.r > mine.r) ? theirs : mine;

/** Cards of both (the later review of each), attempts waiting in either (once each), the larger counts, stars of both. */
export function mergeReview(mine: ReviewState, theirs: ReviewState): ReviewState {
  const cards = { ...theirs.cards, ...mine.cards };
  for (const [id, card] of Object.entries(theirs.cards)) {
    const own = mine.cards[id];
    if (own) cards[id] = laterCard(own, card);
  }
  const merged = enqueueWaiting({ cards, waiting: mine.waiting }, theirs.waiting);
  const dropped = Math.max(mine.dropped ?? 0, theirs.dropped ?? 0);
  const skipped = Math.max(mine.skipped ?? 0, theirs.skipped ?? 0, merged.skipped ?? 0);
  // Stars are a union: a card starred on either side stays starred, from the later star.
  const starred = { ...theirs.starred, ...mine.starred };
  for (const [id, at] of Object.entries(theirs.starred ?? {})) starred[id] = Math.max(at, starred[id] ?? 0);
  return {
    cards,
    waiting: merged.waiting,
    ...(dropped ? { dropped } : {}),
    ...(skipped ? { skipped } : {}),
    ...(mine.starred || theirs.starred ? { starred } : {}),
  };
}

/**
 * Everything in either record: lessons done in either stay done (with the earlier date), a quiz keeps
 * the better best score and the later attempt, an exercise keeps the later saved state, a review card
 * the later review (mergeReview).
 */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const lessonsDone = { ...theirs.lessonsDone, ...mine.lessonsDone };
  for (const [id, at] of Object.entries(theirs.lessonsDone)) {
    const own = mine.lessonsDone[id];
    if (own) lessonsDone[id] = later(own, at) === own ? at : own;
  }
  const quizzes = { ...theirs.quizzes, ...mine.quizzes };
  for (const [id, record] of Object.entries(theirs.quizzes)) {
    const own = mine.quizzes[id];
    if (own) quizzes[id] = mergeQuiz(own, record);
  }
  const exercises = { ...theirs.exercises, ...mine.exercises };
  for (const [id, record] of Object.entries(theirs.exercises)) {
    const own = mine.exercises[id];
    if (own && Date.parse(record.at) > Date.parse(own.at)) exercises[id] = record;
  }
  return {
    version: PROGRESS_VERSION,
    lessonsDone,
    quizzes,
    exercises,
    review: mergeReview(mine.review, theirs.review),
  };
}
