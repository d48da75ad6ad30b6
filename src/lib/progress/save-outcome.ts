// What really happened to one save. Every store write returns one of these, so no island can claim
// "saved" when the browser kept nothing; how it is said is save-outcome-message.ts (kept apart so that
// pages which only read progress, like the sidebar's done marks, do not load the sentences).

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
