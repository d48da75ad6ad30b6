// Spaced review with fixed dates: the outcome -> rating map, FSRS intervals in days, the compact card,
// scheduling attempts waiting in the store (quizzes and exam attempts), ratings and the card limit.
import { describe, expect, it } from 'vitest';
import { emptyReview, type ReviewState, type WaitingAttempt } from '../../../src/lib/progress/progress-schema';
import {
  addCards,
  dueCardIds,
  endOfDay,
  parseCardId,
  termCardId,
  withinCardLimit,
} from '../../../src/lib/review/review-cards';
import type { ReviewQuestion } from '../../../src/lib/review/review-quizzes';
import {
  fromFsrsCard,
  rateCard,
  Rating,
  ratingFor,
  reviewCard,
  scheduleWaiting,
  toFsrsCard,
} from '../../../src/lib/review/spaced-review';

const day = 86_400;
const t0 = new Date('2026-12-01T10:00:00.000Z');
const s0 = t0.getTime() / 1000;
const daysAfter = (n: number) => new Date(t0.getTime() + n * day * 1000);

const single: ReviewQuestion = {
  id: 'q1',
  kind: 'single',
  stem: 'Which?',
  explanation: 'Because.',
  options: [
    { id: 'a', text: 'Right', correct: true },
    { id: 'b', text: 'Wrong', correct: false },
  ],
};
const trueFalse: ReviewQuestion = {
  id: 'q2',
  kind: 'true-false',
  stem: 'True?',
  explanation: 'It is.',
  options: [
    { id: 'true', text: 'True', correct: true },
    { id: 'false', text: 'False', correct: false },
  ],
};
const known = new Map([
  ['quiz-1/q1', single],
  ['quiz-1/q2', trueFalse],
]);
const questions = (id: string) => known.get(id);
const waiting = (entry: Partial<WaitingAttempt>): ReviewState => ({
  ...emptyReview(),
  waiting: [{ quiz: 'quiz-1', at: t0.toISOString(), answers: {}, ...entry }],
});

describe('outcome to rating', () => {
  it('maps wrong, assisted, right and sure', () => {
    expect(ratingFor({ correct: false, assisted: false, confidence: 'sure' })).toBe(Rating.Again);
    expect(ratingFor({ correct: true, assisted: true, confidence: 'sure' })).toBe(Rating.Hard);
    expect(ratingFor({ correct: true, assisted: false })).toBe(Rating.Good);
    expect(ratingFor({ correct: true, assisted: false, confidence: 'guessing' })).toBe(Rating.Good);
    expect(ratingFor({ correct: true, assisted: false, confidence: 'sure' })).toBe(Rating.Easy);
  });
});

describe('FSRS schedule (ts-fsrs, days, no fuzz)', () => {
  it('brings a missed card back the next day and a known one later, Easy latest', () => {
    const due = (rating: Parameters<typeof reviewCard>[1]) => (reviewCard(undefined, rating, t0).d - s0) / day;
    expect(due(Rating.Again)).toBe(1);
    expect(due(Rating.Hard)).toBeGreaterThanOrEqual(1);
    expect(due(Rating.Good)).toBeGreaterThan(due(Rating.Hard));
    expect(due(Rating.Easy)).toBeGreaterThan(due(Rating.Good));
  });
  it('grows the interval on each right answer and counts a lapse', () => {
    const first = reviewCard(undefined, Rating.Good, t0);
    const second = reviewCard(first, Rating.Good, new Date(first.d * 1000));
    expect(second.d - second.v!).toBeGreaterThan(first.d - first.v!);
    expect(second.r).toBe(2);
    const lapsed = reviewCard(second, Rating.Again, new Date(second.d * 1000));
    expect(lapsed.l).toBe(1);
    expect(lapsed.d - lapsed.v!).toBeLessThan(second.d - second.v!);
  });
  it('keeps a card in about 80 characters of JSON and round-trips it', () => {
    const card = reviewCard(reviewCard(undefined, Rating.Good, t0), Rating.Easy, daysAfter(3));
    expect(JSON.stringify({ 'module-quiz-positioning/q12': card }).length).toBeLessThan(120);
    expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
  });
});

describe('scheduling waiting attempts', () => {
  it('grades each answer with the quiz rules and empties the queue', () => {
    const review = scheduleWaiting(
      waiting({ answers: { q1: ['a'], q2: ['false'] }, confidence: { q1: 'sure' } }),
      questions,
    );
    expect(review.waiting).toEqual([]);
    expect(review.cards['quiz-1/q1']).toEqual(reviewCard(undefined, Rating.Easy, t0));
    expect(review.cards['quiz-1/q2']).toEqual(reviewCard(undefined, Rating.Again, t0));
  });
  it('rates right-after-a-retry Hard, skips unanswered and unknown questions', () => {
    const review = scheduleWaiting(
      waiting({ answers: { q1: ['a'], q2: [], gone: ['x'] }, assisted: ['q1'] }),
      questions,
    );
    expect(review.cards).toEqual({ 'quiz-1/q1': reviewCard(undefined, Rating.Hard, t0) });
  });
  it('reads exam attempts, whose answers are keyed <quizId>/<questionId>', () => {
    const review = scheduleWaiting(
      waiting({
        quiz: 'exam:final',
        answers: { 'quiz-1/q1': ['b'], 'quiz-1/q2': ['true'] },
        assisted: ['quiz-1/q2'],
      }),
      questions,
    );
    expect(review.cards['quiz-1/q1']).toEqual(reviewCard(undefined, Rating.Again, t0));
    expect(review.cards['quiz-1/q2']).toEqual(reviewCard(undefined, Rating.Hard, t0));
  });
  it('applies attempts oldest first and ignores one older than the last review', () => {
    const later = reviewCard(undefined, Rating.Good, daysAfter(5));
    const review = scheduleWaiting(
      { cards: { 'quiz-1/q1': later }, waiting: [{ quiz: 'quiz-1', at: t0.toISOString(), answers: { q1: ['b'] } }] },
      questions,
    );
    expect(review.cards['quiz-1/q1']).toEqual(later);
  });
});

describe('cards, due and the limit', () => {
  it('parses card ids', () => {
    expect(parseCardId('quiz-1/q1')).toEqual({ kind: 'question', quizId: 'quiz-1', questionId: 'q1' });
    expect(parseCardId(termCardId('brand-equity'))).toEqual({ kind: 'term', termId: 'brand-equity' });
    expect(parseCardId('nonsense')).toBeUndefined();
  });
  it('adds a term due at once, lists due cards by due date', () => {
    const added = addCards(emptyReview(), [termCardId('reach'), 'bad'], t0);
    expect(Object.keys(added.cards)).toEqual(['term:reach']);
    const rated = rateCard(added, 'quiz-1/q1', Rating.Again, daysAfter(-2));
    expect(dueCardIds(rated, t0)).toEqual(['quiz-1/q1', 'term:reach']);
    expect(dueCardIds(rated, daysAfter(-1.5))).toEqual([]);
    expect(endOfDay(t0).getTime()).toBeGreaterThanOrEqual(t0.getTime());
  });
  it('keeps the card limit by dropping the best-known cards, and counts them', () => {
    let review = addCards(emptyReview(), ['term:a', 'term:b', 'term:c'], t0);
    review = rateCard(review, 'term:b', Rating.Easy, t0);
    const capped = withinCardLimit(review, 2);
    expect(Object.keys(capped.cards).sort()).toEqual(['term:a', 'term:c']);
    expect(capped.dropped).toBe(1);
  });
});
