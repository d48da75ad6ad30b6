import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '../../../src/schemas/quiz';
import {
  caseOf,
  caseProblems,
  keyBlocks,
  questionUnits,
  scenarioParagraphs,
  unitQuestions,
} from '../../../src/lib/quiz/question-units';

const tf = (id: string, caseId?: string): Question => ({
  kind: 'true-false',
  objective: 'fixture-objective',
  id,
  stem: `Statement ${id} for the test.`,
  explanation: 'An explanation long enough.',
  answer: true,
  feedbackTrue: 'Right, it is true.',
  feedbackFalse: 'No, it is true.',
  ...(caseId ? { case: caseId } : {}),
});

const scenario = 'A brand runs a campaign.\n\nIt wants to know\nwhat worked.';
const quiz = (questions: Question[]): Pick<Quiz, 'questions' | 'cases'> => ({
  cases: [
    { id: 'alpha', title: 'Alpha', scenario },
    { id: 'beta', title: 'Beta', scenario },
  ],
  questions,
});

describe('questionUnits', () => {
  it('makes one unit per lone question and one per case, in authored order', () => {
    const units = questionUnits(
      quiz([tf('q1'), tf('a1', 'alpha'), tf('a2', 'alpha'), tf('q2'), tf('b1', 'beta'), tf('b2', 'beta')]),
    );
    expect(
      units.map((u) => (u.kind === 'case' ? `${u.case.id}:${u.questions.map((q) => q.id)}` : u.question.id)),
    ).toEqual(['q1', 'alpha:a1,a2', 'q2', 'beta:b1,b2']);
  });

  it('keeps a case together even if its items were split (the content rules reject that file)', () => {
    const units = questionUnits(quiz([tf('a1', 'alpha'), tf('q1'), tf('a2', 'alpha')]));
    expect(unitQuestions(units).map((q) => q.id)).toEqual(['a1', 'a2', 'q1']);
  });

  it('treats a quiz without cases, or an unknown case, as lone questions', () => {
    expect(questionUnits({ questions: [tf('q1'), tf('q2', 'nope')] }).map((u) => u.kind)).toEqual([
      'question',
      'question',
    ]);
  });

  it('flattens back to the authored order when cases are contiguous', () => {
    const questions = [tf('q1'), tf('a1', 'alpha'), tf('a2', 'alpha'), tf('q2')];
    expect(unitQuestions(questionUnits(quiz(questions)))).toEqual(questions);
  });
});

describe('keyBlocks', () => {
  it('joins runs of lone questions and numbers blocks on from each other', () => {
    const blocks = keyBlocks(quiz([tf('q1'), tf('q2'), tf('a1', 'alpha'), tf('a2', 'alpha'), tf('q3')]));
    expect(blocks.map((b) => [b.case?.id, b.start, b.questions.map((q) => q.id)])).toEqual([
      [undefined, 1, ['q1', 'q2']],
      ['alpha', 3, ['a1', 'a2']],
      [undefined, 5, ['q3']],
    ]);
  });
});

describe('scenarioParagraphs and caseOf', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(scenarioParagraphs(scenario)).toEqual(['A brand runs a campaign.', 'It wants to know what worked.']);
  });

  it('finds the declared case of a question', () => {
    const q = quiz([tf('a1', 'alpha')]);
    expect(caseOf(q, q.questions[0]!)?.title).toBe('Alpha');
    expect(caseOf(q, tf('x'))).toBeUndefined();
  });
});

describe('caseProblems', () => {
  it('accepts contiguous cases of two or more', () => {
    expect(caseProblems(quiz([tf('a1', 'alpha'), tf('a2', 'alpha'), tf('b1', 'beta'), tf('b2', 'beta')]))).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(caseProblems(quiz([tf('a1', 'alpha'), tf('q1'), tf('a2', 'alpha'), tf('x1', 'gamma')]))).toEqual([
      "question 'x1' field 'case' names 'gamma', which is not among the quiz's cases",
      "question 'a2' field 'case' ('alpha') is separated from the case's earlier questions by 'q1'; keep a case's questions together",
      "case 'beta' has 0 question(s); a case set needs at least 2",
    ]);
  });
});
