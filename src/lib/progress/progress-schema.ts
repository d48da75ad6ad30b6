// The shape of saved progress, its validator and its migrations. Hand-written rather than zod
// because this ships to the browser inside islands, where every kilobyte counts.

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

/** The queue entry for an attempt (what scheduling needs: no scores). */
export function waitingFrom(quiz: string, attempt: QuizAttempt): WaitingAttempt {
  const { at, answers, confidence, assisted } = attempt;
  return { quiz, at, answers, ...(confidence ? { confidence } : {}), ...(assisted ? { assisted } : {}) };
}

/** `waiting` with `entry` added in date order, once (same quiz and date), capped at REVIEW_WAITING_LIMIT. */
export function enqueueWaiting(review: ReviewState, entries: readonly WaitingAttempt[]): ReviewState {
  const byKey = new Map(review.waiting.map((w) => [`${w.quiz}@${w.at}`, w]));
  for (const entry of entries) byKey.set(`${entry.quiz}@${entry.at}`, entry);
  const sorted = [...byKey.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const over = Math.max(0, sorted.length - REVIEW_WAITING_LIMIT);
  if (over === 0) return { ...review, waiting: sorted };
  return { ...review, waiting: sorted.slice(over), skipped: (review.skipped ?? 0) + over };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isRecordOf = <T>(v: unknown, item: (x: unknown) => x is T): v is Record<string, T> =>
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

const isWaiting = (v: unknown): v is WaitingAttempt =>
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

const isQuizRecord = (v: unknown): v is QuizRecord =>
  isObject(v) && isCount(v.attempts) && isScore(v.best) && isAttempt(v.last);

// `state` may be absent: JSON drops undefined, and an exercise may have nothing to restore.
const isExerciseRecord = (v: unknown): v is ExerciseRecord => isScore(v);

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

/**
 * Migrations from each older version to the next. Version 0 was the prototype's shape
 * ({ done: string[] }, lesson ids without dates); kept so an old browser's progress is not lost.
 */
const migrations: Record<number, (old: Json) => Json | undefined> = {
  0: (old) =>
    Array.isArray(old.done)
      ? {
          version: 1,
          lessonsDone: Object.fromEntries(old.done.filter(isString).map((id) => [id, new Date(0).toISOString()])),
          quizzes: {},
          exercises: {},
        }
      : undefined,
  // Version 2 adds spaced review. Each quiz's last attempt waits to be scheduled at its own date, so a
  // learner's earlier answers become cards on the first visit to /review/ or /progress/.
  1: (old) => ({
    ...old,
    version: 2,
    review: {
      cards: {},
      waiting: isObject(old.quizzes)
        ? enqueueWaiting(
            emptyReview(),
            Object.entries(old.quizzes).flatMap(([quiz, record]) =>
              isQuizRecord(record) ? [waitingFrom(quiz, record.last)] : [],
            ),
          ).waiting
        : [],
    },
  }),
};

/**
 * Keeps what can be kept of a current-version record that fails validation as a whole: every valid
 * lesson, quiz and exercise record stays, each invalid one is named in `setAside`. Undefined when
 * the value is not a current-version progress record at all (then nothing in it can be trusted).
 */
export function salvageProgress(original: unknown): { progress: Progress; setAside: string[] } | undefined {
  // An older record is brought forward first, so one bad record in it does not hide the rest either.
  const value = upgrade(original);
  if (!value || value.version !== PROGRESS_VERSION) return undefined;
  const setAside: string[] = [];
  const keep = <T>(field: string, label: string, valid: (x: unknown) => x is T): Record<string, T> => {
    const section = value[field];
    if (section === undefined) return {};
    if (!isObject(section)) {
      setAside.push(`every ${label} record`);
      return {};
    }
    const kept: Record<string, T> = {};
    for (const [id, item] of Object.entries(section)) {
      if (valid(item)) kept[id] = item;
      else setAside.push(`${label} "${id}"`);
    }
    return kept;
  };
  const progress: Progress = {
    version: PROGRESS_VERSION,
    lessonsDone: keep('lessonsDone', 'lesson', isString),
    quizzes: keep('quizzes', 'quiz', isQuizRecord),
    exercises: keep('exercises', 'exercise', isExerciseRecord),
    review: salvageReview(value.review, setAside),
  };
  return { progress, setAside };
}

function salvageReview(review: unknown, setAside: string[]): ReviewState {
  if (review === undefined) return emptyReview();
  if (!isObject(review)) {
    setAside.push('every review card');
    return emptyReview();
  }
  const cards: Record<string, ReviewCard> = {};
  if (isObject(review.cards)) {
    for (const [id, card] of Object.entries(review.cards)) {
      if (isReviewCard(card)) cards[id] = card;
      else setAside.push(`review card "${id}"`);
    }
  } else if (review.cards !== undefined) setAside.push('every review card');
  const list = Array.isArray(review.waiting) ? review.waiting : [];
  const waiting = list.filter(isWaiting);
  if (waiting.length < list.length) setAside.push(`${list.length - waiting.length} attempt(s) waiting for review`);
  const counts = {
    ...(isCount(review.dropped) ? { dropped: review.dropped } : {}),
    ...(isCount(review.skipped) ? { skipped: review.skipped } : {}),
  };
  return { cards, waiting, ...counts, ...salvageStars(review.starred, setAside) };
}

/** The valid stars; a bad one is named and dropped (its card, if any, stays). */
function salvageStars(starred: unknown, setAside: string[]): Pick<ReviewState, 'starred'> {
  if (starred === undefined) return {};
  if (!isObject(starred)) {
    setAside.push('every star');
    return {};
  }
  const kept: Record<string, number> = {};
  for (const [id, at] of Object.entries(starred)) {
    if (isCount(at)) kept[id] = at;
    else setAside.push(`star "${id}"`);
  }
  return { starred: kept };
}

/** Runs the migrations from the value's version to the current one, without validating the result. */
function upgrade(value: unknown): Json | undefined {
  if (!isObject(value)) return undefined;
  let current: Json | undefined = value;
  let version = typeof value.version === 'number' ? value.version : 0;
  while (current && version < PROGRESS_VERSION) {
    const step = migrations[version];
    if (!step) return undefined;
    current = step(current);
    version++;
  }
  return current;
}

/** Brings a parsed value of any known version to the current one; undefined when it is not ours. */
export function migrateProgress(value: unknown): Progress | undefined {
  const current = upgrade(value);
  return isProgress(current) ? current : undefined;
}
