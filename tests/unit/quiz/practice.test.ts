// Practice mode's rules: one question checked at a time, nothing checked without an answer, the
// attempt recorded once, when the last question is checked.
import { describe, expect, it } from 'vitest';
import { checkQuestion, startPractice } from '../../../src/lib/quiz/practice';

const ids = ['q1', 'q2', 'q3'];
const answered = (questionId: string) => ({ questionId, answered: true });

describe('checkQuestion', () => {
  it('asks for an answer first and checks nothing when none is chosen', () => {
    const step = checkQuestion(startPractice(), { questionId: 'q2', answered: false }, ids);
    expect(step).toEqual({ state: { checked: [], recorded: false, needsAnswer: 'q2' }, record: false });
  });

  it('locks a checked question and clears the request for an answer', () => {
    const asked = checkQuestion(startPractice(), { questionId: 'q1', answered: false }, ids).state;
    const step = checkQuestion(asked, answered('q1'), ids);
    expect(step).toEqual({ state: { checked: ['q1'], recorded: false }, record: false });
    // Checking it again changes nothing.
    expect(checkQuestion(step.state, answered('q1'), ids)).toEqual({ state: step.state, record: false });
  });

  it('records the attempt once, when the last question is checked, in any order', () => {
    let state = startPractice();
    const records: boolean[] = [];
    for (const id of ['q3', 'q1', 'q2', 'q2']) {
      const step = checkQuestion(state, answered(id), ids);
      records.push(step.record);
      state = step.state;
    }
    expect(records).toEqual([false, false, true, false]);
    expect(state.recorded).toBe(true);
  });

  it('counts the questions kept after "Retry the ones I missed" as checked', () => {
    const step = checkQuestion(startPractice(['q1', 'q2']), answered('q3'), ids);
    expect(step.record).toBe(true);
  });
});
