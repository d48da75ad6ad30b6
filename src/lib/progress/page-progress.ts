// Progress for page-load scripts: read with the small reader (progress-reader.ts) while nothing
// needs more, and the full store loaded with import() only when it is needed: at the moment of a
// write (a click), or at once when the reader finds something only the store can handle or report
// (a damaged or older value, blocked storage, a backup not yet dismissed). Once the store exists,
// however it came, scripts follow it, so its unsaved changes and notices are what they show.
import type { ProgressStore } from './progress-store';
import type { SaveOutcome } from './save-outcome';
import { PROGRESS_KEY } from './progress-keys';
import { readProgress } from './progress-reader';
import type { Progress } from './progress-shape';
import { whenStoreExists } from './store-hub';
import { windowStorage } from './window-storage';

/** What a script writes with: the page's store, and the words for a save's outcome. */
export interface PageWriter {
  store: ProgressStore;
  describeSaveOutcome(outcome: SaveOutcome): string;
}

/** What a page script needs: the record as it changes, and the store when it writes. */
export interface ProgressAccess {
  /** Calls `listener` with the record now (or as soon as it is known) and after every change. */
  watch(listener: (progress: Progress) => void): void;
  /** The page's store and the save sentences, loaded on first call (a click). */
  writer(): Promise<PageWriter>;
}

let loading: Promise<PageWriter> | undefined;

function loadWriter(): Promise<PageWriter> {
  loading ??= import('./page-writes').then(
    ({ browserProgressStore, describeSaveOutcome }) => ({ store: browserProgressStore(), describeSaveOutcome }),
    (error: unknown) => {
      loading = undefined; // a failed fetch (offline before the page was cached): the next write tries again
      throw error;
    },
  );
  return loading;
}

/** Said when the store's code could not be fetched, so nothing was saved. */
export const WRITER_NOT_LOADED =
  'Not saved: this page could not load the code that saves. Check the connection and try again.';

/**
 * The writer for a click, or undefined after saying in `status` that nothing was saved because the
 * store's code did not load: a click never ends in silence.
 */
export async function writerFor(progress: ProgressAccess, status: HTMLElement): Promise<PageWriter | undefined> {
  try {
    return await progress.writer();
  } catch {
    status.textContent = WRITER_NOT_LOADED;
    status.dataset.saveStatus = 'not-loaded';
    return undefined;
  }
}

let storeExists = false;
whenStoreExists(() => {
  storeExists = true;
});

/**
 * Reads storage now and whenever another tab changes it (until the store exists: it then follows
 * other tabs itself); calls `use` with what the reader can read, and loads the store when it cannot.
 */
function readUntilStore(use: (progress: Progress) => void): void {
  const read = () => {
    if (storeExists) return;
    const progress = readProgress(windowStorage());
    if (progress) use(progress);
    // Only the store can read this; if its code cannot be fetched now, the page's next write tries again.
    else loadWriter().catch(() => undefined);
  };
  read();
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) read();
  });
}

function watch(listener: (progress: Progress) => void): void {
  whenStoreExists((store) => {
    listener(store.get());
    store.subscribe((progress) => listener(progress));
  });
  readUntilStore(listener);
}

export const pageProgress: ProgressAccess = { watch, writer: loadWriter };

/**
 * For the progress notice: calls `mount` with the store once it exists, and loads it at once if the
 * reader finds anything the learner must be told (so the notice says exactly what the store says).
 */
export function whenNoticesMayExist(mount: (store: ProgressStore) => void): void {
  whenStoreExists(mount);
  readUntilStore(() => undefined);
}
