// One life cycle for every island that keeps something in the progress store: read the saved
// record once hydrated, save through the store and keep the real outcome of each save, follow
// changes made in other tabs, hold (rather than overwrite) a record another tab changed while a
// save of ours was waiting, and write what is still waiting when the page is left.
// The store is injected (a prop in tests); the page's default is the browser's store.
// SaveStatus, the words for each outcome, lives here too: every island shows it, and one module
// ships as one chunk.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Progress } from '../../lib/progress/progress-schema';
import type { ProgressStore } from '../../lib/progress/progress-store';
import type { SaveOutcome } from '../../lib/progress/save-outcome';
import { browserProgressStore } from '../../lib/progress/browser-progress';
import { describeSaveOutcome } from '../../lib/progress/save-outcome-message';

/** One save: a call to the store that returns what really happened. */
export type StoreWrite = (store: ProgressStore) => SaveOutcome;

export interface StoredRecordOptions<T> {
  /** This island's part of the progress; compared as JSON to notice that it changed. */
  select: (progress: Progress, store: ProgressStore) => T;
  store?: ProgressStore | undefined;
  /** Called when the record changed elsewhere (another tab, another island) and nothing of ours waits. */
  follow?: (value: T) => void;
  /**
   * 'replace' (the default): a save replaces the whole record, so a change made elsewhere since this
   * island last saw it is a conflict, shown instead of overwritten. 'merge': each save is a change
   * that composes with any other (a lesson marked done, one more quiz attempt).
   */
  writes?: 'replace' | 'merge';
  /** Names the record in a copy kept aside when a conflict is left unresolved, e.g. 'the plan "plan-builder"'. */
  label?: string;
}

export interface StoredRecord<T> {
  /** Undefined during server rendering and until hydration. */
  store: ProgressStore | undefined;
  ready: boolean;
  /** The record as the store holds it now. */
  value: T | undefined;
  /** What happened to the latest save. */
  outcome: SaveOutcome | undefined;
  /** A delayed save is waiting (or held by a conflict): `outcome` is older than what is on screen. */
  saving: boolean;
  /** Another tab's version of the record, when it changed while a save of ours was waiting. */
  conflict: { theirs: T } | undefined;
  /** Saves now, or after `delay` ms (a later save replaces a waiting one); flushed when the page is left. */
  save(write: StoreWrite, options?: { delay?: number }): void;
  /** Ends a conflict: 'mine' saves the waiting change over theirs, 'theirs' drops it and follows theirs. */
  resolve(keep: 'mine' | 'theirs'): void;
}

interface Waiting {
  write: StoreWrite;
  timer?: ReturnType<typeof setTimeout>;
}

