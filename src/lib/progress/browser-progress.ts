// The only place that creates the progress store in the browser: one store per page, created on
// first use (an island on hydration, a page script at the moment it writes: page-progress.ts).
import { persistAfterFirstSave } from './persist-storage';
import { createProgressStore, type ProgressStore } from './progress-store';
import { announceStore } from './store-hub';
import { windowStorage } from './window-storage';

let instance: ProgressStore | undefined;

export function browserProgressStore(): ProgressStore {
  if (!instance) {
    instance = createProgressStore({
      storage: windowStorage(),
      eventTarget: window,
      onSaved: persistAfterFirstSave(navigator.storage),
    });
    announceStore(instance);
  }
  return instance;
}
