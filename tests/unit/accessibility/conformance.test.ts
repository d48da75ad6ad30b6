// The conformance report behind /accessibility/ against WCAG 2.2 itself and against the tests it cites.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../../src/lib/accessibility/conformance';

// Every WCAG 2.2 success criterion at levels A and AA (4.1.1 Parsing was removed in 2.2).
const WCAG_22_A_AA: Record<string, 'A' | 'AA'> = {
  '1.1.1': 'A',
  '1.2.1': 'A',
  '1.2.2': 'A',
  '1.2.3': 'A',
  '1.2.4': 'AA',
  '1.2.5': 'AA',
  '1.3.1': 'A',
  '1.3.2': 'A',
  '1.3.3': 'A',
  '1.3.4': 'AA',
  '1.3.5': 'AA',
  '1.4.1': 'A',
  '1.4.2': 'A',
  '1.4.3': 'AA',
  '1.4.4': 'AA',
  '1.4.5': 'AA',
  '1.4.10': 'AA',
  '1.4.11': 'AA',
  '1.4.12': 'AA',
  '1.4.13': 'AA',
  '2.1.1': 'A',
  '2.1.2': 'A',
  '2.1.4': 'A',
  '2.2.1': 'A',
  '2.2.2': 'A',
  '2.3.1': 'A',
  '2.4.1': 'A',
  '2.4.2': 'A',
  '2.4.3': 'A',
  '2.4.4': 'A',
  '2.4.5': 'AA',
  '2.4.6': 'AA',
  '2.4.7': 'AA',
  '2.4.11': 'AA',
  '2.5.1': 'A',
  '2.5.2': 'A',
  '2.5.3': 'A',
  '2.5.4': 'A',
  '2.5.7': 'AA',
  '2.5.8': 'AA',
  '3.1.1': 'A',
  '3.1.2': 'AA',
  '3.2.1': 'A',
  '3.2.2': 'A',
  '3.2.3': 'AA',
  '3.2.4': 'AA',
  '3.2.6': 'A',
  '3.3.1': 'A',
  '3.3.2': 'A',
  '3.3.3': 'AA',
  '3.3.4': 'AA',
  '3.3.7': 'A',
  '3.3.8': 'AA',
  '4.1.2': 'A',
  '4.1.3': 'AA',
};

describe('accessibility conformance report', () => {
  it('lists every WCAG 2.2 A and AA criterion once, at its level, in order', () => {
    expect(CRITERIA.map((c) => c.id)).toEqual(Object.keys(WCAG_22_A_AA));
    for (const c of CRITERIA) expect(c.level, c.id).toBe(WCAG_22_A_AA[c.id]);
  });
  it('backs every claim of support with at least one test, and explains every row', () => {
    for (const c of CRITERIA) {
      expect(c.remarks.length, c.id).toBeGreaterThan(20);
      if (c.conformance === 'Supports' || c.conformance === 'Partially Supports') {
        expect(c.tests.length, `${c.id} claims support without a test`).toBeGreaterThan(0);
      }
    }
  });
  it('cites only tests that exist, by a title written in their file', () => {
    const missing = CRITERIA.flatMap((c) =>
      c.tests
        .filter((ref) => !existsSync(ref.file) || !readFileSync(ref.file, 'utf8').includes(ref.title))
        .map((ref) => `${c.id}: ${ref.file} › ${ref.title}`),
    );
    expect(missing).toEqual([]);
  });
});
