// The one store for everything a learner's browser remembers. Every read is validated; a value
// that is corrupt or not ours is moved aside under a backup key (never deleted) and reported; when
// storage is missing, blocked or full the store keeps working in memory and says so.
import { emptyProgress, migrateProgress, type ExerciseRecord, type Progress, type QuizAttempt } from './progress-schema';

export const PROGRESS_KEY = 'one-voice:progress';
export const CORRUPT_KEY_PREFIX = `${PROGRESS_KEY}:corrupt:`;

export type ProgressNotice =
  | { kind: 'recovered-corrupt'; backupKey: string }
  | { kind: 'storage-unavailable' }
  | { kind: 'storage-full' };

export interface ProgressStore {
  get(): Progress;
  setLessonDone(lessonId: string, done: boolean): void;
  recordQuizAttempt(quizId: string, attempt: QuizAttempt): void;
  recordExercise(exerciseId: string, record: ExerciseRecord): void;
  subscribe(listener: (progress: Progress) => void): () => void;
  notices(): ProgressNotice[];
}

export interface ProgressStoreOptions {
  storage: Storage | undefined;
  now?: () => Date;
  /** Where `storage` events from other tabs arrive (window in the browser). */
  eventTarget?: EventTarget;
}

/** Storage can be missing, or throw on any access (Safari private mode, blocked cookies). */
function usable(storage: Storage | undefined): Storage | undefined {
  try {
    if (!storage) return undefined;
    storage.getItem(PROGRESS_KEY);
    return storage;
  } catch {
    return undefined;
  }
}

export function createProgressStore({ storage, now = () => new Date(), eventTarget }: ProgressStoreOptions): ProgressStore {
  const store = usable(storage);
  const notices: ProgressNotice[] = store ? [] : [{ kind: 'storage-unavailable' }];
  const listeners = new Set<(p: Progress) => void>();
  let memory: Progress = emptyProgress();

  const addNotice = (notice: ProgressNotice) => {
    if (!notices.some((n) => JSON.stringify(n) === JSON.stringify(notice))) notices.push(notice);
  };

  /** Reads and validates the saved value; anything unreadable is moved aside, once. */
  function load(): Progress {
    if (!store) return memory;
    let raw: string | null;
    try {
      raw = store.getItem(PROGRESS_KEY);
    } catch {
      addNotice({ kind: 'storage-unavailable' });
      return memory;
    }
    if (raw === null) return memory;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const progress = migrateProgress(parsed);
    if (progress) {
      memory = progress;
      return progress;
    }
    const backupKey = CORRUPT_KEY_PREFIX + now().toISOString();
    try {
      store.setItem(backupKey, raw);
      store.removeItem(PROGRESS_KEY);
      addNotice({ kind: 'recovered-corrupt', backupKey });
    } catch {
      // Cannot move it aside (storage full): leave the original untouched and work in memory.
      addNotice({ kind: 'storage-full' });
    }
    return memory;
  }

  function save(next: Progress) {
    memory = next;
    if (store) {
      try {
        store.setItem(PROGRESS_KEY, JSON.stringify(next));
      } catch {
        addNotice({ kind: 'storage-full' });
      }
    }
    for (const listener of listeners) listener(next);
  }

  const update = (change: (p: Progress) => Progress) => save(change(load()));

  eventTarget?.addEventListener('storage', (event) => {
    const key = (event as StorageEvent).key;
    if (key === PROGRESS_KEY || key === null) {
      const fresh = load();
      for (const listener of listeners) listener(fresh);
    }
  });

  load();

  return {
    get: load,
    setLessonDone(lessonId, done) {
      update((p) => {
        const lessonsDone = { ...p.lessonsDone };
        if (done) lessonsDone[lessonId] = now().toISOString();
        else delete lessonsDone[lessonId];
        return { ...p, lessonsDone };
      });
    },
    recordQuizAttempt(quizId, attempt) {
      update((p) => {
        const previous = p.quizzes[quizId];
        const better = !previous || attempt.score / (attempt.max || 1) >= previous.best.score / (previous.best.max || 1);
        const best = better ? { score: attempt.score, max: attempt.max, at: attempt.at } : previous.best;
        return { ...p, quizzes: { ...p.quizzes, [quizId]: { attempts: (previous?.attempts ?? 0) + 1, best, last: attempt } } };
      });
    },
    recordExercise(exerciseId, record) {
      update((p) => ({ ...p, exercises: { ...p.exercises, [exerciseId]: record } }));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notices: () => [...notices],
  };
}
