import { describe, expect, it } from 'vitest';
import {
  parse,
  type GIFTQuestion,
  type Matching,
  type MultipleChoice,
  type Numerical,
  type NumericalChoice,
  type TrueFalse,
} from 'gift-pegjs';
import {
  courseToGift,
  giftQuestionName,
  giftStem,
  moduleCategoryName,
  moduleToGift,
} from '../../../src/lib/export/to-gift';
import { escapeGiftText, giftCategorySegment, giftWeight } from '../../../src/lib/export/gift-text';
import type { ExportCourse } from '../../../src/lib/export/export-course';
import { moduleQuizzes } from '../../../src/lib/content/course';
import type { Question } from '../../../src/schemas/quiz';
import { smallCourse } from '../../fixtures/export/small-course';
import { specialCourse, NASTY } from '../../fixtures/export/special-course';
import { loadRealExportCourse } from './real-course';
import { readGolden } from './golden';

const oneLine = (text: string) => text.trim().replace(/\s*[\r\n]+\s*/g, ' ');

/** Parses a GIFT file and checks every question comes back with the same text, answers, weights and feedback. */
function expectRoundTrip(course: ExportCourse, gift: string, moduleIds = course.modules.map((m) => m.id)) {
  const parsed = parse(gift);
  const expected = course.modules.filter((m) => moduleIds.includes(m.id));
  const expectedItems = expected.flatMap((module) => [
    { category: moduleCategoryName(module) },
    ...moduleQuizzes(module).flatMap(({ quiz }) =>
      quiz.questions.map((question) => ({
        name: giftQuestionName(quiz, question),
        question,
        stem: giftStem(quiz, question),
      })),
    ),
  ]);
  expect(parsed).toHaveLength(expectedItems.length);
  expectedItems.forEach((item, index) => {
    const got = parsed[index] as GIFTQuestion;
    if ('category' in item) {
      expect(got.type).toBe('Category');
      // Category lines are not escaped; '/' in a name is doubled.
      expect(got.title).toBe(`$course$/top/${giftCategorySegment(course.title)}/${giftCategorySegment(item.category)}`);
      return;
    }
    expectQuestion(got, item.name, item.question, item.stem);
  });
}

