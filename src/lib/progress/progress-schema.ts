// The shape of saved progress, its validator and its migrations. Hand-written rather than zod
// because this ships to the browser inside islands, where every kilobyte counts.

export const PROGRESS_VERSION = 1;

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

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessonsDone: Record<string, string>;
  quizzes: Record<string, QuizRecord>;
  exercises: Record<string, ExerciseRecord>;
}

export const emptyProgress = (): Progress => ({
  version: PROGRESS_VERSION,
  lessonsDone: {},
  quizzes: {},
  exercises: {},
});

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
    isRecordOf(value.exercises, isExerciseRecord)
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
};

/**
 * Keeps what can be kept of a current-version record that fails validation as a whole: every valid
 * lesson, quiz and exercise record stays, each invalid one is named in `setAside`. Undefined when
 * the value is not a current-version progress record at all (then nothing in it can be trusted).
 */
export function salvageProgress(value: unknown): { progress: Progress; setAside: string[] } | undefined {
  if (!isObject(value) || value.version !== PROGRESS_VERSION) return undefined;
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
  };
  return { progress, setAside };
}

/** Brings a parsed value of any known version to the current one; undefined when it is not ours. */
export function migrateProgress(value: unknown): Progress | undefined {
  if (!isObject(value)) return undefined;
  let current: Json | undefined = value;
  let version = typeof value.version === 'number' ? value.version : 0;
  while (current && version < PROGRESS_VERSION) {
    const step = migrations[version];
    if (!step) return undefined;
    current = step(current);
    version++;
  }
  return isProgress(current) ? current : undefined;
}
