import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/quiz';
import { questionSchema } from '../../../src/schemas/quiz';
import { correctOptions, gradeChoices, isQuestionKind, questionKinds, rulesOf } from '../../../src/lib/quiz/kinds';

const option = (id: string, correct: boolean, text = `Option ${id}`) => ({
  id,
  text,
  correct,
  feedback: `Feedback for ${id}`,
});
const single: Question = {
  kind: 'single',
  id: 's',
  stem: 'Pick one of these',
  explanation: 'Because it is so.',
  options: [option('a', false, 'short'), option('b', true, 'the longest option'), option('a', false)],
};
const multiple: Question = {
  kind: 'multiple',
  id: 'm',
  stem: 'Pick all that fit',
  explanation: 'Because it is so.',
  options: [option('a', true), option('b', true), option('c', true)],
};
const trueFalse: Question = {
  kind: 'true-false',
  id: 't',
  stem: 'The statement holds',
  explanation: 'Because it is so.',
  answer: true,
  feedbackTrue: 'Yes: it holds.',
  feedbackFalse: 'No: it holds.',
};

describe('the question kind registry', () => {
  it('has rules for every kind the schema accepts, and nothing else', () => {
    const schemaKinds = questionSchema.options.map((o) => o.shape.kind.value).sort();
    expect(Object.keys(questionKinds).sort()).toEqual(schemaKinds);
    expect(isQuestionKind('single')).toBe(true);
    expect(isQuestionKind('toString')).toBe(false);
  });

  it('computes the correct answers in one place, true/false included', () => {
    expect(correctOptions(single).map((o) => o.id)).toEqual(['b']);
    expect(correctOptions(trueFalse).map((o) => o.text)).toEqual(['True']);
  });

  it("grades over the kind's options alone, so a copy without feedback grades the same", () => {
    const bare = [
      { id: 'a', correct: true },
      { id: 'b', correct: false },
    ];
    expect(gradeChoices('single', bare, ['a'])).toBe(1);
    expect(gradeChoices('true-false', bare, ['a', 'b'])).toBe(0);
    expect(gradeChoices('multiple', bare, ['a', 'b'])).toBe(0);
    expect(gradeChoices('multiple', bare, ['a'])).toBe(1);
  });

  it("reports each kind's content problems", () => {
    expect(rulesOf(single).contentProblems(single)).toEqual(["has option id 'a' more than once"]);
    expect(rulesOf(multiple).contentProblems(multiple)).toEqual([
      'marks every option correct; at least 1 wrong option expected',
    ]);
    expect(rulesOf(trueFalse).contentProblems(trueFalse)).toEqual([]);
  });

  it('says how each kind travels in a cartridge and what a guesser picks', () => {
    expect(rulesOf(multiple).qti).toEqual({
      profile: 'cc.multiple_response.v0p1',
      cardinality: 'Multiple',
      caseAttribute: true,
    });
    expect(rulesOf(single).guess(rulesOf(single).options(single))).toEqual(['b']);
    expect(rulesOf(trueFalse).guess([])).toEqual(['false']);
    expect(rulesOf(single).label).toBe('one answer');
  });
});
