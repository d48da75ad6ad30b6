// The scaling bench builds synthetic courses made from the real one. A content folder the build needs
// but the generator forgets makes every scaled build fail (it happened when content/capstones/ came).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MULTIPLIED, writeSyntheticCourse } from '../../../scripts/synthetic-course.mjs';

const dir = mkdtempSync(join(tmpdir(), 'one-voice-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic course for the scaling bench', () => {
  const counts = writeSyntheticCourse('content', dir, 60);
  const folders = (root: string) =>
    readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();

  it('holds every collection folder of the real course', () => {
    expect(folders(join(dir, 'content'))).toEqual(folders('content'));
  });

  it('multiplies lessons, modules and quizzes to at least the size asked for', () => {
    expect(MULTIPLIED).toEqual(['lessons', 'modules', 'quizzes']);
    expect(counts.lessons).toBeGreaterThanOrEqual(60);
    expect(readdirSync(join(dir, 'content', 'modules'))).toHaveLength(counts.modules);
    expect(readdirSync(join(dir, 'content', 'quizzes'))).toHaveLength(counts.quizzes);
    expect(existsSync(join(dir, 'content', 'lessons'))).toBe(true);
  });
});
