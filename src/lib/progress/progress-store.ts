// The one store for everything a learner's browser remembers. Every read is validated; a value
// that is corrupt or not ours is moved aside under a backup key (never deleted) and reported; when
// storage is missing, blocked or full the store keeps working in memory and says so.
import { emptyProgress, isProgress, migrateProgress, type ExerciseRecord, type Progress, type QuizAttempt } from './progress-schema';

export const PROGRESS_KEY = 'one-voice:progress';
export const CORRUPT_KEY_PREFIX = `${PROGRESS_KEY}:corrupt:`;
/** Backup keys the learner has already been told about (a JSON array), so a notice shows until dismissed. */
export const ACKNOWLEDGED_KEY = `${PROGRESS_KEY}:acknowledged`;

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
  /** Problems to tell the learner about, including backups made on earlier pages and not yet dismissed. */
  notices(): ProgressNotice[];
  /** The learner has read the notices: stop showing them (backups stay in storage). */
  dismissNotices(): void;
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
    } catch {
      // Cannot move it aside (storage full): leave the original untouched and work in memory.
      addNotice({ kind: 'storage-full' });
    }
    return memory;
  }

  function save(next: Progress) {
    // A caller bug (a score above its maximum, NaN...) must not be written: the next read would
    // find the whole record invalid and move the learner's progress aside.
    if (!isProgress(JSON.parse(JSON.stringify(next)))) throw new TypeError('Refusing to save an invalid progress record');
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

  function backupKeys(): string[] {
    if (!store) return [];
    try {
      return Array.from({ length: store.length }, (_, i) => store.key(i) ?? '').filter((k) => k.startsWith(CORRUPT_KEY_PREFIX)).sort();
    } catch {
      return [];
    }
  }

  function readAcknowledged(): string[] {
    try {
      const parsed: unknown = JSON.parse(store?.getItem(ACKNOWLEDGED_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
    } catch {
      return [];
    }
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
    notices() {
      // Recovered values are found in storage itself, so a backup made on another page is reported here too.
      const acknowledged = readAcknowledged();
      const backups = backupKeys()
        .filter((key) => !acknowledged.includes(key))
        .map((backupKey): ProgressNotice => ({ kind: 'recovered-corrupt', backupKey }));
      return [...notices, ...backups];
    },
    dismissNotices() {
      const keys = backupKeys();
      notices.length = 0;
      try {
        store?.setItem(ACKNOWLEDGED_KEY, JSON.stringify(keys));
      } catch {
        // Storage full or blocked: the notices are cleared for this page, and may show again later.
      }
    },
  };
}
