// The item-bank figures on small hand-made banks, where every count can be checked by eye.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/quiz';
import {
  correctSlotCounts,
  feedbackWithoutReason,
  guesserAnswers,
  guesserResults,
  itemBankGates,
  multipleStats,
  reasonWords,
  similarStems,
  singleLengthStats,
  stemSimilarity,
  trueFalseStats,
  type BankQuiz,
} from '../../../src/lib/quiz/item-bank-stats';

const why = 'because the lesson explains this reason clearly';
const opt = (id: string, text: string, correct: boolean, feedback = `${id} is so ${why}`) => ({
  id,
  text,
  correct,
  feedback,
});
const single = (
  id: string,
  texts: string[],
  correctIndex: number,
  stem = `Stem of ${id} about topic ${id}`,
): Question => ({
  kind: 'single',
  objective: 'fixture-objective',
  id,
  stem,
  explanation: 'Explained at length.',
  options: texts.map((t, i) => opt('abcd'[i]!, t, i === correctIndex)),
});
const tf = (id: string, answer: boolean, stem = `Statement ${id} about subject ${id}`): Question => ({
  kind: 'true-false',
  objective: 'fixture-objective',
  id,
  stem,
  explanation: 'Explained at length.',
  answer,
  feedbackTrue: `True is wrong or right ${why}`,
  feedbackFalse: `False is wrong or right ${why}`,
});
const multi = (id: string, correct: boolean[], stem = `Tick all for ${id} on matter ${id}`): Question => ({
  kind: 'multiple',
  objective: 'fixture-objective',
  id,
  stem,
  explanation: 'Explained at length.',
  options: correct.map((c, i) => opt('abcdef'[i]!, `Choice ${'x'.repeat(i + 1)}`, c)),
});
const bankOf = (...questions: Question[]): BankQuiz[] => [
  { quizId: 'qz', quiz: { title: 'Quiz', passPercent: 70, questions } },
];

describe('single-answer length figures', () => {
  it('counts items whose correct option is strictly longer than every wrong one, and mean lengths', () => {
    const bank = bankOf(single('q1', ['aaaa', 'bb', 'cc', 'dd'], 0), single('q2', ['aa', 'bb', 'cc', 'dd'], 1));
    const stats = singleLengthStats(bank);
    expect(stats.items).toBe(2);
    expect(stats.correctStrictlyLongest).toEqual(['qz/q1']); // q2 ties, so it does not count
    expect(stats.meanCorrectLength).toBe(3);
    expect(stats.meanWrongLength).toBe(2);
  });
});

describe('select-all and true/false figures', () => {
  it('counts first-option-correct items and the share of correct options', () => {
    const stats = multipleStats(bankOf(multi('m1', [true, false, true]), multi('m2', [false, true, false, false])));
    expect(stats.firstCorrect).toEqual(['qz/m1']);
    expect([stats.correctOptions, stats.options]).toEqual([3, 7]);
  });
  it('counts true statements', () => {
    expect(trueFalseStats(bankOf(tf('t1', true), tf('t2', false), tf('t3', false)))).toEqual({
      items: 3,
      trueItems: 1,
    });
  });
});

describe('correct slot counts', () => {
  it('counts 4-option items by the slot of the correct option, in authored or a given order', () => {
    const bank = bankOf(
      single('q1', ['a', 'b', 'c', 'd'], 0),
      single('q2', ['a', 'b', 'c', 'd'], 3),
      single('q3', ['a', 'b', 'c'], 1),
    );
    expect(correctSlotCounts(bank, 'authored')).toEqual([1, 0, 0, 1]);
    const reversed = (q: Question) => (q.kind === 'single' ? [...q.options].reverse() : []);
    expect(correctSlotCounts(bank, reversed)).toEqual([1, 0, 0, 1].reverse());
  });
});

describe('near-duplicate stems', () => {
  it('scores shared content words, ignoring framing words and case', () => {
    expect(stemSimilarity('Which is the inside-out error?', 'The INSIDE-OUT error: which is it?')).toBe(1);
    expect(stemSimilarity('Budget for a bakery', 'Reach of a podcast')).toBe(0);
  });
  it('lists pairs at or above the threshold', () => {
    const bank = bankOf(
      single('q1', ['a', 'b', 'c', 'd'], 0, 'A café sets its budget by the objective and task method'),
      single('q2', ['a', 'b', 'c', 'd'], 0, 'A café sets its budget by the percentage of sales method'),
      single('q3', ['a', 'b', 'c', 'd'], 0, 'Which channel reaches commuters on trains'),
    );
    expect(similarStems(bank, 0.5).map((p) => [p.a, p.b])).toEqual([['qz/q1', 'qz/q2']]);
  });
});

describe('feedback that gives a reason', () => {
  it('counts words after a leading verdict', () => {
    expect(reasonWords('Correct.')).toBe(0);
    expect(reasonWords('Not quite. Reach counts people, not exposures.')).toBe(5);
    expect(reasonWords('Right, because it is owned.')).toBe(4);
  });
  it('lists options whose feedback is only a verdict', () => {
    const q = single('q1', ['a', 'b', 'c', 'd'], 0);
    if (q.kind === 'single') q.options[2]!.feedback = 'Incorrect.';
    expect(feedbackWithoutReason(bankOf(q), 6)).toEqual(['qz/q1/c']);
  });
});

describe('the guesser who never reads', () => {
  it('picks the longest, answers False and ticks all but the shortest', () => {
    const quiz = bankOf(
      single('q1', ['short', 'the longest one', 'mid one', 'x'], 2),
      tf('t1', true),
      multi('m1', [true, false, true]),
    )[0]!.quiz;
    expect(guesserAnswers(quiz, 'qz', (q) => (q.kind === 'single' || q.kind === 'multiple' ? q.options : []))).toEqual({
      q1: ['b'],
      t1: ['false'],
      m1: ['b', 'c'],
    });
  });
  it('passes a quiz built on the patterns, and fails one that avoids them', () => {
    const patterned = bankOf(
      single('q1', ['a', 'the long right answer', 'b', 'c'], 1),
      tf('t1', false),
      multi('m1', [false, true, true]),
    );
    expect(guesserResults(patterned)[0]).toMatchObject({ percent: 100, passed: true });
    const balanced = bankOf(
      single('q1', ['a long wrong answer', 'right', 'b', 'c'], 1),
      tf('t1', true),
      multi('m1', [true, false, false]),
    );
    expect(guesserResults(balanced)[0]).toMatchObject({ percent: 0, passed: false });
  });
});

describe('the gates', () => {
  it('fail on a bank built on every pattern, naming the offenders', () => {
    const gates = itemBankGates(
      bankOf(
        single('q1', ['a', 'the long right answer', 'b', 'c'], 1),
        tf('t1', false),
        multi('m1', [true, true, false]),
      ),
    );
    const failing = gates.filter((g) => !g.pass).map((g) => g.name);
    expect(failing).toContain('single-answer: correct option strictly the longest');
    expect(failing).toContain('true/false: share of true statements');
    expect(failing).toContain('select-all: first authored option correct');
    expect(gates.find((g) => g.name.startsWith('single-answer: correct option'))?.offenders).toEqual(['qz/q1']);
  });
});
