import { describe, expect, it } from 'vitest';
import {
  buildReceipt,
  checkCode,
  decodeReceipt,
  encodeReceipt,
  RECEIPT_MESSAGES,
  type Receipt,
} from '../../../src/lib/assignment/receipt';
import { formatScore } from '../../../src/lib/format';
import { meetsPassMark } from '../../../src/lib/assignment/pass-mark';
import { itemStatuses } from '../../../src/lib/assignment/item-status';
import type { Assignment } from '../../../src/lib/assignment/assignment';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';
import { encodeToken } from '../../../src/lib/assignment/link-token';

const assignment: Assignment = {
  title: 'Week 1',
  due: 'Friday',
  passPercent: 70,
  items: [
    { kind: 'lesson', id: 'what-is-imc' },
    { kind: 'quiz', id: 'module-foundations' },
    { kind: 'quiz', id: 'what-is-imc' },
    { kind: 'lesson', id: 'why-imc-matters' },
    { kind: 'exercise', id: 'goal-picker' },
    { kind: 'exercise', id: 'funnel-order' },
    { kind: 'quiz', id: 'module-channels' },
  ],
};

function progress(): Progress {
  const p = emptyProgress();
  p.lessonsDone['what-is-imc'] = '2026-11-20T10:00:00.000Z';
  const attempt = (score: number, max: number) => ({ at: '2026-11-21T09:00:00.000Z', score, max, answers: {} });
  p.quizzes['module-foundations'] = {
    attempts: 2,
    best: { score: 8, max: 10, at: '2026-11-21T09:00:00.000Z' },
    last: attempt(6, 10),
  };
  p.quizzes['what-is-imc'] = {
    attempts: 1,
    best: { score: 1, max: 3, at: '2026-11-21T09:00:00.000Z' },
    last: attempt(1, 3),
  };
  p.exercises['goal-picker'] = { at: '2026-11-21T11:00:00.000Z', score: 7.5, max: 10, state: {} };
  p.exercises['funnel-order'] = { at: '2026-11-21T12:00:00.000Z', score: 2, max: 10, state: {} };
  // Partial credit on a select-all question: a fractional best score that passes (4.25 / 6 = 71%).
  p.quizzes['module-channels'] = {
    attempts: 1,
    best: { score: 4.25, max: 6, at: '2026-11-21T13:00:00.000Z' },
    last: attempt(4.25, 6),
  };
  return p;
}

describe('itemStatuses', () => {
  it('counts a lesson done when marked, and a quiz done when its best score reaches the pass mark', () => {
    const statuses = itemStatuses(assignment, progress());
    expect(statuses.map((s) => s.done)).toEqual([true, true, false, false, true, false, true]);
    expect(statuses[0]!.at).toBe('2026-11-20T10:00:00.000Z');
    expect(statuses[1]!.score).toEqual({ score: 8, max: 10 });
    expect(statuses[2]!.score).toEqual({ score: 1, max: 3 });
    expect(statuses[3]).toMatchObject({ done: false, at: undefined, score: undefined });
    expect(statuses[4]).toEqual({
      item: assignment.items[4],
      done: true,
      at: '2026-11-21T11:00:00.000Z',
      score: { score: 7.5, max: 10 },
    });
    expect(statuses[6]!.score).toEqual({ score: 4.25, max: 6 });
  });

  it('finds nothing under ids that every object inherits, such as "constructor"', () => {
    const inherited: Assignment = {
      ...assignment,
      items: [
        { kind: 'lesson', id: 'constructor' },
        { kind: 'quiz', id: 'constructor' },
        { kind: 'exercise', id: 'constructor' },
      ],
    };
    for (const status of itemStatuses(inherited, progress())) {
      expect(status).toMatchObject({ done: false, at: undefined, score: undefined });
    }
  });

  it('counts an exercise at its saved score and a quiz at its best, at the pass mark exactly as the quiz rounds it', () => {
    expect(meetsPassMark(4.19, 6, 70)).toBe(true); // 69.8% shows and passes as 70% in the quiz
    expect(meetsPassMark(4.1, 6, 70)).toBe(false);
    expect(meetsPassMark(0, 0, 1)).toBe(false);
  });
});

