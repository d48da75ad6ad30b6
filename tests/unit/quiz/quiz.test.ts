import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '../../../src/schemas/quiz';
import { displayOptions, gradeQuestion, isAnswered, questionOptions, choiceMode } from '../../../src/lib/quiz/kinds';
import { gradeQuiz, keepCorrectAnswers } from '../../../src/lib/quiz/grade-quiz';
import { seededShuffle, hashSeed } from '../../../src/lib/quiz/seeded-shuffle';

const option = (id: string, correct: boolean) => ({
  id,
  text: `Option ${id}`,
  correct,
  feedback: `Feedback for ${id}`,
});
const single: Question = {
  kind: 'single',
  objective: 'fixture-objective',
  id: 'q-single',
  stem: 'Pick one',
  explanation: 'Because.',
  options: [option('a', false), option('b', true), option('c', false), option('d', false)],
};
const multiple: Question = {
  kind: 'multiple',
  objective: 'fixture-objective',
  id: 'q-multi',
  stem: 'Pick all',
  explanation: 'Because.',
  options: [option('a', true), option('b', false), option('c', true), option('d', false)],
};
const trueFalse: Question = {
  kind: 'true-false',
  objective: 'fixture-objective',
  id: 'q-tf',
  stem: 'Is it?',
  explanation: 'Because.',
  answer: false,
  feedbackTrue: 'No, false.',
  feedbackFalse: 'Yes, false.',
};
const quiz: Quiz = { title: 'T', passPercent: 70, questions: [single, multiple, trueFalse] };

describe('grading one question', () => {
  it('gives single-answer questions 1 for the correct option only', () => {
    expect(gradeQuestion(single, ['b'])).toBe(1);
    expect(gradeQuestion(single, ['a'])).toBe(0);
    expect(gradeQuestion(single, [])).toBe(0);
    expect(gradeQuestion(single, ['a', 'b'])).toBe(0); // a tampered answer with two picks is not right
  });
  it('maps true-false to options "true" and "false" with their own feedback', () => {
    expect(questionOptions(trueFalse)).toEqual([
      { id: 'true', text: 'True', correct: false, feedback: 'No, false.' },
      { id: 'false', text: 'False', correct: true, feedback: 'Yes, false.' },
    ]);
    expect(gradeQuestion(trueFalse, ['false'])).toBe(1);
    expect(gradeQuestion(trueFalse, ['true'])).toBe(0);
  });
  it('gives multiple-answer questions partial credit: right ticks minus wrong ticks over correct options, floored at 0', () => {
    expect(gradeQuestion(multiple, ['a', 'c'])).toBe(1);
    expect(gradeQuestion(multiple, ['a'])).toBe(0.5);
    expect(gradeQuestion(multiple, ['a', 'b'])).toBe(0);
    expect(gradeQuestion(multiple, ['a', 'c', 'b'])).toBe(0.5);
    expect(gradeQuestion(multiple, ['a', 'b', 'c', 'd'])).toBe(0);
    expect(gradeQuestion(multiple, ['b', 'd'])).toBe(0);
  });
  it('ignores unknown option ids', () => {
    expect(gradeQuestion(multiple, ['a', 'c', 'zzz'])).toBe(1);
    expect(isAnswered(single, ['zzz'])).toBe(false);
    expect(isAnswered(single, ['a'])).toBe(true);
    expect(isAnswered(multiple, undefined)).toBe(false);
  });
  it('uses radios for one-answer kinds and checkboxes for multiple', () => {
    expect([single, multiple, trueFalse].map(choiceMode)).toEqual(['one', 'many', 'one']);
  });
});

