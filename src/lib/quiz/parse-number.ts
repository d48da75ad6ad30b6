// What a learner types into a numeric answer, read as a number: "1,200", "12.5%", "$40", " 3.2 ",
// "-4", "€1,000.50" all parse; anything else (two numbers, letters, an empty box) is not a number.
// Commas are thousands separators only when they group digits by three ("1,200"); "1,5" is refused
// rather than guessed at, so the learner is told to write it another way.

const NUMBER_IN_TEXT = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

export function parseNumber(typed: string): number | undefined {
  const bare = typed
    .trim()
    .replace(/^[$£€]\s*/, '')
    .replace(/^([-+])\s*[$£€]\s*/, '$1')
    .replace(/\s*%$/, '');
  if (bare === '' || bare === '-' || bare === '+' || !/\d/.test(bare) || !NUMBER_IN_TEXT.test(bare)) return undefined;
  const value = Number(bare.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** Whether a value lies within `tolerance` of `target` (both ends included, float noise forgiven). */
export const withinTolerance = (value: number, target: number, tolerance: number) =>
  Math.abs(value - target) <= tolerance + 1e-9 * Math.max(1, Math.abs(target));
