// Merging a restored record into the browser's: nothing either side holds is dropped.
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/lib/progress/progress-merge';
import { emptyProgress, isProgress, type Progress } from '../../../src/lib/progress/progress-schema';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { MemoryStorage } from '../../helpers/memory-storage';

const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00.000Z`;
const quiz = (attempts: number, best: number, lastScore: number, lastDay: number) => ({
  attempts,
  best: { score: best, max: 4, at: day(1) },
  last: { at: day(lastDay), score: lastScore, max: 4, answers: {} },
});
const record = (parts: Partial<Progress>): Progress => ({ ...emptyProgress(), ...parts });

describe('mergeProgress', () => {
  it('keeps every lesson done on either side, with the earlier date', () => {
    const mine = record({ lessonsDone: { a: day(5), b: day(2) } });
    const theirs = record({ lessonsDone: { a: day(3), c: day(4) } });
    expect(mergeProgress(mine, theirs).lessonsDone).toEqual({ a: day(3), b: day(2), c: day(4) });
  });

  it('keeps the better best score and the later attempt of a quiz, without double counting', () => {
    const mine = record({ quizzes: { q: quiz(3, 2, 2, 9) } });
    const theirs = record({ quizzes: { q: quiz(2, 4, 1, 4), other: quiz(1, 1, 1, 1) } });
    const merged = mergeProgress(mine, theirs);
    expect(merged.quizzes.q).toEqual({ attempts: 3, best: quiz(2, 4, 1, 4).best, last: quiz(3, 2, 2, 9).last });
    expect(merged.quizzes.other).toEqual(quiz(1, 1, 1, 1));
  });

  it('keeps the later state of an exercise', () => {
    const mine = record({ exercises: { e: { at: day(2), score: 1, max: 2, state: 'old' } } });
    const theirs = record({ exercises: { e: { at: day(6), score: 0, max: 2, state: 'new' } } });
    expect(mergeProgress(mine, theirs).exercises.e?.state).toBe('new');
    expect(mergeProgress(theirs, mine).exercises.e?.state).toBe('new');
  });

  it('is a valid record, and merging the same record twice changes nothing', () => {
    const mine = record({ lessonsDone: { a: day(1) }, quizzes: { q: quiz(2, 3, 3, 2) } });
    const once = mergeProgress(mine, mine);
    expect(isProgress(once)).toBe(true);
    expect(mergeProgress(once, mine)).toEqual(mine);
  });
});

describe('store.restore', () => {
  const held = record({ lessonsDone: { a: day(1) } });
  const file = record({ lessonsDone: { b: day(2) } });

  it('replaces or merges, and saves', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    store.restore(held, 'replace');
    expect(store.restore(file, 'merge')).toEqual({ status: 'saved' });
    expect(Object.keys(createProgressStore({ storage }).get().lessonsDone)).toEqual(['b', 'a']);
    store.restore(file, 'replace');
    expect(createProgressStore({ storage }).get()).toEqual(file);
  });

  it('with storage full, keeps the restored record on the page and says so', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    storage.full = true;
    expect(store.restore(file, 'replace')).toEqual({ status: 'page-only', reason: 'full' });
    expect(store.get()).toEqual(file);
  });
});
