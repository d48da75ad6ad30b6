// "Nothing silently lost" as properties of the progress store: for a quiz attempt, every exercise
// kind and the plan builder, in each way storage can fail (full, blocked, corrupt, oversized, two
// tabs, leaving the page), the record is either saved or kept on the page with an honest outcome,
// and nothing saved before is lost.
import { describe, expect, it } from 'vitest';
import {
  CORRUPT_KEY_PREFIX,
  createProgressStore,
  PROGRESS_KEY,
  RECORD_CHAR_LIMIT,
  type ProgressStore,
} from '../../../src/lib/progress/progress-store';
import type { Progress } from '../../../src/lib/progress/progress-schema';
import { emptyPlan } from '../../../src/lib/exercises/plan-builder/plan';
import { addCards, termCardId } from '../../../src/lib/review/review-cards';
import { rateCard, Rating } from '../../../src/lib/review/spaced-review';
import { MemoryStorage, tabsOver } from '../../helpers/memory-storage';

const at = '2026-11-23T10:00:00.000Z';
const now = () => new Date(at);

interface Kind {
  write(store: ProgressStore, variant?: string): ReturnType<ProgressStore['recordExercise']>;
  /** True when the record written with `variant` is in `progress`. */
  present(progress: Progress, variant?: string): boolean;
  /** A write whose record is far over the size limit. */
  oversized(store: ProgressStore): ReturnType<ProgressStore['recordExercise']>;
}

const exercise = (id: string, state: (variant: string) => unknown): Kind => ({
  write: (store, variant = 'a') => store.recordExercise(id, { at, score: 1, max: 2, state: state(variant) }),
  present: (progress, variant = 'a') =>
    JSON.stringify(progress.exercises[id]?.state) === JSON.stringify(state(variant)),
  oversized: (store) => store.recordExercise(id, { at, score: 1, max: 2, state: { text: 'x'.repeat(6_000_000) } }),
});

const kinds: [string, Kind][] = [
  [
    'quiz attempt',
    {
      write: (store, variant = 'a') =>
        store.recordQuizAttempt('quiz-1', { at, score: 1, max: 2, answers: { q1: [variant] } }),
      present: (progress, variant = 'a') => progress.quizzes['quiz-1']?.last.answers.q1?.[0] === variant,
      oversized: (store) =>
        store.recordQuizAttempt('quiz-1', { at, score: 1, max: 2, answers: { q1: ['x'.repeat(6_000_000)] } }),
    },
  ],
  [
    'goal picker',
    exercise('goal-picker', (v) => ({ answers: { [`scenario-${v}`]: { goal: 'build-brand-equity', metric: 'm1' } } })),
  ],
  ['ordering', exercise('funnel-order', (v) => ({ order: [v, 'z'], checked: true }))],
  ['sorting', exercise('channel-fit-sort', (v) => ({ placements: { item: v }, checked: true }))],
  ['plan builder', exercise('plan-builder', (v) => ({ ...emptyPlan(), brand: `Spoke & Chain ${v}` }))],
  [
    'review rating',
    {
      write: (store, variant = 'a') =>
        store.updateReview((review) => rateCard(review, termCardId(variant), Rating.Good, now())),
      present: (progress, variant = 'a') => progress.review.cards[termCardId(variant)]?.r === 1,
      oversized: (store) =>
        store.updateReview((review) => addCards(review, [termCardId('x'.repeat(6_000_000))], now())),
    },
  ],
];

/** A storage that already holds a lesson done and a quiz taken on an earlier visit. */
function withEarlierProgress(): MemoryStorage {
  const storage = new MemoryStorage();
  const earlier = createProgressStore({ storage, now });
  earlier.setLessonDone('what-is-imc', true);
  earlier.recordQuizAttempt('earlier-quiz', { at, score: 2, max: 2, answers: { q1: ['a'] } });
  return storage;
}

const earlierKept = (progress: Progress) =>
  'what-is-imc' in progress.lessonsDone && progress.quizzes['earlier-quiz']?.best.score === 2;

const reload = (storage: Storage) => createProgressStore({ storage, now }).get();

