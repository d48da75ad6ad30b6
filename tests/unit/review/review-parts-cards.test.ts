// What /review/ fetches (only the modules named by waiting attempts and due cards), the questions
// found in the parts, and the terms file check.
import { describe, expect, it } from 'vitest';
import { emptyReview, type ReviewState } from '../../../src/lib/progress/progress-schema';
import { cardQuestions, reviewPartsToLoad } from '../../../src/lib/review/review-parts';
import { newCard } from '../../../src/lib/review/review-cards';
import { termsFromFile } from '../../../src/lib/review/review-terms';

const quizModule = { 'quiz-a': 'm1', 'quiz-b': 'm2', 'quiz-c': 'm3' };
const partUrl = { m1: '/p/m1.json', m2: '/p/m2.json', m3: '/p/m3.json' };
const now = new Date('2026-12-05T10:00:00.000Z');

describe('reviewPartsToLoad', () => {
  it('loads nothing with no cards and nothing waiting', () => {
    expect(reviewPartsToLoad(quizModule, partUrl, emptyReview(), now)).toEqual([]);
  });
  it('loads the modules of waiting attempts (exam keys name their quiz) and of due question cards, in course order', () => {
    const review: ReviewState = {
      cards: {
        'quiz-c/q1': newCard(new Date('2026-12-04T10:00:00.000Z')),
        'quiz-b/q9': newCard(new Date('2026-12-09T10:00:00.000Z')), // not due
        'term:reach': newCard(now),
      },
      waiting: [{ quiz: 'exam:final', at: now.toISOString(), answers: { 'quiz-a/q1': ['x'], 'gone/q1': ['x'] } }],
    };
    expect(reviewPartsToLoad(quizModule, partUrl, review, now)).toEqual(['m1', 'm3']);
  });
});

describe('cardQuestions', () => {
  it('keys every question of the loaded parts by its card id', () => {
    const question = { id: 'q1', kind: 'single' as const, stem: 'S', explanation: 'E', options: [] };
    const quiz = { id: 'quiz-a', title: 'A', href: '/a/', context: 'lesson A', passPercent: 50, questions: [question] };
    const found = cardQuestions([{ quizzes: [quiz] }]);
    expect(found.get('quiz-a/q1')).toEqual({
      question,
      quiz: { id: 'quiz-a', title: 'A', href: '/a/', context: 'lesson A' },
    });
  });
});

describe('termsFromFile', () => {
  it('reads a well-formed file and refuses anything else', () => {
    const term = { id: 'reach', term: 'Reach', definition: 'How many people see it at least once.' };
    expect(termsFromFile({ terms: [term] })?.get('reach')).toEqual(term);
    expect(termsFromFile({ terms: [{ id: 'x' }] })).toBeUndefined();
    expect(termsFromFile(null)).toBeUndefined();
  });
});
