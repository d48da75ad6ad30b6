// Reads saved progress for page-load scripts (done marks, "continue", exercise status, terms in
// review) without loading the store: it never writes, and it uses a value only when the store would
// use it unchanged (the same validation: progress-shape.ts). Anything else is the store's to handle,
// because only the store repairs, migrates and reports; the page then loads it (page-progress.ts), so
// nothing is silently lost.
import { PROGRESS_KEY, unacknowledgedBackups, usableStorage } from './progress-keys';
import { emptyProgress, isProgress, type Progress } from './progress-shape';

/**
 * What `storage` holds, exactly as the store would read it; undefined when only the store can tell:
 * storage blocked, a value that is not a valid current-version record (unparseable, damaged, an older
 * version to migrate, an unknown one), or backups the learner has not dismissed (notices to show).
 */
export function readProgress(storage: Storage | undefined): Progress | undefined {
  const usable = usableStorage(storage);
  if (!usable || unacknowledgedBackups(usable).length > 0) return undefined;
  try {
    const raw = usable.getItem(PROGRESS_KEY);
    if (raw === null) return emptyProgress();
    const parsed: unknown = JSON.parse(raw);
    return isProgress(parsed) ? parsed : undefined;
  } catch {
    return undefined; // unparseable, or storage refused the read after all
  }
}