describe.each(kinds)('no lost record: %s', (_name, kind) => {
  it('storage full: kept on the page, merged with what was saved, written once there is room', () => {
    const storage = withEarlierProgress();
    const store = createProgressStore({ storage, now });
    storage.full = true;
    expect(kind.write(store)).toEqual({ status: 'page-only', reason: 'full' });
    // The next read merges this page's change over what storage holds instead of replacing it.
    expect(kind.present(store.get())).toBe(true);
    expect(earlierKept(store.get())).toBe(true);
    expect(store.setLessonDone('second-lesson', true)).toEqual({ status: 'page-only', reason: 'full' });
    expect(kind.present(store.get())).toBe(true);
    expect(store.notices()).toContainEqual({ kind: 'storage-full' });
    storage.full = false;
    expect(store.flush()).toEqual({ status: 'saved' });
    const saved = reload(storage);
    expect(kind.present(saved) && earlierKept(saved) && 'second-lesson' in saved.lessonsDone).toBe(true);
    expect(store.notices()).not.toContainEqual({ kind: 'storage-full' });
  });

  it('storage blocked: kept on the page with an honest outcome', () => {
    for (const blockedFromStart of [true, false]) {
      const storage = withEarlierProgress();
      if (blockedFromStart) storage.blocked = true;
      const store = createProgressStore({ storage, now });
      storage.blocked = true;
      expect(kind.write(store)).toEqual({ status: 'page-only', reason: 'unavailable' });
      expect(kind.present(store.get())).toBe(true);
      expect(store.notices()).toContainEqual({ kind: 'storage-unavailable' });
    }
  });

  it('corrupt saved value: the valid records stay in use, the bad one is set aside, the new record is saved', () => {
    const storage = withEarlierProgress();
    const raw = JSON.parse(storage.getItem(PROGRESS_KEY)!) as Progress;
    raw.quizzes['bad-quiz'] = {
      attempts: 1,
      best: { score: 7, max: 6, at },
      last: { at, score: 1, max: 6, answers: {} },
    };
    storage.setItem(PROGRESS_KEY, JSON.stringify(raw));
    const store = createProgressStore({ storage, now });
    expect(earlierKept(store.get())).toBe(true);
    expect(store.get().quizzes['bad-quiz']).toBeUndefined();
    const backupKey = `${CORRUPT_KEY_PREFIX}${at}`;
    expect(store.notices()).toEqual([{ kind: 'recovered-corrupt', backupKey, setAside: ['quiz "bad-quiz"'] }]);
    expect(JSON.parse(storage.getItem(backupKey)!)).toEqual(raw); // the whole original, bad record included
    expect(kind.write(store)).toEqual({ status: 'saved' });
    const saved = reload(storage);
    expect(kind.present(saved) && earlierKept(saved)).toBe(true);
  });

  it('corrupt while storage is full: the unreadable value is never overwritten, the record waits on the page', () => {
    const storage = withEarlierProgress();
    const raw = storage.getItem(PROGRESS_KEY)!.replace('"attempts":1', '"attempts":-1'); // one bad record
    storage.setItem(PROGRESS_KEY, raw);
    storage.full = true;
    const store = createProgressStore({ storage, now });
    expect(store.notices()).toEqual([{ kind: 'unreadable-protected', setAside: ['quiz "earlier-quiz"'] }]);
    expect(store.rawValue(PROGRESS_KEY)).toBe(raw); // offered as a download
    expect(kind.write(store)).toEqual({ status: 'page-only', reason: 'protecting' });
    expect(store.setLessonDone('second-lesson', true)).toEqual({ status: 'page-only', reason: 'protecting' });
    storage.full = false; // removing is allowed on a full storage; this store must not do it either
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
    expect(kind.present(store.get()) && 'what-is-imc' in store.get().lessonsDone).toBe(true);
    // Once there is room, the raw value is copied aside first, then everything is written.
    expect(store.flush()).toEqual({ status: 'saved' });
    expect(storage.getItem(`${CORRUPT_KEY_PREFIX}${at}`)).toBe(raw);
    const saved = reload(storage);
    expect(kind.present(saved) && 'what-is-imc' in saved.lessonsDone && 'second-lesson' in saved.lessonsDone).toBe(
      true,
    );
  });

  it('oversized: refused with its size, and what was saved before stays', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage, now });
    kind.write(store, 'before');
    const outcome = kind.oversized(store);
    expect(outcome).toMatchObject({ status: 'too-large', limit: RECORD_CHAR_LIMIT });
    expect(outcome.status === 'too-large' && outcome.size > 6_000_000).toBe(true);
    expect(kind.present(reload(storage), 'before')).toBe(true);
  });

  it('two tabs: what each tab saved survives, whatever order writes and events arrive in', () => {
    const shared = withEarlierProgress();
    const { tabs, deliver } = tabsOver(shared);
    const [a, b] = tabs.map((tab) => createProgressStore({ storage: tab!.storage, eventTarget: tab!.events, now }));
    expect(kind.write(a!)).toEqual({ status: 'saved' });
    // b has not had the event yet and writes something else: it must not write a's record away.
    expect(b!.setLessonDone('tab-b-lesson', true)).toEqual({ status: 'saved' });
    deliver();
    for (const progress of [a!.get(), b!.get(), reload(shared)]) {
      expect(kind.present(progress) && earlierKept(progress) && 'tab-b-lesson' in progress.lessonsDone).toBe(true);
    }
  });

  it('two tabs, one of them full: its change is merged with the other tab’s once it can write', () => {
    const shared = withEarlierProgress();
    const { tabs, deliver } = tabsOver(shared);
    const [a, b] = tabs.map((tab) => createProgressStore({ storage: tab!.storage, eventTarget: tab!.events, now }));
    shared.full = true;
    expect(kind.write(a!).status).toBe('page-only');
    shared.full = false;
    b!.setLessonDone('tab-b-lesson', true);
    deliver();
    expect(kind.present(a!.get()) && 'tab-b-lesson' in a!.get().lessonsDone).toBe(true);
    a!.flush();
    const saved = reload(shared);
    expect(kind.present(saved) && 'tab-b-lesson' in saved.lessonsDone && earlierKept(saved)).toBe(true);
  });

  it('leaving the page: a change storage refused is written on pagehide once there is room', () => {
    const storage = withEarlierProgress();
    const page = new EventTarget();
    const store = createProgressStore({ storage, now, eventTarget: page });
    storage.full = true;
    kind.write(store);
    storage.full = false;
    page.dispatchEvent(new Event('pagehide'));
    const saved = reload(storage);
    expect(kind.present(saved) && earlierKept(saved)).toBe(true);
  });
});

