import { describe, expect, it } from 'vitest';
import { quizFile, quizOfFile, quizVersion } from '../../../src/lib/quiz/quiz-file';
import { quiz } from '../../helpers/two-question-quiz';

const expected = { quizId: 'fixture-quiz', version: quizVersion(quiz) };
/** The file as it arrives: through JSON, as fetch gives it. */
const fetched = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('quiz file', () => {
  it('gives back the quiz of the file the page was built with', () => {
    expect(quizOfFile(fetched(quizFile('fixture-quiz', quiz)), expected)).toEqual(quiz);
  });

  it('changes version with any edit to the quiz, and only then', () => {
    expect(quizVersion(structuredClone(quiz))).toBe(quizVersion(quiz));
    expect(quizVersion({ ...quiz, passPercent: 80 })).not.toBe(quizVersion(quiz));
    const reworded = structuredClone(quiz);
    reworded.questions[0]!.stem = 'Which channel did the café drop?';
    expect(quizVersion(reworded)).not.toBe(quizVersion(quiz));
    expect(quizVersion(quiz)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('refuses a file from another build or of another quiz', () => {
    const stale = quizFile('fixture-quiz', { ...quiz, passPercent: 80 });
    expect(quizOfFile(fetched(stale), expected)).toBeUndefined();
    expect(quizOfFile(fetched(quizFile('other-quiz', quiz)), expected)).toBeUndefined();
  });

  it('refuses what is not a quiz file at all', () => {
    const { version } = expected;
    for (const value of [
      null,
      'fixture-quiz',
      [],
      {},
      { quizId: 'fixture-quiz', version },
      { quizId: 'fixture-quiz', version, quiz: { questions: [] } },
      { quizId: 'fixture-quiz', version, quiz: { questions: [{ id: 'q1', kind: 'essay' }] } },
      { quizId: 'fixture-quiz', version, quiz: { questions: [null] } },
    ])
      expect(quizOfFile(value, expected)).toBeUndefined();
  });
});
