// Progress leaving and coming back into a browser as a downloaded file (the "move to another device"
// link is progress-move.ts, loaded only when used: it brings the compressor). A file or link is read with
// the store's own validator and migrations (progress-schema.ts), so nothing the store would refuse
// can come in this way; a refusal says why in plain words and leaves the store untouched.
import { migrateProgress, PROGRESS_VERSION, salvageProgress, type Progress } from './progress-schema';

/** The largest file or decompressed link accepted, in characters: the browser keeps about five million per site. */
export const TRANSFER_CHAR_LIMIT = 4_000_000;

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