describe('quiz attempts from two tabs', () => {
  it('count both attempts: an attempt is a change merged with the record, not a copy over it', () => {
    const shared = new MemoryStorage();
    const { tabs, deliver } = tabsOver(shared);
    const [a, b] = tabs.map((tab) => createProgressStore({ storage: tab!.storage, eventTarget: tab!.events, now }));
    a!.recordQuizAttempt('q', { at, score: 1, max: 2, answers: {} });
    b!.recordQuizAttempt('q', { at, score: 2, max: 2, answers: {} });
    deliver();
    expect(reload(shared).quizzes.q).toMatchObject({ attempts: 2, best: { score: 2 } });
  });
  it('both wait to be scheduled for review (the store keeps only the last attempt of a quiz)', () => {
    const shared = new MemoryStorage();
    const { tabs, deliver } = tabsOver(shared);
    const [a, b] = tabs.map((tab) => createProgressStore({ storage: tab!.storage, eventTarget: tab!.events, now }));
    a!.recordQuizAttempt('q', { at, score: 0, max: 1, answers: { q1: ['b'] } });
    b!.recordQuizAttempt('q', { at: '2026-11-23T10:05:00.000Z', score: 1, max: 1, answers: { q1: ['a'] } });
    deliver();
    expect(reload(shared).review.waiting.map((w) => w.answers.q1)).toEqual([['b'], ['a']]);
  });
});

describe('copies kept aside', () => {
  it('are reported with their label and offered for download until dismissed', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage, now });
    expect(store.keepAside('your IMC plan', { brand: 'Old' })).toEqual({ status: 'saved' });
    const backupKey = `one-voice:progress:aside:${at}`;
    expect(store.notices()).toEqual([{ kind: 'kept-aside', backupKey, label: 'your IMC plan' }]);
    expect(JSON.parse(store.rawValue(backupKey)!)).toEqual({ label: 'your IMC plan', value: { brand: 'Old' } });
    store.keepAside('your IMC plan', { brand: 'Older' });
    expect(store.notices()).toHaveLength(2); // same millisecond: a second key, not an overwrite
    store.dismissNotices();
    expect(store.notices()).toEqual([]);
    expect(storage.getItem(backupKey)).not.toBeNull();
  });
});