describe('formatScore', () => {
  it('shows a score with up to two decimals, the same in quiz, checklist and receipt', () => {
    expect(formatScore(1.25, 6)).toBe('1.25 out of 6 (21%)');
    expect(formatScore(1.3, 6)).toBe('1.3 out of 6 (22%)');
    expect(formatScore(4.5, 5)).toBe('4.5 out of 5 (90%)');
    expect(formatScore(2 / 3, 1)).toBe('0.67 out of 1 (67%)');
    expect(formatScore(6, 6)).toBe('6 out of 6 (100%)');
    expect(formatScore(0, 0)).toBe('0 out of 0 (0%)');
  });
});

describe('receipts', () => {
  const now = new Date('2026-11-22T12:00:00.000Z');
  const receipt = buildReceipt(
    assignment,
    itemStatuses(assignment, progress()),
    '  <img src=x onerror=alert(1)> Zoë 🎓 ',
    now,
  );

  it('keeps the typed name as plain text, trimmed', () => {
    expect(receipt.name).toBe('<img src=x onerror=alert(1)> Zoë 🎓');
  });

  it('round-trips through its link with the same check code', () => {
    const decoded = decodeReceipt(encodeReceipt(receipt));
    expect(decoded).toEqual({ ok: true, receipt });
    expect(decoded.ok && checkCode(decoded.receipt)).toBe(checkCode(receipt));
    expect(checkCode(receipt)).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  });

  it('gives a different check code when any score, date, name or item changes', () => {
    const code = checkCode(receipt);
    const edits = [
      { ...receipt, name: 'Someone else' },
      { ...receipt, lines: receipt.lines.map((l, i) => (i === 2 ? { ...l, score: 3 } : l)) },
      { ...receipt, lines: receipt.lines.map((l, i) => (i === 3 ? { ...l, done: true } : l)) },
      { ...receipt, issuedAt: '2026-11-23T12:00:00.000Z' },
      { ...receipt, assignment: { ...assignment, passPercent: 30 } },
    ];
    for (const edited of edits) expect(checkCode(edited)).not.toBe(code);
  });

  it('refuses a cut-off, edited or malformed receipt link with a clear message', () => {
    const token = encodeReceipt(receipt);
    expect(decodeReceipt(token.slice(0, -5))).toEqual({ ok: false, message: expect.stringContaining('incomplete') });
    expect(decodeReceipt(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toEqual({
      ok: false,
      message: expect.stringContaining('changed after it was made'),
    });
    expect(decodeReceipt(encodeToken({ a: {}, n: 'x', at: 'x', r: [] }))).toEqual({
      ok: false,
      message: RECEIPT_MESSAGES.malformed,
    });
    const wrongRows = {
      a: { t: 'x', d: '', p: 70, i: ['l:a-b'] },
      n: 'x',
      at: now.toISOString(),
      r: [[2, null, null, null]],
    };
    expect(decodeReceipt(encodeToken(wrongRows))).toEqual({ ok: false, message: RECEIPT_MESSAGES.malformed });
    expect(decodeReceipt('')).toEqual({ ok: false, message: expect.stringContaining('no receipt') });
  });

  it('accepts fractional scores from partial credit', () => {
    const decoded = decodeReceipt(encodeReceipt(receipt));
    expect(decoded.ok && decoded.receipt.lines[6]).toMatchObject({ done: true, score: 4.25, max: 6 });
  });

  /** The receipt's token after `edit` changed its raw rows, re-encoded with a valid check (as a forger would). */
  const reencoded = (edit: (rows: unknown[][]) => void, rawEdit?: (raw: Record<string, unknown>) => void) => {
    const raw = JSON.parse(
      JSON.stringify({
        a: {
          t: 'Week 1',
          d: 'Friday',
          p: 70,
          i: [
            'l:what-is-imc',
            'q:module-foundations',
            'q:what-is-imc',
            'l:why-imc-matters',
            'e:goal-picker',
            'e:funnel-order',
            'q:module-channels',
          ],
        },
        n: receipt.name,
        at: receipt.issuedAt,
        r: receipt.lines.map((l) => [l.done ? 1 : 0, l.at, l.score, l.max]),
      }),
    );
    edit(raw.r);
    rawEdit?.(raw);
    return encodeToken(raw);
  };

  it('rebuilds the same token as encodeReceipt (so the edits below change only what they say)', () => {
    expect(reencoded(() => {})).toBe(encodeReceipt(receipt));
  });

  it('refuses impossible receipts: a score above the maximum, below zero, out of nothing, or dated after the receipt', () => {
    const impossible = { ok: false, message: RECEIPT_MESSAGES.impossible };
    expect(decodeReceipt(reencoded((r) => (r[1] = [1, '2026-11-21T09:00:00.000Z', 9, 6])))).toEqual(impossible);
    expect(decodeReceipt(reencoded((r) => (r[2] = [0, '2026-11-21T09:00:00.000Z', -1, 3])))).toEqual(impossible);
    expect(decodeReceipt(reencoded((r) => (r[2] = [0, '2026-11-21T09:00:00.000Z', 0, 0])))).toEqual(impossible);
    expect(decodeReceipt(reencoded((r) => (r[0] = [1, '2026-12-25T09:00:00.000Z', null, null])))).toEqual(impossible);
    expect(RECEIPT_MESSAGES.impossible).toMatch(/edited by hand/);
  });

  it('refuses inconsistent receipts: "done" below the pass mark, "not done" above it, a done lesson without a date', () => {
    const inconsistent = { ok: false, message: RECEIPT_MESSAGES.inconsistent };
    expect(decodeReceipt(reencoded((r) => (r[2] = [1, '2026-11-21T09:00:00.000Z', 1, 6])))).toEqual(inconsistent);
    expect(decodeReceipt(reencoded((r) => (r[1] = [0, '2026-11-21T09:00:00.000Z', 8, 10])))).toEqual(inconsistent);
    expect(decodeReceipt(reencoded((r) => (r[5] = [1, '2026-11-21T12:00:00.000Z', 2, 10])))).toEqual(inconsistent);
    expect(decodeReceipt(reencoded((r) => (r[3] = [1, null, null, null])))).toEqual(inconsistent);
    expect(decodeReceipt(reencoded((r) => (r[0] = [0, '2026-11-20T10:00:00.000Z', null, null])))).toEqual(inconsistent);
    // A higher pass mark written into the receipt makes its "done" quiz lines contradict it.
    expect(
      decodeReceipt(
        reencoded(
          () => {},
          (raw) => ((raw.a as { p: number }).p = 95),
        ),
      ),
    ).toEqual(inconsistent);
  });

  it('refuses receipts out of shape: a lesson with a score, a quiz scored without a date, a non-number score', () => {
    const malformed = { ok: false, message: RECEIPT_MESSAGES.malformed };
    expect(decodeReceipt(reencoded((r) => (r[0] = [1, '2026-11-20T10:00:00.000Z', 1, 1])))).toEqual(malformed);
    expect(decodeReceipt(reencoded((r) => (r[1] = [1, null, 8, 10])))).toEqual(malformed);
    expect(decodeReceipt(reencoded((r) => (r[1] = [1, '2026-11-21T09:00:00.000Z', '8', 10])))).toEqual(malformed);
    expect(
      decodeReceipt(
        reencoded(
          () => {},
          (raw) => (raw.at = 'yesterday'),
        ),
      ),
    ).toEqual(malformed);
  });

  it('speaks to the instructor who opens the receipt, never telling them to ask their instructor', () => {
    for (const message of Object.values(RECEIPT_MESSAGES)) expect(message).not.toMatch(/your instructor/i);
    expect(decodeReceipt('1.' + 'a'.repeat(2000))).toEqual({ ok: false, message: RECEIPT_MESSAGES['too-long'] });
    expect(decodeReceipt('2.a.b.c')).toEqual({ ok: false, message: expect.stringContaining('the student') });
  });

  it('keeps a check code that changes with a fractional score', () => {
    const edited: Receipt = { ...receipt, lines: receipt.lines.map((l, i) => (i === 6 ? { ...l, score: 4.26 } : l)) };
    expect(checkCode(edited)).not.toBe(checkCode(receipt));
  });
});
