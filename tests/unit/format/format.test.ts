// The one way the site writes dates and scores.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatScore } from '../../../src/lib/format';

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

describe('formatDate', () => {
  it('writes "1 Dec 2026" for a timestamp, in the reader\'s day', () => {
    process.env.TZ = 'UTC';
    expect(formatDate('2026-11-20T12:00:00.000Z')).toBe('20 Nov 2026');
    process.env.TZ = 'Pacific/Auckland';
    expect(formatDate('2026-11-30T18:00:00.000Z')).toBe('1 Dec 2026');
  });

  it('keeps a bare date on its day wherever the reader is', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(formatDate('2026-12-01')).toBe('1 Dec 2026');
  });

  it('returns text that is not a date as written', () => {
    expect(formatDate('next Friday')).toBe('next Friday');
  });
});

describe('formatDateTime', () => {
  it('adds the local 24-hour time to the same date format', () => {
    process.env.TZ = 'UTC';
    expect(formatDateTime('2026-12-01T14:05:09.000Z')).toBe('1 Dec 2026, 14:05');
    expect(formatDateTime('2026-12-01T00:00:00.000Z')).toBe('1 Dec 2026, 00:00');
  });

  it('has no time to add to a bare date or to text that is not a date', () => {
    expect(formatDateTime('2026-12-01')).toBe('1 Dec 2026');
    expect(formatDateTime('soon')).toBe('soon');
  });
});

describe('formatScore', () => {
  it('shows partial credit to one decimal and the rounded percent', () => {
    expect(formatScore(4.5, 5)).toBe('4.5 out of 5 (90%)');
    expect(formatScore(1.25, 6)).toBe('1.25 out of 6 (21%)');
    expect(formatScore(3, 3)).toBe('3 out of 3 (100%)');
    expect(formatScore(0, 0)).toBe('0 out of 0 (0%)');
  });
});
