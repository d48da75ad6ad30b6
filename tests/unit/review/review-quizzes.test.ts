import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../../src/schemas/quiz';
import { reviewProgress, toReviewQuiz } from '../../../src/lib/review/review-quizzes';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';

const quiz: Quiz = {
  title: 'Goals',
  passPercent: 70,
  questions: [
    {
      kind: 'single',
      objective: 'fixture-objective',
      id: 'q1',
      stem: 'Which goal?',
      explanation: 'Demand comes first.',
      options: [
        { id: 'a', text: 'Demand', correct: true, feedback: 'Right, demand.' },
        { id: 'b', text: 'Equity', correct: false, feedback: 'Not equity here.' },
      ],
    },
    {
      kind: 'multiple',
      objective: 'fixture-objective',
      id: 'q2',
      stem: 'Which metrics?',
      explanation: 'Sales and trial.',
      options: [
        { id: 'a', text: 'Sales', correct: true, feedback: 'Yes, sales.' },
        { id: 'b', text: 'Likes', correct: false, feedback: 'Likes are vanity.' },
        { id: 'c', text: 'Trial', correct: true, feedback: 'Yes, trial.' },
      ],
    },
    {
      kind: 'true-false',
      objective: 'fixture-objective',
      id: 'q3',
      stem: 'Integrated means identical.',
      explanation: 'It does not.',
      answer: false,
      feedbackTrue: 'No, it is false.',
      feedbackFalse: 'Right, false.',
    },
  ],
};
const compact = toReviewQuiz('goals', quiz, { href: '/lessons/goals/', context: 'The four goals' });

const withAttempt = (answers: Record<string, string[]>): Progress => ({
  ...emptyProgress(),
  quizzes: {
    goals: { attempts: 2, best: { score: 2, max: 3, at: 'b' }, last: { score: 1, max: 3, at: 'l', answers } },
  },
});

describe('review of missed questions', () => {
  it('ships quizzes without per-option feedback, true-false as its own kind over two options', () => {
    expect(JSON.stringify(compact)).not.toMatch(/vanity|Right, demand/);
    expect(compact.questions[2]).toEqual({
      id: 'q3',
      kind: 'true-false',
      stem: 'Integrated means identical.',
      explanation: 'It does not.',
      options: [
        { id: 'true', text: 'True', correct: false },
        { id: 'false', text: 'False', correct: true },
      ],
    });
  });

  it('lists the questions not fully right in the latest attempt, with chosen and correct answers', () => {
    const [review] = reviewProgress([compact], withAttempt({ q1: ['a'], q2: ['a', 'b'], q3: ['true'] }));
    expect(review!.attempts).toBe(2);
    expect(review!.missed).toEqual([
      {
        quizId: 'goals',
        questionId: 'q2',
        stem: 'Which metrics?',
        chosen: ['Sales', 'Likes'],
        correct: ['Sales', 'Trial'],
        explanation: 'Sales and trial.',
        score: 0,
      },
      {
        quizId: 'goals',
        questionId: 'q3',
        stem: 'Integrated means identical.',
        chosen: ['True'],
        correct: ['False'],
        explanation: 'It does not.',
        score: 0,
      },
    ]);
  });

  it('grades partial credit like the quiz does, and counts unanswered or new questions as missed', () => {
    const [review] = reviewProgress([compact], withAttempt({ q1: ['a'], q2: ['a'], gone: ['x'] }));
    expect(review!.missed.map((m) => [m.questionId, m.score, m.chosen])).toEqual([
      ['q2', 0.5, ['Sales']],
      ['q3', 0, []],
    ]);
  });

  it('skips quizzes never attempted and has nothing to review after a perfect attempt', () => {
    expect(reviewProgress([compact], emptyProgress())).toEqual([]);
    expect(reviewProgress([compact], withAttempt({ q1: ['a'], q2: ['a', 'c'], q3: ['false'] }))[0]!.missed).toEqual([]);
  });
});

describe('grading in the review', () => {
  it("grades each compact question with its own kind's rules, as the quiz does", async () => {
    const { gradeQuiz } = await import('../../../src/lib/quiz/grade-quiz');
    const answers = { q1: ['a'], q2: ['a', 'b', 'c'], q3: ['true', 'false'] };
    const [review] = reviewProgress([compact], withAttempt(answers));
    const quizResult = gradeQuiz(quiz, answers);
    expect(review!.missed.map((m) => [m.questionId, m.score])).toEqual(
      quizResult.questions.filter((q) => !q.correct).map((q) => [q.questionId, q.score]),
    );
  });
});

describe('numeric questions in the review', () => {
  it('grades the typed figure with the numeric rules and shows it as typed', () => {
    const withNumeric: Quiz = {
      ...quiz,
      questions: [
        {
          kind: 'numeric',
          objective: 'fixture-objective',
          id: 'q4',
          stem: 'What is the rate?',
          explanation: '150 over 600.',
          answer: 25,
          tolerance: 0.1,
          unit: '%',
          feedbackCorrect: 'Yes, a quarter.',
          feedbackWrong: 'Later stage over earlier.',
          mistakes: [],
        },
      ],
    };
    const review = toReviewQuiz('goals', withNumeric, { href: '/x/', context: 'X' });
    expect(reviewProgress([review], withAttempt({ q4: ['25%'] }))[0]!.missed).toEqual([]);
    const [missed] = reviewProgress([review], withAttempt({ q4: ['400'] }))[0]!.missed;
    expect(missed).toMatchObject({ chosen: ['400'], correct: ['25% (± 0.1%)'], score: 0 });
  });
});

describe('fetched review data', () => {
  it('is used only when it has the expected shape', async () => {
    const { isReviewPart } = await import('../../../src/lib/review/review-parts');
    expect(isReviewPart({ quizzes: [compact] })).toBe(true);
    for (const bad of [
      null,
      'x',
      {},
      { quizzes: {} },
      { quizzes: [{ id: 'q' }] },
      { quizzes: [{ id: 'q', title: 't', questions: [{ id: 1 }] }] },
      // A stale file naming a kind this build does not know cannot be graded with its rules.
      { quizzes: [{ id: 'q', title: 't', questions: [{ id: 'x', kind: 'essay', options: [] }] }] },
    ])
      expect(isReviewPart(bad)).toBe(false);
  });
});

describe('review parts to load', () => {
  it('fetches nothing without an attempt, and only the modules of quizzes taken, in course order', async () => {
    const { partsToLoad, quizzesFromParts } = await import('../../../src/lib/review/review-parts');
    const index = {
      lessonIds: ['l1', 'l2'],
      quizModule: { goals: 'm1', q2: 'm2', q3: 'm2' },
      partUrl: { m1: '/r/m1.json', m2: '/r/m2.json', m3: '/r/m3.json' },
    };
    expect(partsToLoad(index, emptyProgress())).toEqual([]);
    expect(quizzesFromParts(index, emptyProgress(), {})).toEqual([]);
    const progress = withAttempt({ q1: ['a'] });
    const record = progress.quizzes.goals!;
    const taken = { ...progress, quizzes: { gone: record, q3: record, goals: record } };
    expect(partsToLoad(index, taken)).toEqual(['m1', 'm2']); // a quiz no longer in the course needs nothing
    expect(quizzesFromParts(index, taken, { m1: { quizzes: [compact] } })).toBeUndefined();
    const q3 = { ...compact, id: 'q3' };
    expect(quizzesFromParts(index, taken, { m2: { quizzes: [q3] }, m1: { quizzes: [compact] } })).toEqual([
      compact,
      q3,
    ]);
  });
});
