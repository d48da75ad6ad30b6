// The one store for everything a learner's browser remembers. Nothing is silently lost:
// - every change this page makes is held until storage has it: a failed write (storage full,
//   blocked) keeps it in memory, and the next read replays it over what storage holds, so a
//   change from another tab is merged with it, not replaced by it (and the reverse);
// - every read is validated; a record that fails is set aside with a copy of the raw value under a
//   backup key, and the valid records stay in use;
// - an unreadable value that cannot be copied aside (storage full) is never overwritten: writes
//   stop until it can be, and the page can offer it as a download;
// - every write returns its real outcome (src/lib/progress/save-outcome.ts) for the island to show.
import {
  emptyProgress,
  isProgress,
  migrateProgress,
  salvageProgress,
  type ExerciseRecord,
  type Progress,
  enqueueWaiting,
  waitingFrom,
  type QuizAttempt,
  type ReviewState,
} from './progress-schema';
import { mergeProgress, mergeReview } from './progress-merge';
import { SAVED, type PageOnlyReason, type SaveOutcome } from './save-outcome';
import {
  ASIDE_KEY_PREFIX,
  ACKNOWLEDGED_KEY,
  CORRUPT_KEY_PREFIX,
  PROGRESS_KEY,
  backupKeys as storedBackupKeys,
  unacknowledgedBackups,
  usableStorage,
} from './progress-keys';

export { ACKNOWLEDGED_KEY, ASIDE_KEY_PREFIX, CORRUPT_KEY_PREFIX, PROGRESS_KEY } from './progress-keys';

/**
 * The largest record (an exercise record, a quiz attempt) accepted, in characters of JSON. A browser keeps about five million
 * characters per site; one record above this would soon fill it and stop every other save.
 */
export const RECORD_CHAR_LIMIT = 200_000;

export type ProgressNotice =
  /** Saved data that could not be read was copied aside; `setAside` names the records when only some were. */
  | { kind: 'recovered-corrupt'; backupKey: string; setAside?: string[] | undefined }
  /** Unreadable data could not be copied aside (storage full): it is protected and writes wait. */
  | { kind: 'unreadable-protected'; setAside?: string[] | undefined }
  /** A copy kept aside by an island (another tab's version of a record, a value it could not read). */
  | { kind: 'kept-aside'; backupKey: string; label: string }
  | { kind: 'storage-unavailable' }
  | { kind: 'storage-full' };

/** Whether a change came from this page or arrived from another tab through the `storage` event. */
export type ProgressSource = 'this-page' | 'other-tab';

export interface ProgressStore {
  /** What storage holds, with this page's not yet saved changes on top. */
  get(): Progress;
  setLessonDone(lessonId: string, done: boolean): SaveOutcome;
  recordQuizAttempt(quizId: string, attempt: QuizAttempt): SaveOutcome;
  recordExercise(exerciseId: string, record: ExerciseRecord): SaveOutcome;
  /**
   * Changes the spaced-review cards (src/lib/review: scheduling waiting attempts, a rating, a card
   * added). `apply` is replayed over later reads until storage has the result, so it must be pure.
   */
  updateReview(apply: (review: ReviewState) => ReviewState): SaveOutcome;
  /** Puts a whole record in: 'replace' drops what the browser held, 'merge' keeps both (progress-transfer.ts). */
  restore(progress: Progress, mode: 'replace' | 'merge'): SaveOutcome;
  /** Tries again to write what only this page holds (called on `pagehide`). */
  flush(): SaveOutcome;
  /** Keeps a copy of `value` under a backup key of its own, reported by notices() until dismissed. */
  keepAside(label: string, value: unknown): SaveOutcome;
  subscribe(listener: (progress: Progress, source: ProgressSource) => void): () => void;
  /** Problems to tell the learner about, including backups made on earlier pages and not yet dismissed. */
  notices(): ProgressNotice[];
  /** The learner has read the notices: stop showing them (backups stay in storage). */
  dismissNotices(): void;
  /** The text kept under a backup key, or under PROGRESS_KEY while it is protected, for a download. */
  rawValue(key: string): string | undefined;
}

export interface ProgressStoreOptions {
  storage: Storage | undefined;
  now?: () => Date;
  /** Where `storage` events from other tabs and `pagehide` arrive (window in the browser). */
  eventTarget?: EventTarget;
  /** Called after each write that storage accepted (the browser asks to keep storage: persist-storage.ts). */
  onSaved?: () => void;
}

type Change = (progress: Progress) => Progress;

const failureReason = (error: unknown): PageOnlyReason =>
  error instanceof DOMException && error.name === 'SecurityError' ? 'unavailable' : 'full';

const pageOnly = (reason: PageOnlyReason): SaveOutcome => ({ status: 'page-only', reason });

