// The zod-free id vocabulary and the schema built on it accept and refuse the same ids.
import { describe, expect, it } from 'vitest';
import { isSlug, SLUG_RULE } from '../../../src/schemas/vocabulary/slug';
import { slugSchema } from '../../../src/schemas/ids';

const good = ['what-is-imc', 'a', 'peso2', 'module-3-quiz'];
const bad = ['', 'What-is', '3-steps', 'two--hyphens', 'trailing-', '-leading', 'under_score', 'sp ace', 'é'];

describe('slug vocabulary', () => {
  it('accepts lower-case words joined by single hyphens, starting with a letter', () => {
    for (const id of good) expect(isSlug(id), id).toBe(true);
    for (const id of bad) expect(isSlug(id), id).toBe(false);
    expect(isSlug(42)).toBe(false);
  });

  it('is what the content schema enforces, with the same message', () => {
    for (const id of good) expect(slugSchema.safeParse(id).success, id).toBe(true);
    for (const id of bad) {
      const result = slugSchema.safeParse(id);
      expect(result.success, id).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(SLUG_RULE);
    }
  });
});
