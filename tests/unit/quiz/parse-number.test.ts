import { describe, expect, it } from 'vitest';
import { parseNumber, withinTolerance } from '../../../src/lib/quiz/parse-number';

describe('parseNumber', () => {
  it.each([
    ['1,200', 1200],
    ['12.5%', 12.5],
    ['$40', 40],
    [' 3.2 ', 3.2],
    ['-4', -4],
    ['€1,000.50', 1000.5],
    ['.5', 0.5],
    ['250 %', 250],
    ['-$15', -15],
    ['1,234,567', 1234567],
  ])('reads %j as %d', (typed, value) => {
    expect(parseNumber(typed)).toBe(value);
  });

  it.each(['', '   ', 'abc', '12 34', '1,5', '1,20', '12.5.1', '%', '$', '-', '4x', '1e5'])('refuses %j', (typed) => {
    expect(parseNumber(typed)).toBeUndefined();
  });
});

describe('withinTolerance', () => {
  it('includes both ends and forgives float noise', () => {
    expect(withinTolerance(12.4, 12.5, 0.1)).toBe(true);
    expect(withinTolerance(0.1 + 0.2, 0.3, 0)).toBe(true);
    expect(withinTolerance(12.39, 12.5, 0.1)).toBe(false);
  });
});
