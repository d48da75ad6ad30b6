import { describe, expect, it } from 'vitest';
import { answerKeyPlan, bookGlossary, readingPlan } from '../../../src/lib/print/book-plan';
import { assembleContentDir, courseContentDir } from '../../helpers/load-content-dir';

const course = assembleContentDir(courseContentDir);
const [first] = course.modules;
if (!first) throw new Error('the course has no module');

const unique = (values: string[]) => new Set(values).size === values.length;

describe('readingPlan', () => {
  it('the course book: a part per module, its lessons under it, the glossary last; ids and first lines unique', () => {
    const plan = readingPlan(course.modules, course.glossary.length);
    expect(plan).toHaveLength(course.modules.length + course.lessons.length + 1);
    expect(plan[0]).toMatchObject({ id: `module-${first.id}`, firstLine: 'Module 1', depth: 1 });
    expect(plan[1]).toMatchObject({ firstLine: 'Module 1 · Lesson 1', depth: 2 });
    expect(plan.at(-1)).toEqual({
      id: 'glossary',
      title: 'Glossary',
      firstLine: `Glossary · ${course.glossary.length} terms`,
      depth: 1,
    });
    expect(unique(plan.map((s) => s.id))).toBe(true);
    expect(unique(plan.map((s) => s.firstLine))).toBe(true);
  });

  it('a module book has no part openers, and no glossary without terms', () => {
    const plan = readingPlan([first], 0);
    expect(plan.map((s) => s.id)).toEqual(first.lessons.map((l) => `lesson-${l.id}`));
    expect(plan.every((s) => s.depth === 1)).toBe(true);
  });
});

describe('bookGlossary', () => {
  it("a module book keeps the module's key terms, the course book every term", () => {
    const terms = bookGlossary([first], course.glossary, false);
    const keyTerms = new Set(first.lessons.flatMap((l) => l.data.keyTerms));
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((t) => keyTerms.has(t.id))).toBe(true);
    expect(terms).toHaveLength(keyTerms.size);
    expect(bookGlossary([first], course.glossary, true)).toHaveLength(course.glossary.length);
  });
});

describe('answerKeyPlan', () => {
  it('lists every quiz of the course once, each with a first line of its own', () => {
    const plan = answerKeyPlan(course.modules);
    const quizSections = plan.filter((s) => s.id.startsWith('key-'));
    expect(quizSections).toHaveLength(course.quizzes.size);
    expect(plan.filter((s) => s.depth === 1)).toHaveLength(course.modules.length);
    expect(unique(plan.map((s) => s.id))).toBe(true);
    expect(unique(plan.map((s) => s.firstLine))).toBe(true);
  });

  it("one module's key: its quizzes in the module's order, numbered", () => {
    const plan = answerKeyPlan([first]);
    expect(plan[0]?.firstLine).toBe(`Module 1 · Quiz 1 of ${plan.length}`);
    expect(plan.every((s) => s.depth === 1)).toBe(true);
  });
});
