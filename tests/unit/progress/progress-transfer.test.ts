// Progress files and move links: what goes out comes back the same, and anything else is refused
// with a reason (corrupt, oversized, foreign JSON, a newer format) before it reaches the store.
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_VERSION, type Progress } from '../../../src/lib/progress/progress-schema';
import { createProgressStore, PROGRESS_KEY } from '../../../src/lib/progress/progress-store';
import { isMoveFragment, moveFragment, readMoveFragment } from '../../../src/lib/progress/progress-move';
import {
  progressFileName,
  progressFileText,
  readProgressText,
  summarizeProgress,
  TRANSFER_CHAR_LIMIT,
} from '../../../src/lib/progress/progress-transfer';
import { MemoryStorage } from '../../helpers/memory-storage';

const at = '2026-11-23T10:00:00.000Z';
const attempt = (score: number, when = at) => ({ at: when, score, max: 4, answers: { q1: ['a'], q2: ['true'] } });
const sample = (): Progress => ({
  version: PROGRESS_VERSION,
  lessonsDone: { 'what-imc-is': at, 'the-audience': '2026-11-24T08:00:00.000Z' },
  quizzes: { 'what-imc-is': { attempts: 2, best: { score: 3, max: 4, at }, last: attempt(2) } },
  exercises: { 'goal-picker': { at, score: 1, max: 2, state: { picked: ['awareness'], note: '<b>mine</b>' } } },
  review: {
    cards: { 'what-imc-is/q1': { d: 1764500000, s: 3.17, f: 5.28, r: 1, l: 0, t: 2, v: 1764400000 } },
    waiting: [{ quiz: 'what-imc-is', at, answers: { q1: ['a'] }, confidence: { q1: 'sure' } }],
  },
});

const refused = (result: ReturnType<typeof readProgressText> | undefined) => {
  expect(result?.ok).toBe(false);
  return result && !result.ok ? result.reason : '';
};

describe('progress file', () => {
  it('round-trips: the text read back is the record written', () => {
    expect(readProgressText(progressFileText(sample()))).toEqual({ ok: true, progress: sample() });
  });

  it('is the store’s own format: a file restored into storage is read by the store as is', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, progressFileText(sample()));
    expect(createProgressStore({ storage }).get()).toEqual(sample());
  });

  it('accepts a byte order mark and CRLF line endings', () => {
    const text = `\uFEFF${progressFileText(sample()).replace(/\n/g, '\r\n')}`;
    expect(readProgressText(text)).toEqual({ ok: true, progress: sample() });
  });

  it('migrates a file of an older version like the store does', () => {
    const result = readProgressText(JSON.stringify({ done: ['what-imc-is'] }));
    expect(result.ok && Object.keys(result.progress.lessonsDone)).toEqual(['what-imc-is']);
  });

  it('refuses text that is not JSON', () => {
    expect(refused(readProgressText('{"version": 1, "lessonsDone": {'))).toMatch(/not JSON/);
  });

  it('refuses foreign JSON, naming it as not ours', () => {
    expect(refused(readProgressText('{"name":"my-app","dependencies":{}}'))).toMatch(/not a One Voice progress file/);
    expect(refused(readProgressText('[1, 2, 3]'))).toMatch(/not a One Voice progress file/);
  });

  it('refuses a file from a newer version of the course', () => {
    const future = { ...sample(), version: PROGRESS_VERSION + 1 };
    expect(refused(readProgressText(JSON.stringify(future)))).toMatch(/newer version/);
  });

  it('refuses a damaged record and names what cannot be read', () => {
    const bad = sample();
    const quiz = bad.quizzes['what-imc-is'];
    if (quiz) quiz.best.score = 7; // 7 of 4
    expect(refused(readProgressText(JSON.stringify(bad)))).toMatch(/damaged: quiz "what-imc-is"/);
  });

  it('refuses an oversized file before parsing it', () => {
    const huge = `{"version":1,"lessonsDone":{},"pad":"${'x'.repeat(TRANSFER_CHAR_LIMIT)}"}`;
    expect(refused(readProgressText(huge))).toMatch(/too large/);
  });

  it('is named with the day it was made', () => {
    expect(progressFileName(new Date(at))).toBe('one-voice-progress-2026-11-23.json');
  });
});

describe('move link', () => {
  it('round-trips through the fragment, with or without "#"', () => {
    const fragment = moveFragment(sample());
    expect(fragment).toMatch(/^move=[A-Za-z0-9_-]+$/);
    expect(readMoveFragment(fragment)).toEqual({ ok: true, progress: sample() });
    expect(readMoveFragment(`#${fragment}`)).toEqual({ ok: true, progress: sample() });
  });

  it('is compressed: shorter than the JSON it carries', () => {
    expect(moveFragment(sample()).length).toBeLessThan(JSON.stringify(sample()).length);
  });

  it('is not a move link when the fragment is something else', () => {
    expect(isMoveFragment('#lesson-quiz')).toBe(false);
    expect(isMoveFragment(`#${moveFragment(sample())}`)).toBe(true);
    expect(readMoveFragment('#lesson-quiz')).toBeUndefined();
    expect(readMoveFragment('')).toBeUndefined();
  });

  it('refuses a corrupt or cut-off link', () => {
    const fragment = moveFragment(sample());
    expect(refused(readMoveFragment(fragment.slice(0, fragment.length / 2)))).toMatch(/incomplete or damaged/);
    expect(refused(readMoveFragment('move=not*base64'))).toMatch(/incomplete or damaged/);
    expect(refused(readMoveFragment('move='))).toMatch(/incomplete or damaged/);
  });

  it('refuses a link that inflates to more than a record can hold', () => {
    const bomb = deflateSync(strToU8(' '.repeat(TRANSFER_CHAR_LIMIT + 10)), { level: 9 });
    const fragment = `move=${Buffer.from(bomb).toString('base64url')}`;
    expect(refused(readMoveFragment(fragment))).toMatch(/too much/);
  });

  it('refuses foreign JSON and a newer format carried by a link', () => {
    const carry = (value: unknown) =>
      `move=${Buffer.from(deflateSync(strToU8(JSON.stringify(value)))).toString('base64url')}`;
    expect(refused(readMoveFragment(carry({ hello: 'world' })))).toMatch(/not a One Voice progress file/);
    expect(refused(readMoveFragment(carry({ ...sample(), version: 99 })))).toMatch(/newer version/);
  });
});

describe('summary for the preview', () => {
  it('counts each kind of record and finds the latest date', () => {
    expect(summarizeProgress(sample())).toEqual({
      lessons: 2,
      quizzes: 1,
      exercises: 1,
      latest: '2026-11-24T08:00:00.000Z',
    });
  });

  it('has no latest date for an empty record or one migrated without dates', () => {
    expect(summarizeProgress(emptyProgress()).latest).toBeUndefined();
    const migrated = readProgressText(JSON.stringify({ done: ['a'] }));
    expect(migrated.ok && summarizeProgress(migrated.progress).latest).toBeUndefined();
  });
});
