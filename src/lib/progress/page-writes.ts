// What a page script needs at the moment it writes, loaded by one import() (page-progress.ts): the
// page's store, and the words for a save that did not succeed. One chunk, one request, on the click.
export { browserProgressStore } from './browser-progress';
export { describeSaveOutcome } from './save-outcome-message';
