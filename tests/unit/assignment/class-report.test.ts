import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  entriesFromCsv,
  entriesFromLines,
  receiptTokenIn,
  reportCsv,
} from '../../../src/lib/assignment/class-report';
import { itemLabel, type AssignmentItem } from '../../../src/lib/assignment/assignment';
import { RECEIPT_MESSAGES } from '../../../src/lib/assignment/receipt';
import { classLinks, receiptLink, studentName, week3 } from '../../fixtures/class-report/class-receipts';

const TITLES: Record<string, string> = {
  'eight-planning-steps': 'The eight planning steps',
  'module-planning': 'Planning quiz',
  'goal-picker': 'Goal picker',
};
const titleOf = (item: AssignmentItem) => itemLabel(item, TITLES[item.id] ?? item.id);

/** The expected CSV lives in a fixture file so a change shows in review; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, actual: string): string {
  const path = join(import.meta.dirname, '../../fixtures/class-report', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  return readFileSync(path, 'utf8');
}

describe('receiptTokenIn', () => {
  it('finds the token of a receipt link anywhere in a line, and nothing in other text', () => {
    expect(receiptTokenIn('see https://x.org/instructors/receipt/#r=1.ab.c_d-e.XYZ thanks')).toBe('1.ab.c_d-e.XYZ');
    expect(receiptTokenIn('https://x.org/instructors/assignment/#a=1.ab.cd.XYZ')).toBe('');
    expect(receiptTokenIn('')).toBe('');
  });
});

describe('the class report from 30 pasted receipt links', () => {
  const report = buildReport(entriesFromLines(['', ...classLinks(), '   '].join('\n')));

  it('accepts the 26 good receipts and says why each of the other 4 is not counted', () => {
    expect(report.entries).toHaveLength(30);
    expect(report.accepted).toBe(26);
    expect(report.assignment).toEqual(week3);
    const refused = report.entries.filter((e) => e.problem);
    expect(refused.map((e) => e.source)).toEqual(['Line 28', 'Line 29', 'Line 30', 'Line 31']);
    expect(refused[0]!.problem).toBe(RECEIPT_MESSAGES.tampered);
    expect(refused[1]!.problem).toBe(RECEIPT_MESSAGES.truncated);
    expect(refused[2]!.problem).toBe('The same name as Line 6: check which one to count.');
    expect(refused[3]!.problem).toContain('different assignment ("Week 4: channels")');
  });

  it('lists the items most often left undone, most missed first', () => {
    const counted = report.entries.filter((e) => !e.problem).map((e) => e.receipt!);
    const missedOf = (index: number) => counted.filter((r) => !r.lines[index]!.done).length;
    const expected = [0, 1, 2]
      .map((index) => ({ item: week3.items[index], missed: missedOf(index), of: 26 }))
      .sort((a, b) => b.missed - a.missed);
    expect(report.mostMissed).toEqual(expected);
    expect(report.mostMissed[0]!.missed).toBeGreaterThan(report.mostMissed.at(-1)!.missed);
  });

  it('writes the CSV to import back, one row per line given, refused ones without a grade', () => {
    const csv = reportCsv(report, titleOf);
    expect(csv).toBe(golden('class-report.csv', csv));
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows).toHaveLength(30);
    expect(rows[0]).toMatchObject({
      Source: 'Line 2',
      'Student (as typed)': studentName(1),
      Receipt: 'Accepted (self-reported)',
    });
    expect(rows[26]).toMatchObject({
      Source: 'Line 28',
      'Percent done': '',
      Receipt: expect.stringMatching(/^Not counted: /),
    });
  });
});

describe('the class report from an LMS export of URL submissions', () => {
  const header = 'Identifier,Full name,Email address,Status,Grade,Maximum Grade,Online text';
  const lines = [
    header,
    `Participant 101,Ana Lima,ana@example.org,Submitted,,100,"My receipt: ${receiptLink(2, week3, 'Ana Lima')}"`,
    `Participant 102,"Ng, Bo",bo@example.org,Submitted,,100,${receiptLink(3, week3, '=HYPERLINK("x")')}`,
    'Participant 103,Cy Oduya,cy@example.org,No submission,,100,',
  ];

  it('keeps the LMS columns, fills in its grade scaled to the maximum, and flags a row with no link', () => {
    const parsed = entriesFromCsv(`\uFEFF${lines.join('\r\n')}\r\n`);
    if (!parsed.ok) throw new Error(parsed.message);
    const report = buildReport(parsed.entries, parsed.headers);
    expect(report.accepted).toBe(2);
    const rows = Papa.parse<Record<string, string>>(reportCsv(report, titleOf), { header: true }).data;
    expect(Object.keys(rows[0]!).slice(0, 7)).toEqual(header.split(','));
    const ana = report.entries[0]!.receipt!;
    const done = ana.lines.filter((l) => l.done).length;
    expect(rows[0]).toMatchObject({
      Identifier: 'Participant 101',
      Grade: String(Math.round((done / 3) * 10000) / 100),
    });
    expect(rows[1]!['Full name']).toBe('Ng, Bo');
    // A typed name that a spreadsheet would run as a formula is written as text.
    expect(rows[1]!['Student (as typed)']).toBe(`'=HYPERLINK("x")`);
    expect(rows[2]).toMatchObject({
      Identifier: 'Participant 103',
      Grade: '',
      Receipt: 'Not counted: No receipt link here.',
    });
  });

  it('refuses a file that is not CSV, naming the row', () => {
    expect(entriesFromCsv('a,b\n"unclosed,2\n')).toEqual({
      ok: false,
      message: expect.stringContaining('could not be read as CSV'),
    });
    expect(entriesFromCsv('')).toMatchObject({ ok: false });
  });
});
