// The shape of saved progress and the rules a stored value must pass to be used: the one source of
// validation for the store (progress-store.ts) and the page-load reader (progress-reader.ts). Kept
// apart from the migrations and salvage (progress-schema.ts) so that pages which only read progress
// load the rules and not the repairs. Hand-written rather than zod: every kilobyte ships to the browser.

export const PROGRESS_VERSION = 2;

export interface QuizAttempt {
  /** ISO date-time of the attempt. */
  at: string;
  score: number;
  max: number;
  /** Question id -> chosen option ids ('true' / 'false' for true-false questions). */
  answers: Record<string, string[]>;
  /** Question id -> how sure the learner said they were, for the answers where they said it. */
  confidence?: Record<string, Confidence>;
  /** Ids of questions answered right only after a retry or after the answers were shown. */
  assisted?: string[];
}

export type Confidence = 'sure' | 'guessing';

export interface QuizRecord {
  attempts: number;
  best: { score: number; max: number; at: string };
  last: QuizAttempt;
}

export interface ExerciseRecord {
  at: string;
  score: number;
  max: number;
  /** Exercise-specific state, validated by the exercise's own rules when read back. */
  state: unknown;
}

/**
 * One spaced-review card in compact form (about 80 characters of JSON): the FSRS memory state that
 * src/lib/review/spaced-review.ts turns into a ts-fsrs Card and back. Times are epoch seconds.
 */
export interface ReviewCard {
  /** Due (epoch seconds). */
  d: number;
  /** Stability (days), difficulty (1..10). */
  s: number;
  f: number;
  /** Reviews and lapses (an Again after the card was known). */
  r: number;
  l: number;
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  t: 0 | 1 | 2 | 3;
  /** Last review (epoch seconds); absent on a card never reviewed. */
  v?: number;
}

/**
 * A quiz attempt recorded but not yet turned into card reviews. The store has no quiz data and does
 * not carry the scheduler (ts-fsrs, about 6.6 KB gzip, would land on every page), so it queues the
 * attempt; /review/ and /progress/ grade it with the quiz rules and schedule it, in date order.
 */
export interface WaitingAttempt {
  quiz: string;
  at: string;
  answers: Record<string, string[]>;
  confidence?: Record<string, Confidence>;
  assisted?: string[];
}

export interface ReviewState {
  /** Card id (`<quizId>/<questionId>`, `term:<glossary id>`) -> card. */
  cards: Record<string, ReviewCard>;
  /** Oldest first. */
  waiting: WaitingAttempt[];
  /** Cards dropped to stay under REVIEW_CARD_LIMIT, and attempts over REVIEW_WAITING_LIMIT left unscheduled: told on /review/. */
  dropped?: number;
  skipped?: number;
  /**
   * Cards the learner starred (src/lib/review/review-stars.ts) -> when (epoch seconds). A starred card
   * stays due until it is rated on /review/ after the star. Absent until the first star.
   */
  starred?: Record<string, number>;
}

/** At most this many cards (about 100 characters each with its id: 150 KB at most). */
export const REVIEW_CARD_LIMIT = 1500;
/** At most this many attempts wait to be scheduled; older ones past it are left out (counted in `skipped`). */
export const REVIEW_WAITING_LIMIT = 60;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessonsDone: Record<string, string>;
  quizzes: Record<string, QuizRecord>;
  exercises: Record<string, ExerciseRecord>;
  review: ReviewState;
}

export const emptyReview = (): ReviewState => ({ cards: {}, waiting: [] });

export const emptyProgress = (): Progress => ({
  version: PROGRESS_VERSION,
  lessonsDone: {},
  quizzes: {},
  exercises: {},
  review: emptyReview(),
});

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
export const isRecordOf = <T>(v: unknown, item: (x: unknown) => x is T): v is Record<string, T> =>
  isObject(v) && Object.values(v).every(item);

const isScore = (v: unknown): v is { score: number; max: number; at: string } =>
  isObject(v) && isCount(v.score) && isCount(v.max) && v.score <= v.max && isString(v.at);

const isConfidence = (v: unknown): v is Confidence => v === 'sure' || v === 'guessing';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

const isAttempt = (v: unknown): v is QuizAttempt =>
  isScore(v) &&
  isRecordOf((v as Json).answers, isStringList) &&
  ((v as Json).confidence === undefined || isRecordOf((v as Json).confidence, isConfidence)) &&
  ((v as Json).assisted === undefined || isStringList((v as Json).assisted));

export const isWaiting = (v: unknown): v is WaitingAttempt =>
  isObject(v) &&
  isString(v.quiz) &&
  isString(v.at) &&
  isRecordOf(v.answers, isStringList) &&
  (v.confidence === undefined || isRecordOf(v.confidence, isConfidence)) &&
  (v.assisted === undefined || isStringList(v.assisted));

const isState = (v: unknown): v is ReviewCard['t'] => v === 0 || v === 1 || v === 2 || v === 3;
export const isReviewCard = (v: unknown): v is ReviewCard =>
  isObject(v) &&
  isCount(v.d) &&
  isCount(v.s) &&
  isCount(v.f) &&
  isCount(v.r) &&
  isCount(v.l) &&
  isState(v.t) &&
  (v.v === undefined || isCount(v.v));

const isReviewState = (v: unknown): v is ReviewState =>
  isObject(v) &&
  isRecordOf(v.cards, isReviewCard) &&
  Array.isArray(v.waiting) &&
  v.waiting.every(isWaiting) &&
  (v.dropped === undefined || isCount(v.dropped)) &&
  (v.skipped === undefined || isCount(v.skipped)) &&
  (v.starred === undefined || isRecordOf(v.starred, isCount));

export const isQuizRecord = (v: unknown): v is QuizRecord =>
  isObject(v) && isCount(v.attempts) && isScore(v.best) && isAttempt(v.last);

// `state` may be absent: JSON drops undefined, and an exercise may have nothing to restore.
export const isExerciseRecord = (v: unknown): v is ExerciseRecord => isScore(v);

/** True when `value` is a complete, current-version progress record. */
export function isProgress(value: unknown): value is Progress {
  return (
    isObject(value) &&
    value.version === PROGRESS_VERSION &&
    isRecordOf(value.lessonsDone, isString) &&
    isRecordOf(value.quizzes, isQuizRecord) &&
    isRecordOf(value.exercises, isExerciseRecord) &&
    isReviewState(value.review)
  );
}
