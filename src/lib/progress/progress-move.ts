// The "move to another device" link: the record deflated into the URL fragment (which browsers
// never send to a server), read back with the same rules as a file (progress-transfer.ts).
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Progress } from './progress-schema';
import { readProgressText, TRANSFER_CHAR_LIMIT, type TransferResult } from './progress-transfer';
import { MOVE_PARAM } from './move-link';

export { isMoveFragment, MOVE_PARAM, QR_CHAR_LIMIT } from './move-link';

const refuse = (reason: string): TransferResult => ({ ok: false, reason });

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The fragment of a move link ("move=..."), to append to the progress page's address after "#". */
export function moveFragment(progress: Progress): string {
  return `${MOVE_PARAM}=${toBase64Url(deflateSync(strToU8(JSON.stringify(progress)), { level: 9 }))}`;
}

/** The record carried by a move link's fragment (with or without "#"); undefined when it is no move link. */
export function readMoveFragment(hash: string): TransferResult | undefined {
  const prefix = `${MOVE_PARAM}=`;
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(prefix)) return undefined;
  const broken = refuse(
    'The link is incomplete or damaged (was it cut off when it was copied?). Nothing was restored.',
  );
  const bytes = fromBase64Url(fragment.slice(prefix.length));
  if (!bytes || bytes.length === 0) return broken;
  if (bytes.length > TRANSFER_CHAR_LIMIT) return broken;
  let text: string;
  try {
    const inflated = inflateSync(bytes);
    if (inflated.length > TRANSFER_CHAR_LIMIT) return refuse('The link holds too much to be a progress record.');
    text = strFromU8(inflated);
  } catch {
    return broken;
  }
  return readProgressText(text);
}
