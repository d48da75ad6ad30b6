// Tells page-load scripts when this page's progress store exists, whoever created it: an island that
// imports it on hydration, or a script that loaded it for a write (page-progress.ts). From then on
// they follow the store (its unsaved changes, its notices) instead of reading storage themselves.
import type { ProgressStore } from './progress-store';

let current: ProgressStore | undefined;
const waiting = new Set<(store: ProgressStore) => void>();

/** Called once by browser-progress.ts when it creates the page's store. */
export function announceStore(store: ProgressStore): void {
  current = store;
  for (const listener of waiting) listener(store);
  waiting.clear();
}

/** Calls `listener` with the page's store now if it exists, else once it is created. */
export function whenStoreExists(listener: (store: ProgressStore) => void): void {
  if (current) listener(current);
  else waiting.add(listener);
}
