// One way to show a score, used by the quiz, the assignment checklist and the receipt, so the same
// attempt never reads "1.3" in one place and "1.25" in another. Partial credit makes fractions; the
// quiz grader rounds them to two decimals, so two decimals show a score exactly.

/** A score or maximum as written: at most two decimals, no trailing zeros ("1.25", "1.5", "6"). */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Whole percent, rounded as the quiz rounds it when it decides "Passed". */
export function scorePercent(score: number, max: number): number {
  return max > 0 ? Math.round((score / max) * 100) : 0;
}

/** "1.25 out of 6 (21%)". */
export function formatScore(score: number, max: number): string {
  return `${formatNumber(score)} out of ${formatNumber(max)} (${scorePercent(score, max)}%)`;
}

/** The rule for "done" on a quiz or exercise, shared by the checklist and the receipt check. */
export function meetsPassMark(score: number, max: number, passPercent: number): boolean {
  return max > 0 && scorePercent(score, max) >= passPercent;
}
