import { describe, expect, it } from 'vitest';
import type { ExamQuestion } from '../../../src/lib/exam/exam-draw';
import { draftHasWork, draftOfDrawn, type ExamDraft } from '../../../src/lib/exam/exam-draft';

const item = (key: string) => ({ key, quizId: key.split('/')[0]!, question: {} }) as unknown as ExamQuestion;
const drawn = [item('a/q1'), item('a/q2'), item('b/q1')];
const empty: ExamDraft = { attempt: 2, answers: {}, confidence: {}, flags: [] };

describe('exam draft', () => {
  it('counts as work only when something was answered, marked or flagged', () => {
    expect(draftHasWork(empty)).toBe(false);
    expect(draftHasWork({ ...empty, answers: { 'a/q1': [] } })).toBe(false);
    expect(draftHasWork({ ...empty, answers: { 'a/q1': ['x'] } })).toBe(true);
    expect(draftHasWork({ ...empty, confidence: { 'a/q1': 'sure' } })).toBe(true);
    expect(draftHasWork({ ...empty, flags: ['b/q1'] })).toBe(true);
  });

  it('keeps only the drawn questions, flags in exam order, empty answers dropped', () => {
    const draft: ExamDraft = {
      attempt: 3,
      answers: { 'a/q2': ['x'], 'gone/q9': ['y'], 'b/q1': [] },
      confidence: { 'b/q1': 'guessing', 'gone/q9': 'sure' },
      flags: ['b/q1', 'gone/q9', 'a/q1'],
    };
    expect(draftOfDrawn(drawn, draft)).toEqual({
      attempt: 3,
      answers: { 'a/q2': ['x'] },
      confidence: { 'b/q1': 'guessing' },
      flags: ['a/q1', 'b/q1'],
    });
  });
});
