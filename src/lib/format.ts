// How the site writes dates and scores, everywhere: "1 Dec 2026", "1 Dec 2026, 14:05",
// "4.5 out of 5 (90%)". One place, so a quiz, the progress review and a receipt never disagree.

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date a person can read. A bare "YYYY-MM-DD" is that day wherever the reader is (read in
 * UTC, so it never shifts a day); a timestamp is the reader's local day. Text that is not a date is
 * returned as written rather than as "Invalid Date".
 */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', DATE_ONLY.test(iso) ? { ...DATE, timeZone: 'UTC' } : DATE);
}

/** A moment: the date as formatDate writes it, then the reader's local 24-hour time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || DATE_ONLY.test(iso)) return formatDate(iso);
  return `${formatDate(iso)}, ${date.toLocaleTimeString('en-GB', TIME)}`;
}

/** "4.5 out of 5 (90%)": scores can be fractional because of partial credit. */
export function formatScore(score: number, max: number): string {
  const percent = max === 0 ? 0 : Math.round((score / max) * 100);
  return `${Number.isInteger(score) ? score : score.toFixed(1)} out of ${max} (${percent}%)`;
}
