/** Words a learner reads per minute in study mode (slower than skimming; typical figures are 200-250). */
export const WORDS_PER_MINUTE = 200;

/** Estimated reading time of a text in whole minutes, never less than 1. MDX/JSX tags are not counted. */
export function readingMinutes(body: string): number {
  const prose = body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`|[\]()-]/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
