import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/quiz';
import { questionSchema } from '../../../src/schemas/quiz';
import { correctOptions, gradeChoices, isQuestionKind, questionKinds, rulesOf } from '../../../src/lib/quiz/kinds';
import { authoringOf, questionKindsAuthoring } from '../../../src/lib/quiz/kinds/authoring';

const option = (id: string, correct: boolean, text = `Option ${id}`) => ({
  id,
  text,
  correct,
  feedback: `Feedback for ${id}`,
});
const single: Question = {
  kind: 'single',
  objective: 'fixture-objective',
  id: 's',
  stem: 'Pick one of these',
  explanation: 'Because it is so.',
  options: [option('a', false, 'short'), option('b', true, 'the longest option'), option('a', false)],
};
const multiple: Question = {
  kind: 'multiple',
  objective: 'fixture-objective',
  id: 'm',
  stem: 'Pick all that fit',
  explanation: 'Because it is so.',
  options: [option('a', true), option('b', true), option('c', true)],
};
const trueFalse: Question = {
  kind: 'true-false',
  objective: 'fixture-objective',
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
    expect(Object.keys(questionKindsAuthoring).sort()).toEqual(schemaKinds);
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
    expect(authoringOf(single).contentProblems(single)).toEqual(["has option id 'a' more than once"]);
    expect(authoringOf(multiple).contentProblems(multiple)).toEqual([
      'marks every option correct; at least 1 wrong option expected',
    ]);
    expect(authoringOf(trueFalse).contentProblems(trueFalse)).toEqual([]);
  });

  it('says how each kind travels in a cartridge and what a guesser picks', () => {
    expect(authoringOf(multiple).qti).toEqual({
      profile: 'cc.multiple_response.v0p1',
      cardinality: 'Multiple',
      caseAttribute: true,
    });
    expect(authoringOf(single).guess(rulesOf(single).options(single))).toEqual(['b']);
    expect(authoringOf(trueFalse).guess([])).toEqual(['false']);
    expect(authoringOf(single).label).toBe('one answer');
  });
});

describe('numeric questions', () => {
  const numeric: Question = {
    kind: 'numeric',
    objective: 'fixture-objective',
    id: 'n',
    stem: 'What is the share of voice?',
    explanation: 'Own spend over category spend.',
    answer: 15,
    tolerance: 0.5,
    unit: '%',
    feedbackCorrect: 'Yes: 15 percent.',
    feedbackWrong: 'Divide own spend by total.',
    mistakes: [{ value: 0.15, feedback: 'Multiply the fraction by 100.' }],
  };
  const rules = rulesOf(numeric);
  const authoring = authoringOf(numeric);
  const options = rules.options(numeric);

  it('grades a typed figure within the tolerance, however it is written', () => {
    for (const typed of ['15', '15%', '14.5', ' 15.4 %']) expect(gradeChoices('numeric', options, [typed])).toBe(1);
    for (const typed of ['16', '0.15', 'fifteen', '']) expect(gradeChoices('numeric', options, [typed])).toBe(0);
  });

  it('lands a figure on the answer, a known mistake or "any other figure"; text that is no number is unanswered', () => {
    expect(rules.picked(options, ['15'])).toEqual(['answer']);
    expect(rules.picked(options, ['0.15'])).toEqual(['mistake-1']);
    expect(rules.picked(options, ['99'])).toEqual(['other']);
    expect(rules.picked(options, ['abc'])).toEqual([]);
  });

  it('shows the answer with its unit and tolerance in keys, and is left out of cartridges with a reason', () => {
    expect(correctOptions(numeric).map((o) => o.text)).toEqual(['15% (± 0.5%)']);
    expect(authoring.qti).toHaveProperty('omitted');
    expect(authoring.guess(options)).toEqual([]);
  });

  it('writes GIFT numeric answers with weights, tolerance and feedback', () => {
    expect(authoring.giftAnswerLines(numeric)).toEqual([
      '#',
      '\t=%100%15:0.5#Yes\\: 15 percent.',
      '\t=%0%0.15:0.5#Multiply the fraction by 100.',
    ]);
  });

  it('refuses a mistake that would count as right', () => {
    const bad = { ...numeric, mistakes: [{ value: 15.2, feedback: 'Too close to the answer.' }] } as Question;
    expect(authoringOf(bad).contentProblems(bad)).toEqual([
      'has mistake 1 (15.2) within the tolerance of the answer 15',
    ]);
  });
});

describe('matching questions', () => {
  const matching: Question = {
    kind: 'matching',
    objective: 'fixture-objective',
    id: 'm',
    stem: 'Match each measure to its formula',
    explanation: 'Each measure has one formula.',
    pairs: [
      { id: 'cpl', left: 'Cost per lead', right: 'Spend over leads', feedback: 'What each lead cost.' },
      { id: 'roi', left: 'ROI', right: 'Gain over cost', feedback: 'The gain set against the cost.' },
      { id: 'clv', left: 'Lifetime value', right: 'Profit over the relationship', feedback: 'A customer is worth.' },
    ],
  };
  const rules = rulesOf(matching);
  const authoring = authoringOf(matching);
  const options = rules.options(matching);

  it('gives each rightly matched item its share of the point; a wrong match costs only its own share', () => {
    expect(gradeChoices('matching', options, ['cpl:cpl', 'roi:roi', 'clv:clv'])).toBe(1);
    expect(gradeChoices('matching', options, ['cpl:cpl', 'roi:clv', 'clv:roi'])).toBeCloseTo(1 / 3);
    expect(gradeChoices('matching', options, ['cpl:cpl', 'cpl:roi'])).toBeCloseTo(1 / 3); // first entry counts
    expect(gradeChoices('matching', options, ['nope:cpl', 'cpl'])).toBe(0);
  });

  it('is answered once any item is matched, and picks the pairs matched rightly', () => {
    expect(rules.answered(options, ['roi:clv'])).toBe(true);
    expect(rules.answered(options, ['roi:zzz', ''])).toBe(false);
    expect(rules.picked(options, ['roi:roi', 'cpl:clv'])).toEqual(['roi']);
  });

  it('keys every pair, exports GIFT pairs, and is left out of cartridges', () => {
    expect(correctOptions(matching).map((o) => o.text)).toEqual([
      'Cost per lead → Spend over leads',
      'ROI → Gain over cost',
      'Lifetime value → Profit over the relationship',
    ]);
    expect(authoring.giftAnswerLines(matching)[0]).toBe('\t=Cost per lead -> Spend over leads');
    expect(authoring.qti).toHaveProperty('omitted');
  });

  it('refuses repeated right-hand texts and arrows GIFT cannot carry', () => {
    const bad = {
      ...matching,
      pairs: [
        ...matching.pairs.slice(0, 2),
        { id: 'x', left: 'A -> B', right: 'Gain over cost', feedback: 'xxxxxxxxxx' },
      ],
    } as Question;
    expect(authoringOf(bad).contentProblems(bad)).toEqual([
      "offers the right-hand text 'Gain over cost' more than once",
      "has '->' in pair 'x' (GIFT cannot carry it)",
    ]);
  });
});
