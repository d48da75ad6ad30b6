// Each content rule, proved by breaking one thing in a small valid fixture course and pinning the message.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent, type CourseContent } from '../../../src/lib/content/check-content';
import { loadContentDir } from '../../helpers/load-content-dir';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'content');
const valid = () => structuredClone(loadContentDir(join(fixtures, 'valid')).content);
const Q = 'tests/fixtures/content/valid/quizzes/first-lesson.yaml';
const M = 'tests/fixtures/content/valid/modules/basics.yaml';
const L1 = 'tests/fixtures/content/valid/lessons/basics/first-lesson.mdx';
const L2 = 'tests/fixtures/content/valid/lessons/basics/second-lesson.mdx';
const MQ = 'tests/fixtures/content/valid/quizzes/module-basics.yaml';

function quiz(content: CourseContent, id = 'first-lesson') {
  return content.quizzes.find((q) => q.id === id)!.data;
}

describe('checkContent', () => {
  it('accepts the valid fixture course', () => {
    const loaded = loadContentDir(join(fixtures, 'valid'));
    expect(loaded.schemaIssues).toEqual([]);
    expect(checkContent(loaded.content)).toEqual([]);
  });

  it('rejects a single-answer question without exactly one correct option', () => {
    const content = valid();
    const q = quiz(content).questions[0]!;
    if (q.kind !== 'single') throw new Error('fixture changed');
    q.options[0]!.correct = true;
    expect(checkContent(content)).toEqual([
      `${Q}: question 'q-single' (single) has 2 correct options; exactly 1 expected`,
    ]);
  });

  it('rejects a multiple-answer question with no correct or no wrong option', () => {
    const content = valid();
    const q = quiz(content).questions[1]!;
    if (q.kind !== 'multiple') throw new Error('fixture changed');
    for (const option of q.options) option.correct = false;
    expect(checkContent(content)).toEqual([
      `${Q}: question 'q-multiple' (multiple) has no correct option; at least 1 expected`,
    ]);
    for (const option of q.options) option.correct = true;
    expect(checkContent(content)).toEqual([
      `${Q}: question 'q-multiple' (multiple) marks every option correct; at least 1 wrong option expected`,
    ]);
  });

  it('rejects duplicate question ids and duplicate option ids', () => {
    const content = valid();
    const questions = quiz(content).questions;
    questions[1]!.id = 'q-single';
    const multiple = questions[1]!;
    if (multiple.kind !== 'multiple') throw new Error('fixture changed');
    multiple.options[2]!.id = 'a';
    expect(checkContent(content)).toEqual([
      `${Q}: question id 'q-single' is used more than once`,
      `${Q}: question 'q-single' (multiple) has option id 'a' more than once`,
    ]);
  });

  it('rejects a lesson quiz, key term or exercise that does not exist', () => {
    const content = valid();
    const lesson = content.lessons.find((l) => l.id === 'first-lesson')!;
    lesson.data.quiz = 'no-such-quiz';
    lesson.data.keyTerms = ['fixture', 'no-such-term'];
    lesson.data.exercises = ['no-such-exercise'];
    expect(checkContent(content)).toEqual([
      `${L1}: quiz 'no-such-quiz' does not exist in content/quizzes/`,
      `${L1}: key term 'no-such-term' is not in the glossary (content/glossary/no-such-term.yaml)`,
      `${L1}: exercise 'no-such-exercise' does not exist in content/exercises/`,
    ]);
  });

  it('rejects a module that lists a missing lesson or a missing quiz', () => {
    const content = valid();
    content.modules[0]!.data.lessons.push('ghost-lesson');
    content.modules[0]!.data.quiz = 'ghost-quiz';
    expect(checkContent(content)).toEqual([
      `${M}: lesson 'ghost-lesson' does not exist (expected content/lessons/basics/ghost-lesson.mdx)`,
      `${M}: quiz 'ghost-quiz' does not exist in content/quizzes/`,
    ]);
  });

  it('rejects a lesson that no module lists, or that sits in another module folder', () => {
    const content = valid();
    content.modules[0]!.data.lessons = ['first-lesson'];
    expect(checkContent(content)).toEqual([
      `tests/fixtures/content/valid/lessons/basics/second-lesson.mdx: lesson 'second-lesson' is missing from the lessons list of content/modules/basics.yaml`,
    ]);
    const moved = valid();
    moved.lessons[0]!.moduleDir = 'elsewhere';
    expect(checkContent(moved)).toEqual([
      `${M}: lesson 'first-lesson' lives in content/lessons/elsewhere/, not in this module's folder 'basics'`,
      `${L1}: folder 'elsewhere' is not a module (no content/modules/elsewhere.yaml)`,
    ]);
  });

  it('rejects a lesson listed twice, two modules with the same order and duplicate lesson file names', () => {
    const content = valid();
    content.modules[0]!.data.lessons.push('first-lesson');
    content.modules.push({ ...structuredClone(content.modules[0]!), id: 'other', file: 'content/modules/other.yaml' });
    content.modules[1]!.data.lessons = [];
    content.lessons.push({
      ...structuredClone(content.lessons[0]!),
      file: 'content/lessons/basics/copy/first-lesson.mdx',
    });
    const issues = checkContent(content);
    expect(issues).toContain(
      `${M}, content/modules/other.yaml: modules share order 1; each module needs its own position`,
    );
    expect(issues).toContain(`${M}: lesson 'first-lesson' is listed more than once`);
    expect(issues).toContain(
      `${L1}, content/lessons/basics/copy/first-lesson.mdx: lesson id 'first-lesson' is used by more than one file; lesson file names must be unique`,
    );
  });

  it('rejects an objective id used twice, in one lesson or across lessons', () => {
    const content = valid();
    const [first, second] = content.lessons;
    first!.data.objectives.push({ id: 'recognise-fixture-again', text: 'Recognise the fixture a second time.' });
    expect(checkContent(content)).toEqual([
      `${L1}, ${L2}: objective id 'recognise-fixture-again' is used more than once; objective ids must be unique course-wide`,
    ]);
    second!.data.objectives = [{ id: 'recognise-fixture', text: 'Recognise a fixture lesson when you see one.' }];
    expect(checkContent(content)).toContain(
      `${L1}, ${L2}: objective id 'recognise-fixture' is used more than once; objective ids must be unique course-wide`,
    );
  });

  it('rejects an item whose objective does not exist', () => {
    const content = valid();
    quiz(content).questions[2]!.objective = 'no-such-objective';
    expect(checkContent(content)).toEqual([
      `${Q}: question 'q-true-false' (true-false) objective 'no-such-objective' is not an objective of any lesson`,
    ]);
  });

  it("rejects a lesson-quiz item that measures another lesson's objective", () => {
    const content = valid();
    quiz(content).questions[0]!.objective = 'recognise-fixture-again';
    expect(checkContent(content)).toEqual([
      `${Q}: question 'q-single' (single) objective 'recognise-fixture-again' belongs to lesson 'second-lesson'; this quiz is lesson 'first-lesson''s own`,
    ]);
  });

  it('rejects a module-quiz item that measures an objective of a lesson outside the module', () => {
    const content = valid();
    const other = structuredClone(content.modules[0]!);
    content.modules.push({
      ...other,
      id: 'other',
      file: 'content/modules/other.yaml',
      data: { ...other.data, order: 2, lessons: ['second-lesson'], quiz: undefined },
    });
    content.modules[0]!.data.lessons = ['first-lesson'];
    content.lessons[1]!.moduleDir = 'other';
    expect(checkContent(content)).toEqual([
      `${MQ}: question 'q-multiple' (multiple) objective 'recognise-fixture-again' belongs to lesson 'second-lesson', which is not in module 'basics' whose quiz this is`,
      `${MQ}: question 'q-true-false' (true-false) objective 'recognise-fixture-again' belongs to lesson 'second-lesson', which is not in module 'basics' whose quiz this is`,
    ]);
  });

  it('rejects a lesson objective that no item measures', () => {
    const content = valid();
    content.lessons[0]!.data.objectives.push({ id: 'explain-fixture', text: 'Explain what a fixture is for.' });
    expect(checkContent(content)).toEqual([
      `${L1}: objective 'explain-fixture' is measured by no quiz item (name it in an item's objective)`,
    ]);
  });

  it('rejects glossary cross-references to missing terms or to the term itself', () => {
    const content = valid();
    content.glossary[0]!.data.related = ['fixture', 'nothing-here'];
    const file = content.glossary[0]!.file;
    const id = content.glossary[0]!.id;
    expect(checkContent(content)).toEqual(
      [
        id === 'fixture' ? `${file}: term 'fixture' lists itself as related` : undefined,
        `${file}: related term 'nothing-here' is not in the glossary`,
      ].filter(Boolean),
    );
  });
});

