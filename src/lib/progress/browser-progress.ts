// The only place that touches window for progress: one store per page, created on first use.
import { persistAfterFirstSave } from './persist-storage';
import { createProgressStore, type ProgressStore } from './progress-store';

let instance: ProgressStore | undefined;

function windowStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // access itself throws when storage is blocked
  }
}

export function browserProgressStore(): ProgressStore {
  instance ??= createProgressStore({
    storage: windowStorage(),
    eventTarget: window,
    onSaved: persistAfterFirstSave(navigator.storage),
  });
  return instance;
}