function expectQuestion(got: GIFTQuestion, name: string, question: Question, stem = question.stem) {
  expect(got.type).not.toBe('Category');
  if (got.type === 'Category' || got.type === 'Description') throw new Error('unexpected item');
  expect(got.title).toBe(name);
  expect(got.stem).toEqual({ format: 'plain', text: oneLine(stem) });
  if (!('globalFeedback' in got)) throw new Error('no general feedback');
  expect(got.globalFeedback).toEqual({ format: 'plain', text: oneLine(question.explanation) });
  if (question.kind === 'true-false') {
    expect(got.type).toBe('TF');
    const tf = got as TrueFalse;
    expect(tf.isTrue).toBe(question.answer);
    // gift-pegjs names the first '#' trueFeedback; Moodle shows it for a WRONG answer.
    const [wrong, right] = question.answer
      ? [question.feedbackFalse, question.feedbackTrue]
      : [question.feedbackTrue, question.feedbackFalse];
    expect(tf.trueFeedback?.text).toBe(oneLine(wrong));
    expect(tf.falseFeedback?.text).toBe(oneLine(right));
    return;
  }
  if (question.kind === 'numeric') {
    expect(got.type).toBe('Numerical');
    const numerical = got as Numerical;
    const choices = numerical.choices as NumericalChoice[];
    expect(choices.map((c) => [c.weight, c.text])).toEqual([
      [100, { type: 'range', number: question.answer, range: question.tolerance }],
      ...question.mistakes.map((m) => [0, { type: 'range', number: m.value, range: question.tolerance }]),
    ]);
    expect(choices.map((c) => c.feedback?.text)).toEqual(
      [question.feedbackCorrect, ...question.mistakes.map((m) => m.feedback)].map(oneLine),
    );
    return;
  }
  if (question.kind === 'matching') {
    expect(got.type).toBe('Matching');
    const matching = got as Matching;
    expect(matching.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual(
      question.pairs.map((p) => [oneLine(p.left), oneLine(p.right)]),
    );
    return;
  }
  expect(got.type).toBe('MC');
  const mc = got as MultipleChoice;
  expect(mc.choices.map((c) => c.text.text)).toEqual(question.options.map((o) => oneLine(o.text)));
  expect(mc.choices.map((c) => c.feedback?.text)).toEqual(question.options.map((o) => oneLine(o.feedback)));
  if (question.kind === 'single') {
    expect(mc.choices.map((c) => c.isCorrect)).toEqual(question.options.map((o) => o.correct));
    expect(mc.choices.every((c) => c.weight === null)).toBe(true);
    return;
  }
  // Multiple: no '=' (so Moodle allows several ticks), correct weights sum to +100, wrong to -100.
  expect(mc.choices.every((c) => !c.isCorrect)).toBe(true);
  const weights = mc.choices.map((c) => Number(c.weight));
  for (const [i, option] of question.options.entries()) expect(weights[i]! > 0).toBe(option.correct);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  expect(sum(weights.filter((w) => w > 0))).toBeCloseTo(100, 3);
  if (question.options.some((o) => !o.correct)) expect(sum(weights.filter((w) => w < 0))).toBeCloseTo(-100, 3);
}

describe('escapeGiftText', () => {
  it.each([
    ['\\', '\\\\'],
    ['~', '\\~'],
    ['=', '\\='],
    ['#', '\\#'],
    ['{', '\\{'],
    ['}', '\\}'],
    [':', '\\:'],
  ])('escapes %s', (raw, escaped) => {
    expect(escapeGiftText(`a${raw}b`)).toBe(`a${escaped}b`);
  });

  it('escapes the backslash before the characters it then protects', () => {
    expect(escapeGiftText('\\=')).toBe('\\\\\\=');
    expect(escapeGiftText('\\\\')).toBe('\\\\\\\\');
  });

  it('leaves accents, emoji and other punctuation alone', () => {
    expect(escapeGiftText('Café 🎉 & <b> "q" 50% $x //')).toBe('Café 🎉 & <b> "q" 50% $x //');
  });

  it('turns line breaks and blank lines into single spaces, since a blank line ends a question', () => {
    expect(escapeGiftText('one\n\n  two\r\nthree')).toBe('one two three');
  });
});

describe('GIFT helpers', () => {
  it('writes a category name with "/" doubled and nothing escaped', () => {
    expect(giftCategorySegment('Planning: a/b {x}')).toBe('Planning: a//b {x}');
  });

  it('writes weights Moodle matches to its grade list', () => {
    expect([100, 50, 100 / 3, 25, 20, 100 / 6, 100 / 7, 12.5, -100 / 3, -50].map(giftWeight)).toEqual([
      '100',
      '50',
      '33.33333',
      '25',
      '20',
      '16.66667',
      '14.28571',
      '12.5',
      '-33.33333',
      '-50',
    ]);
  });
});

describe('courseToGift / moduleToGift', () => {
  it('parses back to the same questions, answers, weights and feedback (every special character, accents, emoji)', () => {
    expectRoundTrip(specialCourse, courseToGift(specialCourse));
  });

  it('leaves no special character unescaped inside any answer line (the parser cannot see a stray "=")', () => {
    const gift = courseToGift(specialCourse);
    const answerLines = gift.split('\n').filter((line) => /^\t[=~]|^\t(TRUE|FALSE) /.test(line));
    expect(answerLines.length).toBeGreaterThan(20);
    for (const line of answerLines) {
      const body = line.replace(/^\t(=|~%-?[\d.]+%|~|TRUE|FALSE)/, '');
      // Remove escaped pairs, then the only specials left must be the feedback markers ' #'.
      const unescaped = body.replace(/\\[\\~=#{}:]/g, '').replace(/ #/g, '');
      expect(unescaped, line).not.toMatch(/[\\~=#{}:]/);
    }
    expect(gift).toContain(escapeGiftText(NASTY));
  });

  it('writes one category per module and the module bank holds only that module', () => {
    const course: ExportCourse = { ...smallCourse };
    const gift = moduleToGift(course, course.modules[1]!);
    expectRoundTrip(course, gift, ['planning']);
    expect(gift).not.toContain('what-is-imc/');
    expect(courseToGift(course).match(/^\$CATEGORY: /gm)).toHaveLength(2);
  });

  it('round-trips the real course content, whole and per module', () => {
    const course = loadRealExportCourse();
    expectRoundTrip(course, courseToGift(course));
    for (const module of course.modules) expectRoundTrip(course, moduleToGift(course, module), [module.id]);
  });

  it("puts a case's title and scenario before the stem of each of its items", () => {
    const gift = courseToGift(smallCourse);
    const parsed = parse(gift).filter((q) => q.type !== 'Category' && q.title?.startsWith('module-planning/q-bakery'));
    expect(parsed).toHaveLength(2);
    for (const q of parsed)
      expect('stem' in q && q.stem.text).toMatch(
        /^Case: A bakery opens\. A bakery opens a second shop across town\. It has a budget for one month of local promotion\. /,
      );
  });

  it('matches the golden file for the small fixture course', () => {
    const gift = courseToGift(smallCourse);
    expect(gift).toBe(readGolden('small-course.gift.txt', gift));
  });
});
