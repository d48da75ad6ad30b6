// The class report: receipt links pasted one per line, or the CSV an LMS exports of URL submissions,
// checked one by one and laid out as students x items, with the items most often left undone and a
// CSV to take back to the gradebook. Everything runs in the instructor's browser.
import Papa from 'papaparse';
import { itemCode, type Assignment, type AssignmentItem } from './assignment';
import { formatNumber, formatScore } from '../format';
import { checkCode, decodeReceipt, type Receipt, type ReceiptLine } from './receipt';

/** One pasted line or one CSV row, and what its receipt link turned out to be. */
export interface ReportEntry {
  /** "Line 3" or "Row 3": where the instructor finds it in what they gave. */
  source: string;
  /** The CSV row as exported by the LMS (absent for pasted lines). */
  row: Record<string, string> | undefined;
  receipt: Receipt | undefined;
  checkCode: string | undefined;
  /** Why this entry counts for nothing: no link, a refused receipt, another assignment, a repeat. */
  problem: string | undefined;
}

export interface MissedItem {
  item: AssignmentItem;
  missed: number;
  of: number;
}

export interface ClassReport {
  entries: ReportEntry[];
  /** The assignment most receipts were made for: its items are the report's columns. */
  assignment: Assignment | undefined;
  accepted: number;
  mostMissed: MissedItem[];
  /** The CSV's own column names, in order (empty for pasted lines). */
  csvHeaders: string[];
}

const RECEIPT_TOKEN = /#r=([0-9A-Za-z._-]+)/;

/** The receipt token in a line or cell, or '' when it holds no receipt link. */
export function receiptTokenIn(text: string): string {
  return RECEIPT_TOKEN.exec(text)?.[1] ?? '';
}

const NO_LINK = 'No receipt link here.';

function entryFor(source: string, text: string, row?: Record<string, string>): ReportEntry {
  const token = receiptTokenIn(text);
  const base = { source, row, receipt: undefined, checkCode: undefined };
  if (!token) return { ...base, problem: NO_LINK };
  const decoded = decodeReceipt(token);
  if (!decoded.ok) return { ...base, problem: decoded.message };
  return { source, row, receipt: decoded.receipt, checkCode: checkCode(decoded.receipt), problem: undefined };
}

/** Pasted text: one receipt link per line; blank lines are skipped. */
export function entriesFromLines(text: string): ReportEntry[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, index }) => entryFor(`Line ${index + 1}`, line));
}

export type CsvResult = { ok: true; entries: ReportEntry[]; headers: string[] } | { ok: false; message: string };

/** An LMS export: a header row, then one row per submission; the link may be in any column. */
export function entriesFromCsv(text: string): CsvResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const headers = parsed.meta.fields ?? [];
  const broken = parsed.errors.find((error) => error.type === 'Quotes' || error.type === 'Delimiter');
  if (headers.length === 0 || broken) {
    const where = broken?.row === undefined ? '' : ` (row ${broken.row + 1})`;
    return { ok: false, message: `This file could not be read as CSV${where}. Export it from your LMS again as CSV.` };
  }
  // Row numbers as a spreadsheet shows them: the header is row 1.
  const entries = parsed.data.map((row, index) => entryFor(`Row ${index + 2}`, Object.values(row).join(' '), row));
  return { ok: true, entries, headers };
}

const assignmentKey = (a: Assignment) => JSON.stringify([a.title, a.due, a.passPercent, a.items.map(itemCode)]);
const studentKey = (entry: ReportEntry) => entry.receipt?.name.trim().toLowerCase() ?? '';

