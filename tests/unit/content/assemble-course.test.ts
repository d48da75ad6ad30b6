// The one course assembly (build and tests): order, resolution, cross-checks, and the module quiz walk.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCourse, CourseContentError } from '../../../src/lib/content/assemble-course';
import { moduleQuizzes } from '../../../src/lib/content/course';
import { assembleContentDir, courseContentDir, loadContentDir } from '../../helpers/load-content-dir';

const validDir = join(import.meta.dirname, '..', '..', 'fixtures', 'content', 'valid');
const sources = () => structuredClone(loadContentDir(validDir).sources);

describe('assembleCourse', () => {
  it('orders modules and lessons, links neighbours and resolves quizzes', () => {
    const course = assembleCourse(sources());
    expect(course.modules.map((m) => [m.id, m.number])).toEqual([['basics', 1]]);
    const [first, second] = course.lessons;
    expect(course.lessons.map((l) => [l.id, l.index, l.module.id])).toEqual([
      ['first-lesson', 0, 'basics'],
      ['second-lesson', 1, 'basics'],
    ]);
    expect([first?.previous, first?.next?.id, second?.previous?.id, second?.next]).toEqual([
      undefined,
      'second-lesson',
      'first-lesson',
      undefined,
    ]);
    expect(first?.data.title).toBe('The first-lesson');
    expect(first?.quiz?.id).toBe('first-lesson');
    expect(course.modules[0]?.quiz?.id).toBe('module-basics');
    expect(first?.readingMinutes).toBe(1);
    expect(first?.hasKeyTakeaways).toBe(false);
  });

  it('orders modules by their order field, not by file order', () => {
    const input = sources();
    const basics = input.modules[0]!;
    input.modules.unshift({ ...structuredClone(basics), id: 'later', file: 'm/later.yaml' });
    input.modules[0]!.data = { ...basics.data, order: 2, lessons: ['third'], quiz: undefined };
    const third = { ...structuredClone(input.lessons[0]!), id: 'third', moduleDir: 'later', body: '<KeyTakeaways>' };
    input.lessons.push(third);
    input.lessons.at(-1)!.data.quiz = undefined;
    // A copy of the first lesson's objectives would be a duplicate id with no item of its own.
    input.lessons.at(-1)!.data.objectives = [];
    const course = assembleCourse(input);
    expect(course.modules.map((m) => `${m.number}:${m.id}`)).toEqual(['1:basics', '2:later']);
    expect(course.lessons.map((l) => l.id)).toEqual(['first-lesson', 'second-lesson', 'third']);
    expect(course.lessons[1]?.next?.id).toBe('third');
    expect(course.lessons[2]?.hasKeyTakeaways).toBe(true);
  });

  it('sorts the glossary by term and says where each term is used', () => {
    const course = assembleCourse(sources());
    expect(course.glossary.map((g) => [g.term, g.usedIn.map((l) => l.id)])).toEqual([
      ['Fixture', ['first-lesson', 'second-lesson']],
      ['Golden file', []],
    ]);
  });

  it('fails with every cross-file problem listed', () => {
    const input = sources();
    input.modules[0]!.data.lessons.push('ghost');
    input.lessons[0]!.data.exercises = ['no-such-exercise'];
    let error: unknown;
    try {
      assembleCourse(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CourseContentError);
    expect((error as CourseContentError).issues).toHaveLength(2);
    expect((error as Error).message).toMatch(/^The course content has 2 problem\(s\):\n- .*ghost.*\n- .*no-such/);
  });

  it('assembles the real course', () => {
    const course = assembleContentDir(courseContentDir);
    expect(course.lessons.length).toBeGreaterThan(0);
    expect(course.lessons.every((l) => l.module.lessons.includes(l))).toBe(true);
    expect(course.exercises.size).toBeGreaterThan(0);
  });
});

describe('moduleQuizzes', () => {
  const quiz = (id: string) => ({ id });
  it('lists lesson quizzes in reading order, then the module quiz, each quiz once', () => {
    const a = { id: 'a', quiz: quiz('qa') };
    const b = { id: 'b', quiz: undefined };
    const c = { id: 'c', quiz: quiz('qa') };
    const d = { id: 'd', quiz: quiz('qd') };
    const places = moduleQuizzes({ lessons: [a, b, c, d], quiz: quiz('qd') });
    expect(places.map((p) => [p.quiz.id, p.lesson?.id])).toEqual([
      ['qa', 'a'],
      ['qd', 'd'],
    ]);
    const moduleOnly = moduleQuizzes({ lessons: [b], quiz: quiz('qm') });
    expect(moduleOnly.map((p) => [p.quiz.id, p.lesson])).toEqual([['qm', undefined]]);
  });

  it('lists a quiz shared by two modules once when the walk shares its seen set', () => {
    const seen = new Set<string>();
    const first = moduleQuizzes({ lessons: [{ quiz: quiz('shared') }], quiz: quiz('m1') }, seen);
    const second = moduleQuizzes({ lessons: [{ quiz: quiz('own') }], quiz: quiz('shared') }, seen);
    expect([first, second].map((places) => places.map((p) => p.quiz.id))).toEqual([['shared', 'm1'], ['own']]);
  });
});
