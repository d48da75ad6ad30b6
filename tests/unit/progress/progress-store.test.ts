import { describe, expect, it, vi } from 'vitest';
import { createProgressStore, PROGRESS_KEY, CORRUPT_KEY_PREFIX } from '../../../src/lib/progress/progress-store';
import { isProgress, migrateProgress, emptyProgress } from '../../../src/lib/progress/progress-schema';
import { MemoryStorage } from '../../helpers/memory-storage';

const fixedNow = () => new Date('2026-11-23T10:00:00.000Z');
const attempt = (score: number, max = 5, at = '2026-11-23T10:00:00.000Z') => ({
  at,
  score,
  max,
  answers: { q1: ['a'] },
});

describe('progress store', () => {
  it('starts empty, touches nothing until used, and saves one versioned record', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage, now: fixedNow });
    expect(store.get()).toEqual(emptyProgress());
    expect(storage.keys()).toEqual([]);
    store.setLessonDone('what-is-imc', true);
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(saved).toEqual({
      version: 2,
      lessonsDone: { 'what-is-imc': '2026-11-23T10:00:00.000Z' },
      quizzes: {},
      exercises: {},
      review: { cards: {}, waiting: [] },
    });
    store.setLessonDone('what-is-imc', false);
    expect(store.get().lessonsDone).toEqual({});
    expect(store.notices()).toEqual([]);
  });

  it('keeps the best quiz score, counts attempts and remembers the last answers', () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    store.recordQuizAttempt('quiz', attempt(3));
    store.recordQuizAttempt('quiz', attempt(5, 5, '2026-11-24T00:00:00.000Z'));
    store.recordQuizAttempt('quiz', { ...attempt(2, 5, '2026-11-25T00:00:00.000Z'), answers: { q1: ['b'] } });
    const record = store.get().quizzes.quiz!;
    expect(record.attempts).toBe(3);
    expect(record.best).toEqual({ score: 5, max: 5, at: '2026-11-24T00:00:00.000Z' });
    expect(record.last.answers).toEqual({ q1: ['b'] });
  });

  it('survives a reload: a second store over the same storage reads what the first wrote', () => {
    const storage = new MemoryStorage();
    createProgressStore({ storage }).recordExercise('goal-picker', { at: 'x', score: 1, max: 2, state: { picks: [] } });
    expect(createProgressStore({ storage }).get().exercises['goal-picker']).toEqual({
      at: 'x',
      score: 1,
      max: 2,
      state: { picks: [] },
    });
  });

  it.each([
    ['not JSON', '{"version":1,', undefined],
    ['a foreign value', JSON.stringify({ theme: 'dark' }), undefined],
    [
      'a wrong field type',
      JSON.stringify({ version: 1, lessonsDone: { a: 5 }, quizzes: {}, exercises: {} }),
      ['lesson "a"'],
    ],
    ['a future version', JSON.stringify({ version: 99, lessonsDone: {}, quizzes: {}, exercises: {} }), undefined],
    [
      'a score above its maximum',
      JSON.stringify({
        version: 1,
        lessonsDone: {},
        exercises: {},
        quizzes: {
          q: { attempts: 1, best: { score: 9, max: 5, at: 'x' }, last: { score: 1, max: 5, at: 'x', answers: {} } },
        },
      }),
      ['quiz "q"'],
    ],
  ])('moves %s aside under a backup key, reports it and starts clean', (_label, raw, setAside) => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, raw);
    const store = createProgressStore({ storage, now: fixedNow });
    const backupKey = `${CORRUPT_KEY_PREFIX}2026-11-23T10:00:00.000Z`;
    expect(store.notices()).toEqual([
      setAside ? { kind: 'recovered-corrupt', backupKey, setAside } : { kind: 'recovered-corrupt', backupKey },
    ]);
    expect(storage.getItem(backupKey)).toBe(raw);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(store.get()).toEqual(emptyProgress());
    store.setLessonDone('a', true);
    expect(storage.getItem(backupKey)).toBe(raw);
  });

  it('works in memory with a notice when storage is missing or blocked', () => {
    for (const storage of [undefined, Object.assign(new MemoryStorage(), { blocked: true })]) {
      const store = createProgressStore({ storage });
      expect(store.notices()).toEqual([{ kind: 'storage-unavailable' }]);
      expect(() => store.setLessonDone('a', true)).not.toThrow();
      expect(store.get().lessonsDone).toHaveProperty('a');
    }
  });

  it('keeps working in memory with a notice when storage is full', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    storage.full = true;
    expect(() => store.recordQuizAttempt('q', attempt(4))).not.toThrow();
    expect(store.notices()).toEqual([{ kind: 'storage-full' }]);
    expect(store.get().quizzes.q?.best.score).toBe(4);
  });

  it('notifies subscribers of its own writes and of other tabs through the storage event', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const store = createProgressStore({ storage, eventTarget: events });
    const seen = vi.fn();
    const unsubscribe = store.subscribe(seen);
    store.setLessonDone('a', true);
    expect(seen).toHaveBeenCalledTimes(1);
    // Another tab writes: only the storage and the event change here.
    createProgressStore({ storage }).setLessonDone('b', true);
    const event = Object.assign(new Event('storage'), { key: PROGRESS_KEY });
    events.dispatchEvent(event);
    expect(seen).toHaveBeenCalledTimes(2);
    expect(seen.mock.lastCall![0].lessonsDone).toHaveProperty('b');
    unsubscribe();
    store.setLessonDone('c', true);
    expect(seen).toHaveBeenCalledTimes(2);
  });
});