/** Records of `salvaged` that `progress` lacks are added; where both have one, `progress` wins. */
const withSalvaged =
  (salvaged: Progress): Change =>
  (p) => ({
    ...p,
    lessonsDone: { ...salvaged.lessonsDone, ...p.lessonsDone },
    quizzes: { ...salvaged.quizzes, ...p.quizzes },
    exercises: { ...salvaged.exercises, ...p.exercises },
    review: mergeReview(p.review, salvaged.review),
  });

const hasRecords = (p: Progress) =>
  Object.keys(p.lessonsDone).length +
    Object.keys(p.quizzes).length +
    Object.keys(p.exercises).length +
    Object.keys(p.review.cards).length +
    p.review.waiting.length >
  0;

export function createProgressStore({
  storage,
  now = () => new Date(),
  eventTarget,
  onSaved,
}: ProgressStoreOptions): ProgressStore {
  const store = usableStorage(storage);
  /** Storage problems met on this page (each reported once). */
  const problems = new Set<'storage-unavailable' | 'storage-full'>(store ? [] : ['storage-unavailable']);
  const listeners = new Set<(p: Progress, source: ProgressSource) => void>();
  /** Which records each backup made on this page holds, when only some were set aside. */
  const setAsideByBackup = new Map<string, string[]>();
  /** The last value read from or written to storage. */
  let base: Progress = emptyProgress();
  /** This page's changes that storage does not hold yet, replayed over `base` in order. */
  let pending: Change[] = [];
  /** An unreadable value still under PROGRESS_KEY because it could not be copied aside. */
  let protectedValue: { raw: string; salvaged?: Progress; setAside?: string[] } | undefined;

  const current = () => pending.reduce((p, change) => change(p), base);

  function freeKey(prefix: string, storageArea: Storage): string {
    const stamp = prefix + now().toISOString();
    let key = stamp;
    for (let n = 2; storageArea.getItem(key) !== null; n++) key = `${stamp}-${n}`;
    return key;
  }

  /**
   * Copies an unreadable value aside, then frees the main key and queues what could be salvaged.
   * Returns false, leaving everything as it was, when the copy cannot be written.
   */
  function moveAside(raw: string, salvaged: Progress | undefined, setAside: string[] | undefined): boolean {
    if (!store) return false;
    try {
      const backupKey = freeKey(CORRUPT_KEY_PREFIX, store);
      store.setItem(backupKey, raw);
      if (setAside && setAside.length > 0) setAsideByBackup.set(backupKey, setAside);
      store.removeItem(PROGRESS_KEY);
    } catch {
      return false;
    }
    protectedValue = undefined;
    base = emptyProgress();
    if (salvaged && hasRecords(salvaged)) pending.unshift(withSalvaged(salvaged));
    return true;
  }

  /** Refreshes `base` from storage, validating, salvaging and moving aside what cannot be read. */
  function read(): void {
    if (!store) return;
    let raw: string | null;
    try {
      raw = store.getItem(PROGRESS_KEY);
    } catch {
      problems.add('storage-unavailable');
      return;
    }
    if (raw === null) {
      base = emptyProgress();
      protectedValue = undefined;
      return;
    }
    if (raw === protectedValue?.raw) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const valid = migrateProgress(parsed);
    if (valid) {
      base = valid;
      protectedValue = undefined;
      return;
    }
    const salvage = salvageProgress(parsed);
    if (moveAside(raw, salvage?.progress, salvage?.setAside)) {
      // The salvaged records are queued; write them back under the main key if storage lets us.
      if (pending.length > 0) writeNow();
      return;
    }
    protectedValue = { raw, salvaged: salvage?.progress, setAside: salvage?.setAside };
    base = salvage?.progress ?? emptyProgress();
  }

  /** Writes `base` plus the pending changes; call read() first so another tab's latest is merged. */
  function writeNow(): SaveOutcome {
    if (!store) return pageOnly('unavailable');
    if (protectedValue) {
      const { raw, salvaged, setAside } = protectedValue;
      // Until the raw value is copied aside, salvaged records are shown from `base`; afterwards
      // moveAside queues them as a pending change.
      if (!moveAside(raw, salvaged, setAside)) return pageOnly('protecting');
    }
    const next = current();
    try {
      store.setItem(PROGRESS_KEY, JSON.stringify(next));
    } catch (error) {
      const reason = failureReason(error);
      problems.add(reason === 'full' ? 'storage-full' : 'storage-unavailable');
      return pageOnly(reason);
    }
    base = next;
    pending = [];
    problems.delete('storage-full');
    onSaved?.();
    return SAVED;
  }

  const notify = (source: ProgressSource) => {
    const progress = current();
    for (const listener of listeners) listener(progress, source);
  };

  function change(apply: Change): SaveOutcome {
    read();
    // A caller bug (a score above its maximum, NaN...) must not be written: the next read would
    // have to set the record aside.
    if (!isProgress(JSON.parse(JSON.stringify(apply(current()))))) {
      throw new TypeError('Refusing to save an invalid progress record');
    }
    pending.push(apply);
    const outcome = writeNow();
    notify('this-page');
    return outcome;
  }

  function backupNotice(backupKey: string): ProgressNotice {
    if (!backupKey.startsWith(ASIDE_KEY_PREFIX))
      return { kind: 'recovered-corrupt', backupKey, setAside: setAsideByBackup.get(backupKey) };
    let label: unknown;
    try {
      label = (JSON.parse(store?.getItem(backupKey) ?? '{}') as { label?: unknown } | null)?.label;
    } catch {
      // A damaged copy is still reported, under a general label.
    }
    return { kind: 'kept-aside', backupKey, label: typeof label === 'string' ? label : 'a record' };
  }

  eventTarget?.addEventListener('storage', (event) => {
    const key = (event as StorageEvent).key;
    if (key === PROGRESS_KEY || key === null) {
      read();
      notify('other-tab');
    }
  });
  function flush(): SaveOutcome {
    if (pending.length === 0 && !protectedValue) return store ? SAVED : pageOnly('unavailable');
    read();
    const outcome = writeNow();
    notify('this-page');
    return outcome;
  }
  eventTarget?.addEventListener('pagehide', flush);

  read();

  return {
    get() {
      read();
      return current();
    },
    setLessonDone(lessonId, done) {
      const at = now().toISOString();
      return change((p) => {
        const lessonsDone = { ...p.lessonsDone };
        if (done) lessonsDone[lessonId] = at;
        else delete lessonsDone[lessonId];
        return { ...p, lessonsDone };
      });
    },
    recordQuizAttempt(quizId, attempt) {
      const size = JSON.stringify(attempt).length;
      if (size > RECORD_CHAR_LIMIT) return { status: 'too-large', size, limit: RECORD_CHAR_LIMIT };
      return change((p) => {
        const previous = p.quizzes[quizId];
        const better =
          !previous || attempt.score / (attempt.max || 1) >= previous.best.score / (previous.best.max || 1);
        const best = better ? { score: attempt.score, max: attempt.max, at: attempt.at } : previous.best;
        const attempts = (previous?.attempts ?? 0) + 1;
        // Only the last attempt is kept per quiz, so each one also waits, in the same write, to be
        // scheduled as card reviews (progress-schema.ts, WaitingAttempt).
        const review = enqueueWaiting(p.review, [waitingFrom(quizId, attempt)]);
        return { ...p, quizzes: { ...p.quizzes, [quizId]: { attempts, best, last: attempt } }, review };
      });
    },
    recordExercise(exerciseId, record) {
      const size = JSON.stringify(record).length;
      if (size > RECORD_CHAR_LIMIT) return { status: 'too-large', size, limit: RECORD_CHAR_LIMIT };
      return change((p) => ({ ...p, exercises: { ...p.exercises, [exerciseId]: record } }));
    },
    updateReview(apply) {
      read();
      const size = JSON.stringify(apply(current().review)).length;
      if (size > RECORD_CHAR_LIMIT) return { status: 'too-large', size, limit: RECORD_CHAR_LIMIT };
      return change((p) => ({ ...p, review: apply(p.review) }));
    },
    restore(progress, mode) {
      return change((p) => (mode === 'merge' ? mergeProgress(p, progress) : progress));
    },
    flush,
    keepAside(label, value) {
      if (!store) return pageOnly('unavailable');
      try {
        store.setItem(freeKey(ASIDE_KEY_PREFIX, store), JSON.stringify({ label, value }));
      } catch (error) {
        return pageOnly(failureReason(error));
      }
      notify('this-page');
      return SAVED;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notices() {
      // Backups are found in storage itself, so one made on another page is reported here too.
      const backups = unacknowledgedBackups(store).map(backupNotice);
      const guarded: ProgressNotice[] = protectedValue
        ? [{ kind: 'unreadable-protected', setAside: protectedValue.setAside }]
        : [];
      return [...guarded, ...[...problems].map((kind) => ({ kind })), ...backups];
    },
    dismissNotices() {
      const keys = storedBackupKeys(store);
      problems.clear();
      try {
        store?.setItem(ACKNOWLEDGED_KEY, JSON.stringify(keys));
      } catch {
        // Storage full or blocked: the notices are cleared for this page, and may show again later.
      }
      notify('this-page');
    },
    rawValue(key) {
      if (key === PROGRESS_KEY && protectedValue) return protectedValue.raw;
      try {
        return store?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
  };
}
