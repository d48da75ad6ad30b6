// Progress leaving and coming back into a browser: the downloaded file, the "move to another device"
// link, and the merge of a restored record with what the browser holds. A file or link is read with
// the store's own validator and migrations (progress-schema.ts), so nothing the store would refuse
// can come in this way; a refusal says why in plain words and leaves the store untouched.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { migrateProgress, PROGRESS_VERSION, salvageProgress, type Progress } from './progress-schema';

/** The largest file or decompressed link accepted, in characters: the browser keeps about five million per site. */
export const TRANSFER_CHAR_LIMIT = 4_000_000;
/** The fragment key of a move link: /progress/#move=<base64url of the deflated JSON>. */
export const MOVE_PARAM = 'move';
/** Longer links make QR codes too dense for a phone camera at screen size (about version 25). */
export const QR_CHAR_LIMIT = 1_200;

export type TransferResult = { ok: true; progress: Progress } | { ok: false; reason: string };

const refuse = (reason: string): TransferResult => ({ ok: false, reason });

/** The file's text: exactly what the store keeps under its key, indented for a reader. */
export function progressFileText(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

export function progressFileName(date: Date): string {
  return `one-voice-progress-${date.toISOString().slice(0, 10)}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a progress file's text (or a decoded move link) with the store's validator; never throws. */
export function readProgressText(text: string): TransferResult {
  if (text.length > TRANSFER_CHAR_LIMIT)
    return refuse(
      `The file is too large (${text.length.toLocaleString('en')} characters; the limit is ` +
        `${TRANSFER_CHAR_LIMIT.toLocaleString('en')}). It is not a One Voice progress file.`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('The file is not JSON, so it is not a One Voice progress file.');
  }
  if (!isObject(parsed) || !('lessonsDone' in parsed || 'done' in parsed))
    return refuse('The file is JSON but not a One Voice progress file (it has no lessons, quizzes or exercises).');
  if (typeof parsed.version === 'number' && parsed.version > PROGRESS_VERSION)
    return refuse(
      `The file was made by a newer version of the course (format ${parsed.version}; this site reads up to ` +
        `${PROGRESS_VERSION}). Reload the page to get the newest site, then try again.`,
    );
  const progress = migrateProgress(parsed);
  if (progress) return { ok: true, progress };
  const broken = salvageProgress(parsed)?.setAside ?? [];
  return refuse(
    broken.length > 0
      ? `The file is damaged: ${broken.slice(0, 5).join(', ')}${broken.length > 5 ? ` and ${broken.length - 5} more` : ''} ` +
          'cannot be read. Nothing was restored.'
      : 'The file is damaged and cannot be read. Nothing was restored.',
  );
}

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

export interface ProgressSummary {
  lessons: number;
  quizzes: number;
  exercises: number;
  /** The latest date in the record (ISO), if it has any. */
  latest: string | undefined;
}

/** What a record holds, for the preview before a restore. */
export function summarizeProgress(progress: Progress): ProgressSummary {
  const dates = [
    ...Object.values(progress.lessonsDone),
    ...Object.values(progress.quizzes).map((q) => q.last.at),
    ...Object.values(progress.exercises).map((e) => e.at),
  ].filter((d) => !Number.isNaN(Date.parse(d)) && Date.parse(d) > 0);
  return {
    lessons: Object.keys(progress.lessonsDone).length,
    quizzes: Object.keys(progress.quizzes).length,
    exercises: Object.keys(progress.exercises).length,
    latest: dates.sort().at(-1),
  };
}
