// How the site writes dates and scores, everywhere: "1 Dec 2026", "1 Dec 2026, 14:05",
// "1.25 out of 6 (21%)". One place, so a quiz, the progress review and a receipt never disagree.

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

/** A score or maximum as written: at most two decimals, no trailing zeros ("1.25", "1.5", "6"). The quiz
 * grader rounds partial credit to two decimals, so two decimals show a score exactly. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Whole percent, rounded as the quiz rounds it when it decides "Passed". */
export function scorePercent(score: number, max: number): number {
  return max > 0 ? Math.round((score / max) * 100) : 0;
}

/** "1.25 out of 6 (21%)": scores can be fractional because of partial credit. */
export function formatScore(score: number, max: number): string {
  return `${formatNumber(score)} out of ${formatNumber(max)} (${scorePercent(score, max)}%)`;
}
