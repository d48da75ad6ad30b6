// Where progress lives in storage, and which backups the learner has not been told about yet: shared
// by the store (progress-store.ts), which writes them, and the page-load reader (progress-reader.ts),
// which only needs to know whether there is anything to tell.

export const PROGRESS_KEY = 'one-voice:progress';
export const CORRUPT_KEY_PREFIX = `${PROGRESS_KEY}:corrupt:`;
/** Copies an island keeps aside: another tab's version of a record, a saved value it could not read. */
export const ASIDE_KEY_PREFIX = `${PROGRESS_KEY}:aside:`;
/** Backup keys the learner has already been told about (a JSON array), so a notice shows until dismissed. */
export const ACKNOWLEDGED_KEY = `${PROGRESS_KEY}:acknowledged`;

/** Storage can be missing, or throw on any access (Safari private mode, blocked cookies). */
export function usableStorage(storage: Storage | undefined): Storage | undefined {
  try {
    if (!storage) return undefined;
    storage.getItem(PROGRESS_KEY);
    return storage;
  } catch {
    return undefined;
  }
}

/** Every backup key in `storage`, sorted (oldest first: they carry the date they were made). */
export function backupKeys(storage: Storage | undefined): string[] {
  if (!storage) return [];
  try {
    return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
      .filter((k) => k.startsWith(CORRUPT_KEY_PREFIX) || k.startsWith(ASIDE_KEY_PREFIX))
      .sort();
  } catch {
    return [];
  }
}

/** The backup keys the learner dismissed; a damaged list counts as none (the notices show again). */
export function acknowledgedKeys(storage: Storage | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(ACKNOWLEDGED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** Backups not yet dismissed: each is a notice to show. */
export function unacknowledgedBackups(storage: Storage | undefined): string[] {
  const acknowledged = acknowledgedKeys(storage);
  return backupKeys(storage).filter((key) => !acknowledged.includes(key));
}
