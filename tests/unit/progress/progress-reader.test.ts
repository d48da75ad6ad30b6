// The page-load reader must read exactly what the store would use unchanged, hand everything else
// to the store (which repairs, migrates and reports), and never write.
import { describe, expect, it } from 'vitest';
import { readProgress } from '../../../src/lib/progress/progress-reader';
import {
  ACKNOWLEDGED_KEY,
  ASIDE_KEY_PREFIX,
  CORRUPT_KEY_PREFIX,
  PROGRESS_KEY,
  RECORD_CHAR_LIMIT,
  createProgressStore,
} from '../../../src/lib/progress/progress-store';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';
import { MemoryStorage } from '../../helpers/memory-storage';

const AT = '2026-11-23T10:00:00.000Z';
const record = (changes: Partial<Progress> = {}): Progress => ({ ...emptyProgress(), ...changes });

function storageWith(entries: Record<string, string>): MemoryStorage {
  const storage = new MemoryStorage();
  for (const [key, value] of Object.entries(entries)) storage.setItem(key, value);
  return storage;
}

const snapshot = (storage: MemoryStorage) => storage.keys().map((key) => [key, storage.getItem(key)]);

/** Reads with the reader, checking that it wrote nothing. */
function read(storage: MemoryStorage) {
  const before = snapshot(storage);
  const result = readProgress(storage);
  expect(snapshot(storage)).toEqual(before);
  return result;
}

describe('progress reader', () => {
  it('reads nothing saved as an empty record, and writes nothing', () => {
    const storage = new MemoryStorage();
    expect(read(storage)).toEqual(emptyProgress());
    expect(storage.keys()).toEqual([]);
  });

  it('reads a valid record as the store reads it', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    store.setLessonDone('what-is-imc', true);
    store.recordExercise('plan-builder', { at: AT, score: 3, max: 4, state: { steps: [1] } });
    store.updateReview((review) => ({ ...review, cards: { 'term:brand': { d: 1, s: 0, f: 0, r: 0, l: 0, t: 0 } } }));
    expect(read(storage)).toEqual(store.get());
  });

  it('reads a record of any size the store accepts (the size limit is on writes)', () => {
    const state = 'x'.repeat(RECORD_CHAR_LIMIT - 100);
    const big = record({
      exercises: Object.fromEntries(['a', 'b', 'c'].map((id) => [id, { at: AT, score: 1, max: 1, state }])),
    });
    const storage = storageWith({ [PROGRESS_KEY]: JSON.stringify(big) });
    expect(JSON.stringify(big).length).toBeGreaterThan(RECORD_CHAR_LIMIT * 2);
    expect(read(storage)).toEqual(big);
    expect(createProgressStore({ storage }).get()).toEqual(big);
  });

  it.each([
    ['not JSON', '{"version":2,"lessonsDone":'],
    ['not a record', '[]'],
    ['a record with one damaged part', JSON.stringify(record({ lessonsDone: { a: 5 as unknown as string } }))],
    ['a score above its maximum', JSON.stringify(record({ exercises: { e: { at: AT, score: 5, max: 4, state: 1 } } }))],
    ['an unknown future version', JSON.stringify({ ...record(), version: 3 })],
  ])('leaves %s to the store, which keeps a copy aside', (_, raw) => {
    const storage = storageWith({ [PROGRESS_KEY]: raw });
    expect(read(storage)).toBeUndefined();
    createProgressStore({ storage }).notices();
    expect(storage.keys().some((key) => key.startsWith(CORRUPT_KEY_PREFIX))).toBe(true);
  });

  it.each([
    ['the prototype (version 0)', JSON.stringify({ done: ['what-is-imc'] })],
    ['version 1', JSON.stringify({ version: 1, lessonsDone: { 'what-is-imc': AT }, quizzes: {}, exercises: {} })],
  ])('leaves %s to the store, which migrates it', (_, raw) => {
    const storage = storageWith({ [PROGRESS_KEY]: raw });
    expect(read(storage)).toBeUndefined();
    expect(createProgressStore({ storage }).get().lessonsDone).toHaveProperty('what-is-imc');
  });

  it('leaves blocked storage to the store, which says so', () => {
    const storage = storageWith({ [PROGRESS_KEY]: JSON.stringify(record()) });
    storage.blocked = true;
    expect(readProgress(storage)).toBeUndefined();
    expect(readProgress(undefined)).toBeUndefined();
    expect(createProgressStore({ storage }).notices()).toEqual([{ kind: 'storage-unavailable' }]);
  });

  it('leaves the record to the store while a backup has not been dismissed, then reads it again', () => {
    const valid = JSON.stringify(record({ lessonsDone: { a: AT } }));
    const backup = `${ASIDE_KEY_PREFIX}${AT}`;
    const storage = storageWith({ [PROGRESS_KEY]: valid, [backup]: JSON.stringify({ label: 'a plan', value: 1 }) });
    expect(read(storage)).toBeUndefined();
    const store = createProgressStore({ storage });
    expect(store.notices()).toEqual([{ kind: 'kept-aside', backupKey: backup, label: 'a plan' }]);
    store.dismissNotices();
    expect(storage.getItem(ACKNOWLEDGED_KEY)).toBe(JSON.stringify([backup]));
    expect(read(storage)).toEqual(JSON.parse(valid));
  });
});
