// Asks the browser to keep the site's storage when space runs low (`navigator.storage.persist()`),
// once a page has saved progress: before that there is nothing to keep, and asking on arrival would
// make Firefox prompt a visitor who has done nothing yet. Chromium grants it without asking to sites
// the learner uses or has installed; Safari keeps script-written storage of an installed (home
// screen) app only, which /progress/ tells its users.

/** The part of `navigator.storage` this needs (missing in old browsers and some webviews). */
export interface PersistableStorage {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** A callback for the store's `onSaved`: the first call asks (unless storage is persistent already), later calls do nothing. */
export function persistAfterFirstSave(storage: PersistableStorage | undefined): () => void {
  let asked = false;
  return () => {
    if (asked || !storage?.persist) return;
    asked = true;
    const persist = storage.persist.bind(storage);
    (storage.persisted?.() ?? Promise.resolve(false))
      .then((already) => (already ? true : persist()))
      .catch(() => false); // refused or unsupported: progress is saved all the same
  };
}