describe('progress schema', () => {
  it('migrates the version-0 prototype shape forward', () => {
    const migrated = migrateProgress({ done: ['what-is-imc', 42] });
    expect(migrated).toEqual({
      version: 2,
      lessonsDone: { 'what-is-imc': '1970-01-01T00:00:00.000Z' },
      quizzes: {},
      exercises: {},
      review: { cards: {}, waiting: [] },
    });
    expect(isProgress(migrated)).toBe(true);
  });
  it('rejects values that are not ours', () => {
    for (const value of [null, [], 'x', 3, { version: 1 }]) expect(migrateProgress(value)).toBeUndefined();
  });
  it('accepts an attempt with confidence and assisted answers, and refuses malformed ones', () => {
    const withAttempt = (extra: Record<string, unknown>) => ({
      ...emptyProgress(),
      quizzes: {
        q: {
          attempts: 1,
          best: { score: 1, max: 2, at: '2026-12-01T10:00:00.000Z' },
          last: { score: 1, max: 2, at: '2026-12-01T10:00:00.000Z', answers: { a: ['x'] }, ...extra },
        },
      },
    });
    expect(isProgress(withAttempt({}))).toBe(true);
    expect(isProgress(withAttempt({ confidence: { a: 'sure', b: 'guessing' }, assisted: ['b'] }))).toBe(true);
    expect(isProgress(withAttempt({ confidence: { a: 'certain' } }))).toBe(false);
    expect(isProgress(withAttempt({ confidence: ['sure'] }))).toBe(false);
    expect(isProgress(withAttempt({ assisted: 'b' }))).toBe(false);
  });
});

describe('notices across pages', () => {
  it('keeps reporting a backup made on an earlier page until the learner dismisses it', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, 'garbage');
    createProgressStore({ storage, now: fixedNow }); // the first page recovers and moves the value aside
    const nextPage = createProgressStore({ storage, now: fixedNow });
    const backupKey = `${CORRUPT_KEY_PREFIX}2026-11-23T10:00:00.000Z`;
    expect(nextPage.notices()).toEqual([{ kind: 'recovered-corrupt', backupKey }]);
    nextPage.dismissNotices();
    expect(nextPage.notices()).toEqual([]);
    expect(createProgressStore({ storage }).notices()).toEqual([]);
    expect(storage.getItem(backupKey)).toBe('garbage'); // dismissing never deletes the backup
  });
});

describe('writes are validated too', () => {
  it('refuses an invalid record instead of saving something the next read would reject', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    store.setLessonDone('kept', true);
    expect(() => store.recordQuizAttempt('q', attempt(9, 5))).toThrow(TypeError);
    expect(() => store.recordExercise('e', { at: 'x', score: Number.NaN, max: 1, state: {} })).toThrow(TypeError);
    expect(createProgressStore({ storage }).get().lessonsDone).toHaveProperty('kept');
    expect(createProgressStore({ storage }).notices()).toEqual([]);
  });
  it('accepts an exercise record whose state is undefined', () => {
    const storage = new MemoryStorage();
    createProgressStore({ storage }).recordExercise('e', { at: 'x', score: 1, max: 1, state: undefined });
    expect(createProgressStore({ storage }).get().exercises.e).toMatchObject({ score: 1, max: 1 });
  });
});
