// The real course content passes every schema and cross-file rule (the build enforces the same).
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { courseContentDir, loadContentDir } from '../../helpers/load-content-dir';

const { content, schemaIssues, texts } = loadContentDir(courseContentDir);

describe('course content', () => {
  it('has at least one module with lessons', () => {
    expect(content.modules.length).toBeGreaterThan(0);
    expect(content.lessons.length).toBeGreaterThan(0);
  });
  it('matches every schema', () => {
    expect(schemaIssues).toEqual([]);
  });
  it('passes every cross-file rule', () => {
    expect(checkContent(content)).toEqual([]);
  });
  it('gives every lesson a quiz of at least 5 questions, and every module quiz at least 10', () => {
    const quizzes = new Map(content.quizzes.map((q) => [q.id, q.data]));
    for (const lesson of content.lessons) {
      expect(lesson.data.quiz, `${lesson.file} has no quiz`).toBeDefined();
      expect(quizzes.get(lesson.data.quiz!)?.questions.length ?? 0, `${lesson.file} quiz`).toBeGreaterThanOrEqual(5);
    }
    for (const module of content.modules) {
      expect(module.data.quiz, `${module.file} has no module quiz`).toBeDefined();
      expect(quizzes.get(module.data.quiz!)?.questions.length ?? 0, `${module.file} quiz`).toBeGreaterThanOrEqual(10);
    }
  });
  it('gives every Markdown table header cell a label (an empty header fails accessibility checks)', () => {
    const empty = [...texts]
      .filter(([file]) => file.endsWith('.mdx'))
      .flatMap(([file, text]) =>
        text
          .split('\n')
          .map((line, i, lines) => ({ line, next: lines[i + 1] ?? '', n: i + 1 }))
          .filter(({ line, next }) => /^\|/.test(line) && /^\|[\s:|-]+\|\s*$/.test(next) && /\|\s*\|/.test(line))
          .map(({ n }) => `${file}:${n}`),
      );
    expect(empty).toEqual([]);
  });
  it('links every glossary term from at least one lesson (key terms or <Term> in the body)', () => {
    const used = new Set(content.lessons.flatMap((l) => l.data.keyTerms));
    for (const [file, text] of texts)
      if (file.endsWith('.mdx')) for (const m of text.matchAll(/<Term id="([^"]+)"/g)) used.add(m[1]!);
    expect(content.glossary.map((g) => g.id).filter((id) => !used.has(id))).toEqual([]);
    expect(content.glossary.length).toBeGreaterThanOrEqual(40);
  });
});