describe('shuffling', () => {
  it('is deterministic for a seed and keeps every option', () => {
    const first = displayOptions(single, 'quiz-a').map((o) => o.id);
    expect(displayOptions(single, 'quiz-a').map((o) => o.id)).toEqual(first);
    expect([...first].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('gives different orders for different seeds, and reaches every position', () => {
    const orders = new Set<string>();
    const correctPositions = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const ids = displayOptions(single, `seed-${i}`).map((o) => o.id);
      orders.add(ids.join(''));
      correctPositions.add(ids.indexOf('b'));
    }
    expect(orders.size).toBeGreaterThan(15); // 24 permutations exist
    expect([...correctPositions].sort()).toEqual([0, 1, 2, 3]);
  });
  it('is roughly uniform (no position gets the first item more than twice its share)', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[seededShuffle([0, 1, 2, 3], `s${i}`).indexOf(0)]!++;
    for (const c of counts) {
      expect(c).toBeGreaterThan(500);
      expect(c).toBeLessThan(2000);
    }
  });
  it('brings a fresh order on each attempt, the same for a given attempt', () => {
    const orderOf = (attempt: number) =>
      displayOptions(single, 'quiz-a', attempt)
        .map((o) => o.id)
        .join('');
    expect(orderOf(1)).toBe(
      displayOptions(single, 'quiz-a')
        .map((o) => o.id)
        .join(''),
    ); // attempt 1 by default
    expect(orderOf(3)).toBe(orderOf(3));
    const orders = new Set(Array.from({ length: 12 }, (_, i) => orderOf(i + 1)));
    expect(orders.size).toBeGreaterThan(5);
  });
  it('never shuffles true-false', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e'])
      expect(displayOptions(trueFalse, seed).map((o) => o.id)).toEqual(['true', 'false']);
  });
  it('hashes strings to 32-bit seeds', () => {
    expect(hashSeed('abc')).toBe(hashSeed('abc'));
    expect(hashSeed('abc')).not.toBe(hashSeed('abd'));
    expect(hashSeed('')).toBeGreaterThanOrEqual(0);
  });
});

describe('grading a quiz', () => {
  it('sums scores, computes the percentage and the pass mark, and lists what was missed', () => {
    const result = gradeQuiz(quiz, { 'q-single': ['b'], 'q-multi': ['a'], 'q-tf': ['true'] });
    expect(result.score).toBe(1.5);
    expect(result.max).toBe(3);
    expect(result.percent).toBe(50);
    expect(result.passed).toBe(false);
    expect(result.missed).toEqual(['q-multi', 'q-tf']);
    expect(result.questions[1]).toEqual({
      questionId: 'q-multi',
      score: 0.5,
      answered: true,
      correct: false,
      chosenRight: ['a'],
      chosenWrong: [],
      missedRight: ['c'],
    });
    expect(result.questions[2]!.chosenWrong).toEqual(['true']);
  });
  it('passes at the pass mark and treats unanswered questions as wrong', () => {
    expect(gradeQuiz(quiz, { 'q-single': ['b'], 'q-multi': ['a', 'c'], 'q-tf': ['false'] })).toMatchObject({
      score: 3,
      percent: 100,
      passed: true,
      missed: [],
    });
    const empty = gradeQuiz(quiz, {});
    expect(empty).toMatchObject({ score: 0, percent: 0, passed: false });
    expect(empty.questions.every((q) => !q.answered)).toBe(true);
    expect(gradeQuiz({ ...quiz, passPercent: 60 }, { 'q-single': ['b'], 'q-multi': ['a', 'c'] }).passed).toBe(true);
  });
  it('keeps only fully right answers when retrying the missed questions', () => {
    const answers = { 'q-single': ['b'], 'q-multi': ['a'], 'q-tf': ['true'] };
    expect(keepCorrectAnswers(gradeQuiz(quiz, answers), answers)).toEqual({ 'q-single': ['b'] });
  });
});

describe('what the learner is told', () => {
  it('names each option status in words and gives a verdict per question', async () => {
    const { optionStatus, optionStatusLabel, questionVerdict } = await import('../../../src/lib/quiz/option-status');
    const [a, b] = [{ ...option('a', true) }, { ...option('b', false) }];
    expect(optionStatus(a, ['a'])).toBe('chosen-right');
    expect(optionStatus(a, [])).toBe('missed-right');
    expect(optionStatus(b, ['b'])).toBe('chosen-wrong');
    expect(optionStatus(b, [])).toBe('not-chosen');
    expect(Object.values(optionStatusLabel).every((label) => label.length > 5)).toBe(true);
    expect(questionVerdict({ answered: false, correct: false, score: 0 })).toBe('Not answered.');
    expect(questionVerdict({ answered: true, correct: true, score: 1 })).toBe('Correct.');
    expect(questionVerdict({ answered: true, correct: false, score: 0.5 })).toBe('Partly right: 50% credit.');
    expect(questionVerdict({ answered: true, correct: false, score: 0 })).toBe('Not correct.');
  });
});
