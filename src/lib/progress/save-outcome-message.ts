// How an island or script tells the learner what happened to a save (the outcomes: save-outcome.ts).
import type { SaveOutcome } from './save-outcome';

const thousands = (n: number) => n.toLocaleString('en');

const KEPT = 'What you did here is kept on this page until you close it.';

/** One plain sentence or two for the learner. */
export function describeSaveOutcome(outcome: SaveOutcome): string {
  switch (outcome.status) {
    case 'saved':
      return 'Saved in this browser.';
    case 'too-large':
      return (
        `Not saved: this is too long to keep in the browser (${thousands(outcome.size)} characters; ` +
        `the limit is ${thousands(outcome.limit)}). Shorten it; until then it is kept only on this page.`
      );
    case 'page-only':
      switch (outcome.reason) {
        case 'full':
          return `Not saved: this browser's storage is full. ${KEPT}`;
        case 'unavailable':
          return (
            'Not saved: this browser does not let the course save anything (private mode or blocked storage). ' + KEPT
          );
        case 'protecting':
          return (
            'Not saved: saved data that could not be read is being protected (see the notice at the top of the page). ' +
            KEPT
          );
      }
  }
}
