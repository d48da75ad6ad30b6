import { describe, expect, it } from 'vitest';
import { buildReceipt, checkCode, decodeReceipt, encodeReceipt } from '../../../src/lib/assignment/receipt';
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
  ],
};

function progress(): Progress {
  const p = emptyProgress();
  p.lessonsDone['what-is-imc'] = '2026-11-20T10:00:00.000Z';
  const attempt = (score: number, max: number) => ({ at: '2026-11-21T09:00:00.000Z', score, max, answers: {} });
  p.quizzes['module-foundations'] = { attempts: 2, best: { score: 8, max: 10, at: '2026-11-21T09:00:00.000Z' }, last: attempt(6, 10) };
  p.quizzes['what-is-imc'] = { attempts: 1, best: { score: 1, max: 3, at: '2026-11-21T09:00:00.000Z' }, last: attempt(1, 3) };
  return p;
}

describe('itemStatuses', () => {
  it('counts a lesson done when marked, and a quiz done when its best score reaches the pass mark', () => {
    const statuses = itemStatuses(assignment, progress());
    expect(statuses.map((s) => s.done)).toEqual([true, true, false, false]);
    expect(statuses[0]!.at).toBe('2026-11-20T10:00:00.000Z');
    expect(statuses[1]!.score).toEqual({ score: 8, max: 10 });
    expect(statuses[2]!.score).toEqual({ score: 1, max: 3 });
    expect(statuses[3]).toMatchObject({ done: false, at: undefined, score: undefined });
  });
});

describe('receipts', () => {
  const now = new Date('2026-11-22T12:00:00.000Z');
  const receipt = buildReceipt(assignment, itemStatuses(assignment, progress()), '  <img src=x onerror=alert(1)> Zoë 🎓 ', now);

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
    expect(decodeReceipt(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toEqual({ ok: false, message: expect.stringContaining('changed after it was made') });
    expect(decodeReceipt(encodeToken({ a: {}, n: 'x', at: 'x', r: [] }))).toEqual({ ok: false, message: 'This is not a valid receipt link.' });
    const wrongRows = { a: { t: 'x', d: '', p: 70, i: ['l:a-b'] }, n: 'x', at: now.toISOString(), r: [[2, null, null, null]] };
    expect(decodeReceipt(encodeToken(wrongRows))).toEqual({ ok: false, message: 'This is not a valid receipt link.' });
    expect(decodeReceipt('')).toEqual({ ok: false, message: expect.stringContaining('no receipt') });
  });
});