describe('schemas', () => {
  it('name the file and the field of every schema error', () => {
    const { schemaIssues } = loadContentDir(join(fixtures, 'invalid-schema'));
    const M2 = 'tests/fixtures/content/invalid-schema/modules/broken.yaml';
    expect(schemaIssues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${M2}: order: .*`)),
        expect.stringMatching(new RegExp(`^${M2}: minutes: .*`)),
        expect.stringMatching(new RegExp(`^${M2}: \\(root\\): .*colour`)),
        expect.stringMatching(/^tests\/fixtures\/content\/invalid-schema\/quizzes\/broken.yaml: questions\.0\.kind: /),
        expect.stringMatching(
          /^tests\/fixtures\/content\/invalid-schema\/quizzes\/no-objective.yaml: questions\.0\.objective: /,
        ),
      ]),
    );
  });
});

describe('case sets', () => {
  const Q2 = 'tests/fixtures/content/valid/quizzes/second-lesson.yaml';
  const second = (content: CourseContent) => quiz(content, 'second-lesson');

  it('rejects an item naming a case the quiz does not declare', () => {
    const content = valid();
    second(content).questions[0]!.case = 'no-such-case';
    expect(checkContent(content)).toEqual([
      `${Q2}: question 'q-single' field 'case' names 'no-such-case', which is not among the quiz's cases`,
    ]);
  });

  it('rejects a case with fewer than two items', () => {
    const content = valid();
    second(content).questions[1]!.case = undefined;
    expect(checkContent(content)).toEqual([
      `${Q2}: case 'fixture-case' has 1 question(s); a case set needs at least 2`,
    ]);
  });

  it('rejects a case whose items are not together in the file', () => {
    const content = valid();
    const questions = second(content).questions;
    questions.splice(1, 0, questions.shift()!);
    expect(checkContent(content)).toEqual([
      `${Q2}: question 'q-true-false' field 'case' ('fixture-case') is separated from the case's earlier questions by 'q-single'; keep a case's questions together`,
    ]);
  });

  it('rejects two cases with one id', () => {
    const content = valid();
    const data = second(content);
    data.cases!.push({ ...data.cases![0]! });
    expect(checkContent(content)).toEqual([`${Q2}: case id 'fixture-case' is used more than once`]);
  });
});
