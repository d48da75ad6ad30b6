// docs/coverage.md maps every concept of the source articles to a lesson; a listed lesson that
// does not exist fails here, so the map cannot drift from the course.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { courseContentDir, loadContentDir } from '../../helpers/load-content-dir';

const table = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'coverage.md'), 'utf8');
const rows = [...table.matchAll(/^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*`([a-z0-9-]+)`\s*\|$/gm)].map((m) => ({
  concept: m[1]!,
  lesson: m[3]!,
}));
const lessonIds = new Set(loadContentDir(courseContentDir).content.lessons.map((l) => l.id));

describe('docs/coverage.md', () => {
  it('lists the concepts of the source articles', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });
  it.each(rows)('$concept -> $lesson exists', ({ lesson }) => {
    expect(lessonIds.has(lesson), `content/lessons/*/${lesson}.mdx`).toBe(true);
  });
});