export function useStoredRecord<T>(options: StoredRecordOptions<T>): StoredRecord<T> {
  const { store: injected, writes = 'replace' } = options;
  const [store, setStore] = useState<ProgressStore | undefined>();
  const [value, setValue] = useState<T | undefined>();
  const [outcome, setOutcome] = useState<SaveOutcome | undefined>();
  const [conflict, setConflict] = useState<{ theirs: T } | undefined>();
  const [saving, setSaving] = useState(false);
  // Refs, not state: event handlers and timers must see the latest values without re-subscribing.
  const latest = useRef(options);
  latest.current = options;
  const storeRef = useRef<ProgressStore | undefined>(undefined);
  const known = useRef<string | undefined>(undefined);
  const waiting = useRef<Waiting | undefined>(undefined);
  const conflictRef = useRef<{ theirs: T } | undefined>(undefined);
  const writing = useRef(false);

  const pick = (s: ProgressStore, progress: Progress = s.get()) => latest.current.select(progress, s);
  const showConflict = (next: { theirs: T } | undefined) => {
    conflictRef.current = next;
    setConflict(next);
  };

  function run(write: StoreWrite, force = false): void {
    const s = storeRef.current;
    if (!s) return;
    if (writes === 'replace' && !force) {
      const fresh = pick(s);
      if (JSON.stringify(fresh) !== known.current) {
        // Changed elsewhere and its event has not arrived yet: hold ours until the learner chooses.
        waiting.current = { write };
        setValue(fresh);
        showConflict({ theirs: fresh });
        return;
      }
    }
    writing.current = true;
    let result: SaveOutcome;
    try {
      result = write(s);
    } finally {
      writing.current = false;
    }
    const after = pick(s);
    known.current = JSON.stringify(after);
    setValue(after);
    setOutcome(result);
    setSaving(false);
  }

  /** Writes a waiting save at once (leaving the page, unmounting); a conflict keeps theirs aside first. */
  function flushWaiting(): void {
    const held = waiting.current;
    const s = storeRef.current;
    if (!held || !s) return;
    clearTimeout(held.timer);
    waiting.current = undefined;
    if (writes === 'replace') {
      const fresh = pick(s);
      if (conflictRef.current || JSON.stringify(fresh) !== known.current) {
        s.keepAside(`${latest.current.label ?? 'a record'} as another tab saved it`, fresh);
      }
    }
    showConflict(undefined);
    run(held.write, true);
  }

  useEffect(() => {
    const active = injected ?? browserProgressStore();
    storeRef.current = active;
    const initial = pick(active);
    known.current = JSON.stringify(initial);
    setStore(active);
    setValue(initial);
    const unsubscribe = active.subscribe((progress) => {
      if (writing.current) return;
      const next = latest.current.select(progress, active);
      if (JSON.stringify(next) === known.current) return;
      setValue(next);
      if (writes === 'replace' && waiting.current) {
        clearTimeout(waiting.current.timer);
        waiting.current = { write: waiting.current.write };
        return showConflict({ theirs: next });
      }
      known.current = JSON.stringify(next);
      latest.current.follow?.(next);
    });
    const leave = () => flushWaiting();
    const hidden = () => document.visibilityState === 'hidden' && flushWaiting();
    addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      flushWaiting();
      unsubscribe();
      removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [injected]);

  return {
    store,
    ready: store !== undefined,
    value,
    outcome,
    saving,
    conflict,
    save(write, { delay = 0 } = {}) {
      clearTimeout(waiting.current?.timer);
      if (conflictRef.current) {
        waiting.current = { write }; // the newest change waits for the learner's choice
        return setSaving(true);
      }
      if (delay > 0) {
        setSaving(true);
        const timer = setTimeout(() => {
          waiting.current = undefined;
          run(write);
        }, delay);
        waiting.current = { write, timer };
        return;
      }
      waiting.current = undefined;
      run(write);
    },
    resolve(keep) {
      const held = waiting.current;
      const s = storeRef.current;
      clearTimeout(held?.timer);
      waiting.current = undefined;
      if (!conflictRef.current || !s) return;
      showConflict(undefined);
      setSaving(false);
      const theirs = pick(s);
      known.current = JSON.stringify(theirs);
      if (keep === 'mine' && held) run(held.write, true);
      else latest.current.follow?.(theirs);
    },
  };
}

// What happened to an island's latest save, in words, and the choice to make when another tab
// changed the same record. Islands render it under their controls.

/**
 * An exercise's saved state (`progress.exercises[id].state`), given to `adopt` once the island has
 * read the store ('load') and again whenever another tab or island changes it ('elsewhere').
 */
export function useExerciseRecord(options: {
  store: ProgressStore | undefined;
  exerciseId: string;
  title: string;
  adopt: (saved: unknown, source: 'load' | 'elsewhere') => void;
}): StoredRecord<unknown> {
  const { store, exerciseId, title, adopt } = options;
  const stored = useStoredRecord({
    store,
    label: `the exercise "${title}"`,
    select: (p) => p.exercises[exerciseId]?.state,
    follow: (saved) => adopt(saved, 'elsewhere'),
  });
  useEffect(() => {
    if (stored.ready) adopt(stored.value, 'load');
  }, [stored.ready]);
  return stored;
}

interface Props {
  record: Pick<StoredRecord<unknown>, 'outcome' | 'saving' | 'conflict' | 'resolve'>;
  /** Say "Saved in this browser." too, not only problems. */
  announceSaved?: boolean;
  /** The island's own news for the same live region, said before the outcome ("Imported the plan."). */
  note?: string;
}

export function SaveStatus({ record, announceSaved = true, note = '' }: Props) {
  const { outcome, saving, conflict, resolve } = record;
  // While a save waits, the last outcome no longer describes what is on screen.
  const said = outcome && !saving && (announceSaved || outcome.status !== 'saved') ? describeSaveOutcome(outcome) : '';
  const text = [note, said].filter(Boolean).join(' ');
  return (
    <div class="save-status">
      <p role="status" data-save-status={outcome?.status}>
        {text}
      </p>
      {conflict && (
        // biome-ignore lint/a11y/useSemanticElements: a choice between two buttons, not a form section.
        <div class="save-conflict" role="group" aria-label="Changed in another tab">
          <p>
            <strong>Changed in another tab.</strong> What you changed here is not saved yet, so nothing has been
            overwritten. Which version should be kept?
          </p>
          <button type="button" onClick={() => resolve('mine')}>
            Keep this tab's version
          </button>{' '}
          <button type="button" onClick={() => resolve('theirs')}>
            Use the other tab's version
          </button>
        </div>
      )}
    </div>
  );
}
