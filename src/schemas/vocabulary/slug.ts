// Ids shared by the schemas (build time) and the rules in src/lib (also in the browser). Zod-free on
// purpose: an island that checks an id must not ship the schema library to do it.

/** A stable, URL-safe identifier: lower-case words joined by hyphens ("what-is-imc"). */
export const SLUG_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** What a content author is told when an id breaks SLUG_PATTERN. */
export const SLUG_RULE = 'must be lower-case words joined by hyphens, starting with a letter';

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
}
