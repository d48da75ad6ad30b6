// Spaced-review cards in the progress record: the migration from version 1, validation and salvage,
// the store queueing each attempt in the same write, merging (the later review wins).
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/lib/progress/progress-merge';
import {
  emptyProgress,
  enqueueWaiting,
  emptyReview,
  migrateProgress,
  REVIEW_WAITING_LIMIT,
  salvageProgress,
  type Progress,
} from '../../../src/lib/progress/progress-schema';
import { createProgressStore, PROGRESS_KEY } from '../../../src/lib/progress/progress-store';
import { reviewCard, Rating } from '../../../src/lib/review/spaced-review';
import { MemoryStorage } from '../../helpers/memory-storage';

const at = '2026-11-23T10:00:00.000Z';
const version1 = {
  version: 1,
  lessonsDone: { 'what-is-imc': at },
  quizzes: {
    'quiz-1': {
      attempts: 2,
      best: { score: 2, max: 2, at },
      last: { at, score: 1, max: 2, answers: { q1: ['a'], q2: ['b'] }, confidence: { q1: 'sure' } },
    },
  },
  exercises: {},
};

describe('migration to version 2', () => {
  it('keeps everything and queues each quiz’s last attempt for scheduling', () => {
    const migrated = migrateProgress(version1);
    expect(migrated).toEqual({
      ...version1,
      version: 2,
      review: {
        cards: {},
        waiting: [{ quiz: 'quiz-1', at, answers: { q1: ['a'], q2: ['b'] }, confidence: { q1: 'sure' } }],
      },
    });
  });
  it('salvages a version 1 record with one bad quiz: the rest stays and is migrated', () => {
    const broken = { ...version1, quizzes: { ...version1.quizzes, bad: { attempts: -1 } } };
    const salvaged = salvageProgress(broken);
    expect(salvaged?.setAside).toEqual(['quiz "bad"']);
    expect(salvaged?.progress.review.waiting.map((w) => w.quiz)).toEqual(['quiz-1']);
  });
  it('the store reads a version 1 value and writes version 2', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify(version1));
    const store = createProgressStore({ storage, now: () => new Date(at) });
    expect(store.get().review.waiting).toHaveLength(1);
    store.setLessonDone('second', true);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).version).toBe(2);
  });
});

describe('validation', () => {
  it('sets aside a bad card and keeps the others', () => {
    const good = reviewCard(undefined, Rating.Good, new Date(at));
    const value = { ...emptyProgress(), review: { cards: { 'q/1': good, 'q/2': { d: 'soon' } }, waiting: [] } };
    expect(migrateProgress(value)).toBeUndefined();
    const salvaged = salvageProgress(value);
    expect(salvaged?.setAside).toEqual(['review card "q/2"']);
    expect(salvaged?.progress.review.cards).toEqual({ 'q/1': good });
  });
});

describe('the store', () => {
  it('queues an attempt for review in the same write that records it', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    store.recordQuizAttempt('exam:final', { at, score: 1, max: 1, answers: { 'quiz-1/q1': ['a'] }, assisted: [] });
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!) as Progress;
    expect(saved.review.waiting).toEqual([{ quiz: 'exam:final', at, answers: { 'quiz-1/q1': ['a'] }, assisted: [] }]);
  });
  it('keeps at most REVIEW_WAITING_LIMIT attempts waiting and counts the ones left out', () => {
    const entries = Array.from({ length: REVIEW_WAITING_LIMIT + 3 }, (_, i) => ({
      quiz: `q${i}`,
      at: new Date(Date.parse(at) + i * 1000).toISOString(),
      answers: {},
    }));
    const review = enqueueWaiting(emptyReview(), entries);
    expect(review.waiting).toHaveLength(REVIEW_WAITING_LIMIT);
    expect(review.waiting[0]?.quiz).toBe('q3');
    expect(review.skipped).toBe(3);
  });
});

describe('merge', () => {
  it('keeps the card reviewed later and every waiting attempt once', () => {
    const earlier = reviewCard(undefined, Rating.Again, new Date(at));
    const later = reviewCard(undefined, Rating.Good, new Date('2026-11-25T10:00:00.000Z'));
    const wait = { quiz: 'quiz-1', at, answers: {} };
    const mine: Progress = { ...emptyProgress(), review: { cards: { 'q/1': earlier, 'q/2': later }, waiting: [wait] } };
    const theirs: Progress = {
      ...emptyProgress(),
      review: { cards: { 'q/1': later, 'q/3': earlier }, waiting: [wait], dropped: 2 },
    };
    const merged = mergeProgress(mine, theirs).review;
    expect(merged.cards).toEqual({ 'q/1': later, 'q/2': later, 'q/3': earlier });
    expect(merged.waiting).toEqual([wait]);
    expect(merged.dropped).toBe(2);
    expect(mergeProgress(theirs, mine).review.cards).toEqual(merged.cards);
  });
});
