// What really happened to one save, and how an island says so. Every store write returns one of
// these, so no island can claim "saved" when the browser kept nothing.

/** Why a change is held only in the page's memory. */
export type PageOnlyReason =
  /** The browser refused the write: its storage for this site is full. */
  | 'full'
  /** The browser lets the site store nothing (private mode, blocked storage). */
  | 'unavailable'
  /** Unreadable saved data could not be moved aside; writing would destroy it, so writes wait. */
  | 'protecting';

export type SaveOutcome =
  | { status: 'saved' }
  | { status: 'page-only'; reason: PageOnlyReason }
  /** Refused: one record this large would crowd out everything else the browser keeps for the site. */
  | { status: 'too-large'; size: number; limit: number };

export const SAVED: SaveOutcome = { status: 'saved' };

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
