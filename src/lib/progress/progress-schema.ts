// Saved progress over time: the migrations from older versions, the salvage of a record that fails
// validation, and the review queue's rules. The shape and the validation are progress-shape.ts
// (re-exported here, so importers of the schema keep one name for both).
import {
  emptyReview,
  isCount,
  isExerciseRecord,
  isObject,
  isProgress,
  isQuizRecord,
  isReviewCard,
  isString,
  isWaiting,
  PROGRESS_VERSION,
  REVIEW_WAITING_LIMIT,
  type Json,
  type Progress,
  type QuizAttempt,
  type ReviewCard,
  type ReviewState,
  type WaitingAttempt,
} from './progress-shape';

export * from './progress-shape';

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
