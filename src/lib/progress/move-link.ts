// What the progress page must know of a move link before it loads progress-move.ts (and its
// compressor): kept apart so that importing it does not pull the compressor into the page's own chunk.

/** The fragment key of a move link: /progress/#move=<base64url of the deflated JSON>. */
export const MOVE_PARAM = 'move';
/** Longer links make QR codes too dense for a phone camera at screen size (about version 25). */
export const QR_CHAR_LIMIT = 1_200;

/** True when `hash` is a move link's fragment (checked before loading the compressor). */
export const isMoveFragment = (hash: string) => hash.replace(/^#/, '').startsWith(`${MOVE_PARAM}=`);
