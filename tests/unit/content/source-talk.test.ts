// No student-facing text talks about the articles the course was first written from: students cannot
// see them. The rule itself is tested on small strings; then it runs over every student-facing file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSourceTalk } from '../../../src/lib/content/source-talk';

const root = join(import.meta.dirname, '..', '..', '..');

function filesUnder(dir: string, endings: readonly string[]): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => endings.some((e) => f.endsWith(e)))
    .sort()
    .map((f) => join(dir, f));
}

/** "file:line: phrase" for every hit in the given files, so a failure says exactly what to fix. */
function hitsIn(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    findSourceTalk(readFileSync(join(root, file), 'utf8')).map((hit) => `${file}:${hit.line}: ${hit.phrase}`),
  );
}

describe('findSourceTalk', () => {
  it('finds talk about unseen source material, with its line', () => {
    const text =
      'A fine line.\nOne of our source articles says so, in garbled translation.\nIt was machine-translated.';
    expect(findSourceTalk(text)).toEqual([
      { line: 2, phrase: 'source articles' },
      { line: 2, phrase: 'our source' },
      { line: 2, phrase: 'garbled' },
      { line: 3, phrase: 'machine-translat' },
    ]);
  });
  it('catches the other forms', () => {
    for (const text of [
      'The source article gives product sales.',
      "One of the course's sources lists them.",
      'This course was built from five short articles.',
      'A translation error turned it round.',
      'It is mistranslated.',
      'The seed article says so.',
      'Machine translation leaves marks.',
    ])
      expect(findSourceTalk(text), text).not.toEqual([]);
  });
  it('lets ordinary course text through', () => {
    for (const text of [
      'Trace claims to the primary source.',
      'Every lesson lists its sources at the end.',
      'A careless translation can leave mangled names.',
      'Sort media by who controls the source of a message.',
    ])
      expect(findSourceTalk(text), text).toEqual([]);
  });
});

describe('student-facing text', () => {
  const nonQuizFiles = [
    ...filesUnder('content/lessons', ['.mdx']),
    ...filesUnder('content/glossary', ['.yaml']),
    ...filesUnder('content/modules', ['.yaml']),
    ...filesUnder('content/exercises', ['.yaml']),
    ...filesUnder('src/pages', ['.astro', '.mdx', '.md']),
    ...filesUnder('src/components', ['.astro', '.tsx']),
  ];
  it('covers lessons, glossary, modules, exercises and pages', () => {
    for (const dir of ['content/lessons/', 'content/glossary/', 'content/modules/', 'content/exercises/', 'src/pages/'])
      expect(
        nonQuizFiles.some((f) => f.startsWith(dir)),
        dir,
      ).toBe(true);
  });
  it('never talks about source articles in lessons, glossary, modules, exercises or pages', () => {
    expect(hitsIn(nonQuizFiles)).toEqual([]);
  });
  it('never talks about source articles in quizzes (questions, options and feedback)', () => {
    expect(hitsIn(filesUnder('content/quizzes', ['.yaml']))).toEqual([]);
  });
});