/** Checks the entries against each other: one assignment for all, each student once. */
export function buildReport(entries: ReportEntry[], csvHeaders: string[] = []): ClassReport {
  const counts = new Map<string, { assignment: Assignment; count: number }>();
  for (const entry of entries) {
    if (!entry.receipt) continue;
    const key = assignmentKey(entry.receipt.assignment);
    const known = counts.get(key);
    counts.set(key, { assignment: entry.receipt.assignment, count: (known?.count ?? 0) + 1 });
  }
  const assignment = [...counts.values()].sort((a, b) => b.count - a.count)[0]?.assignment;
  const expected = assignment ? assignmentKey(assignment) : '';
  const firstSeen = new Map<string, string>();
  const checked = entries.map((entry): ReportEntry => {
    if (!entry.receipt) return entry;
    if (assignmentKey(entry.receipt.assignment) !== expected) {
      const title = entry.receipt.assignment.title || 'untitled';
      return { ...entry, problem: `Made for a different assignment ("${title}") than most receipts here.` };
    }
    const student = studentKey(entry);
    const earlier = student ? firstSeen.get(student) : undefined;
    if (earlier) return { ...entry, problem: `The same name as ${earlier}: check which one to count.` };
    if (student) firstSeen.set(student, entry.source);
    return entry;
  });
  const counted = checked.filter((entry) => entry.receipt && !entry.problem);
  const mostMissed = (assignment?.items ?? [])
    .map((item, index) => ({
      item,
      missed: counted.filter((e) => !e.receipt!.lines[index]!.done).length,
      of: counted.length,
    }))
    .filter((row) => row.missed > 0)
    .sort((a, b) => b.missed - a.missed);
  return { entries: checked, assignment, accepted: counted.length, mostMissed, csvHeaders };
}

/** "Done", "Not done", with the score when there is one: "Done (4.25 out of 6 (71%))". */
export function lineText(line: ReceiptLine): string {
  const state = line.done ? 'Done' : 'Not done';
  return line.score !== null && line.max !== null ? `${state} (${formatScore(line.score, line.max)})` : state;
}

/** Items done as a percentage of the assignment's items, two decimals at most. */
export function percentDone(receipt: Receipt): number {
  const done = receipt.lines.filter((line) => line.done).length;
  return receipt.lines.length === 0 ? 0 : Math.round((done / receipt.lines.length) * 10000) / 100;
}

const GRADE = /^grade$/i;
const MAXIMUM_GRADE = /^maximum grade$/i;

/**
 * The CSV to import back: the LMS's own columns kept as they were (its "Grade" filled in, scaled
 * to its "Maximum grade" when there is one), then what each receipt says. Refused receipts get no
 * grade: the instructor decides. Cells that a spreadsheet would run as formulas are escaped.
 */
export function reportCsv(report: ClassReport, titleOf: (item: AssignmentItem) => string): string {
  const items = report.assignment?.items ?? [];
  const gradeColumn = report.csvHeaders.find((h) => GRADE.test(h));
  const maxColumn = report.csvHeaders.find((h) => MAXIMUM_GRADE.test(h));
  const leading = report.csvHeaders.length > 0 ? report.csvHeaders : ['Source'];
  const fields = [
    ...leading,
    'Student (as typed)',
    'Receipt',
    'Check code',
    'Items done',
    'Percent done',
    ...items.map(titleOf),
  ];
  const data = report.entries.map((entry) => {
    const counted = entry.receipt && !entry.problem ? entry.receipt : undefined;
    const own: Record<string, string> = entry.row ? { ...entry.row } : { Source: entry.source };
    if (counted && gradeColumn) {
      const max = maxColumn ? Number.parseFloat(entry.row?.[maxColumn] ?? '') : Number.NaN;
      const percent = percentDone(counted);
      own[gradeColumn] = formatNumber(Number.isFinite(max) ? (percent / 100) * max : percent);
    }
    const done = counted ? counted.lines.filter((line) => line.done).length : undefined;
    const cells = [
      entry.receipt?.name ?? '',
      entry.problem ? `Not counted: ${entry.problem}` : 'Accepted (self-reported)',
      entry.checkCode ?? '',
      done === undefined ? '' : `${done} of ${counted!.lines.length}`,
      counted ? formatNumber(percentDone(counted)) : '',
      ...items.map((_, index) => (counted ? lineText(counted.lines[index]!) : '')),
    ];
    return [...leading.map((field) => own[field] ?? ''), ...cells];
  });
  return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
}
