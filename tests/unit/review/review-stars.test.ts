// "Star for review": a star makes the card due today and keeps it due until it is rated on /review/;
// unstarring keeps the card. Stars are validated, salvaged and merged (a union) with the record.
import { describe, expect, it } from 'vitest';
import { mergeReview } from '../../../src/lib/progress/progress-merge';
import { emptyProgress, emptyReview, isProgress, salvageProgress } from '../../../src/lib/progress/progress-schema';
import { dueCardIds, endOfDay, termCardId } from '../../../src/lib/review/review-cards';
import { isStarred, setStar } from '../../../src/lib/review/review-stars';
import type { ReviewQuestion } from '../../../src/lib/review/review-quizzes';
import { rateCard, Rating, reviewCard, scheduleWaiting } from '../../../src/lib/review/spaced-review';

const t0 = new Date('2026-12-01T10:00:00.000Z');
const s0 = t0.getTime() / 1000;
const later = (days: number) => new Date(t0.getTime() + days * 86_400_000);
const id = 'quiz-1/q1';
const question: ReviewQuestion = {
  id: 'q1',
  kind: 'single',
  stem: 'Which?',
  explanation: 'Because.',
  options: [
    { id: 'a', text: 'Right', correct: true },
    { id: 'b', text: 'Wrong', correct: false },
  ],
};
const questionOf = (cardId: string) => (cardId === id ? question : undefined);

describe('setStar', () => {
  it('adds a card due now for a question that had none', () => {
    const review = setStar(emptyReview(), id, true, t0);
    expect(isStarred(review, id)).toBe(true);
    expect(review.starred).toEqual({ [id]: s0 });
    expect(dueCardIds(review, endOfDay(t0))).toEqual([id]);
  });

  it('brings a card due next month back to today, keeping its memory state', () => {
    const known = reviewCard(undefined, Rating.Easy, later(-3));
    expect(known.d).toBeGreaterThan(s0);
    const review = setStar({ ...emptyReview(), cards: { [id]: known } }, id, true, t0);
    expect(review.cards[id]).toEqual({ ...known, d: s0 });
  });

  it('unstarring keeps the card and its schedule', () => {
    const starred = setStar(emptyReview(), id, true, t0);
    const unstarred = setStar(starred, id, false, later(1));
    expect(isStarred(unstarred, id)).toBe(false);
    expect(unstarred.cards).toEqual(starred.cards);
  });

  it('stars a glossary term too, and refuses an id that names no card', () => {
    expect(isStarred(setStar(emptyReview(), termCardId('brand'), true, t0), termCardId('brand'))).toBe(true);
    expect(setStar(emptyReview(), 'nonsense', true, t0)).toEqual(emptyReview());
  });
});

describe('a starred card stays due', () => {
  it('after a quiz answer given before or after the star is scheduled', () => {
    const answered = (at: Date) => ({ quiz: 'quiz-1', at: at.toISOString(), answers: { q1: ['a'] } });
    for (const when of [later(-0.01), later(0.01)]) {
      const starred = { ...setStar(emptyReview(), id, true, t0), waiting: [answered(when)] };
      const scheduled = scheduleWaiting(starred, questionOf);
      expect(scheduled.cards[id]?.r).toBe(1);
      expect(dueCardIds(scheduled, endOfDay(t0))).toEqual([id]);
    }
  });

  it('until it is rated on /review/ after the star', () => {
    const rated = rateCard(setStar(emptyReview(), id, true, t0), id, Rating.Good, later(0.1));
    const next = { ...rated, waiting: [{ quiz: 'quiz-1', at: later(0.2).toISOString(), answers: { q1: ['a'] } }] };
    expect(dueCardIds(scheduleWaiting(next, questionOf), endOfDay(t0))).toEqual([]);
  });
});

describe('stars in the record', () => {
  it('are validated', () => {
    const good = { ...emptyProgress(), review: { ...emptyReview(), starred: { [id]: s0 } } };
    expect(isProgress(good)).toBe(true);
    expect(isProgress({ ...good, review: { ...good.review, starred: { [id]: 'today' } } })).toBe(false);
    expect(isProgress({ ...good, review: { ...good.review, starred: [id] } })).toBe(false);
  });

  it('are salvaged: a bad star is set aside, the others and every card stay', () => {
    const review = { ...setStar(emptyReview(), id, true, t0), starred: { [id]: s0, 'quiz-1/q2': -1 } };
    const salvaged = salvageProgress({ ...emptyProgress(), review });
    expect(salvaged?.setAside).toEqual(['star "quiz-1/q2"']);
    expect(salvaged?.progress.review.starred).toEqual({ [id]: s0 });
    expect(salvaged?.progress.review.cards).toEqual(review.cards);
  });

  it('merge as a union, each from its later star', () => {
    const mine = { ...emptyReview(), starred: { a: 5, b: 9 } };
    const theirs = { ...emptyReview(), starred: { b: 7, c: 1 } };
    expect(mergeReview(mine, theirs).starred).toEqual({ a: 5, b: 9, c: 1 });
    expect(mergeReview(theirs, mine).starred).toEqual({ a: 5, b: 9, c: 1 });
    expect(mergeReview(emptyReview(), emptyReview())).toEqual(emptyReview());
  });
});
