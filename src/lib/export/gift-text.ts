// Text rules of Moodle's GIFT format, kept apart so they can be tested character by character.

/**
 * Escapes GIFT's special characters in question text, answers, feedback and names.
 * One pass over the string is the same as "backslash first, then ~ = # { } :": each
 * original character is escaped once and no inserted backslash is seen again.
 * Line breaks become spaces, because a blank line ends a question in GIFT.
 */
export function escapeGiftText(text: string): string {
  return collapseLines(text).replace(/[\\~=#{}:]/g, (char) => `\\${char}`);
}

/**
 * A `$CATEGORY:` path segment: category lines take no escapes, and `/` separates levels,
 * so a `/` inside a name is written `//` (Moodle's rule).
 */
export function giftCategorySegment(name: string): string {
  return collapseLines(name).replace(/\//g, '//');
}

/** Multiple-answer weight: at most 5 decimals (Moodle matches 0.3333333 to within 0.00001). */
export function giftWeight(percent: number): string {
  const rounded = Number(percent.toFixed(5));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function collapseLines(text: string): string {
  return text.trim().replace(/\s*[\r\n]+\s*/g, ' ');
}
