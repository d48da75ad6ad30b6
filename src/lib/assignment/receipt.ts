// A completion receipt: the assignment, each item's date and best score, and a typed name, carried
// in a link the student can hand in. Its check code is a fingerprint of exactly that content.
//
// What the check code proves: the receipt shown is the one the site made; a link or printout whose
// scores, dates, name or items were edited by hand shows a different code (or is refused).
// What it does NOT prove: who the student is, that they did the work themselves, or that the
// progress behind it is genuine (it is kept in the student's own browser, which they control), nor
// that nobody rebuilt a receipt with this public code. It is a self-reported record.
import { fnv1a, decodeToken, encodeToken, type TokenError } from './link-token';
import { itemCode, parseAssignment, type Assignment, type AssignmentItem } from './assignment';
import { meetsPassMark } from './pass-mark';
import type { ItemStatus } from './item-status';

export const NAME_LIMIT = 80;

export interface ReceiptLine {
  item: AssignmentItem;
  done: boolean;
  at: string | null;
  score: number | null;
  max: number | null;
}

export interface Receipt {
  assignment: Assignment;
  name: string;
  issuedAt: string;
  lines: ReceiptLine[];
}

export function buildReceipt(assignment: Assignment, statuses: ItemStatus[], name: string, now: Date): Receipt {
  return {
    assignment,
    name: name.trim().slice(0, NAME_LIMIT),
    issuedAt: now.toISOString(),
    lines: statuses.map((s) => ({
      item: s.item,
      done: s.done,
      at: s.at ?? null,
      score: s.score?.score ?? null,
      max: s.score?.max ?? null,
    })),
  };
}

function rawReceipt(receipt: Receipt) {
  const a = receipt.assignment;
  return {
    a: { t: a.title, d: a.due, p: a.passPercent, i: a.items.map(itemCode) },
    n: receipt.name,
    at: receipt.issuedAt,
    r: receipt.lines.map((line) => [line.done ? 1 : 0, line.at, line.score, line.max]),
  };
}

/** Six characters, shown as "ABC-123": the FNV-1a fingerprint of the receipt's canonical JSON. */
export function checkCode(receipt: Receipt): string {
  const code = fnv1a(JSON.stringify(rawReceipt(receipt)))
    .slice(-6)
    .toUpperCase();
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

export function encodeReceipt(receipt: Receipt): string {
  return encodeToken(rawReceipt(receipt));
}

type ReceiptError = TokenError | 'impossible' | 'inconsistent';

const NOT_AS_IT_IS = 'Do not accept it as it is; ask the student to make a new receipt from the assignment link.';

/** Written for the person who opens a receipt: the instructor, not the student who made it. */
export const RECEIPT_MESSAGES: Record<ReceiptError, string> = {
  empty: 'This link carries no receipt. Ask the student for the full receipt link.',
  'too-long': 'This link is too long to be a receipt made by this site. Check that only one receipt link was pasted.',
  truncated:
    'This receipt link is incomplete: it was probably cut off when it was copied. Ask the student for the full link.',
  tampered: `This receipt was changed after it was made (its check code does not match). ${NOT_AS_IT_IS}`,
  malformed: `This is not a valid receipt link. ${NOT_AS_IT_IS}`,
  version:
    'This receipt was made by a different version of the site and cannot be read here. ' +
    'Ask the student to make a new receipt from the assignment link.',
  impossible:
    'This receipt shows something that cannot happen (a score above the most an item allows, a negative score, ' +
    `or a date after the receipt was made), so it was edited by hand. ${NOT_AS_IT_IS}`,
  inconsistent:
    'This receipt contradicts itself (an item is marked done although its score is below the pass mark, or the ' +
    `reverse), so it was edited by hand. ${NOT_AS_IT_IS}`,
};

export type ReceiptDecodeResult = { ok: true; receipt: Receipt } | { ok: false; message: string };

const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isDateOrNull = (v: unknown): v is string | null => v === null || isDate(v);
const isNumberOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

/** What is wrong with a line whose fields each have the right type, if anything. */
function lineProblem(line: ReceiptLine, passPercent: number, issuedAt: string): ReceiptError | undefined {
  const { item, done, at, score, max } = line;
  if (at !== null && Date.parse(at) > Date.parse(issuedAt)) return 'impossible';
  if (item.kind === 'lesson') {
    if (score !== null || max !== null) return 'malformed';
    return done === (at !== null) ? undefined : 'inconsistent';
  }
  // A quiz or exercise: either never attempted (no date, no score) or dated and scored.
  if (at === null || score === null || max === null) {
    if (at !== null || score !== null || max !== null) return 'malformed';
    return done ? 'inconsistent' : undefined;
  }
  if (max <= 0 || score < 0 || score > max) return 'impossible';
  return done === meetsPassMark(score, max, passPercent) ? undefined : 'inconsistent';
}

type Raw = { a?: unknown; n?: unknown; at?: unknown; r?: unknown };

function parseReceipt(value: unknown): Receipt | ReceiptError {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Raw;
  const assignment = parseAssignment(raw.a);
  const { n: name, at: issuedAt } = raw;
  if (!assignment || typeof name !== 'string' || name.length > NAME_LIMIT || !isDate(issuedAt)) return 'malformed';
  if (!Array.isArray(raw.r) || raw.r.length !== assignment.items.length) return 'malformed';
  const lines: ReceiptLine[] = [];
  for (const [index, entry] of raw.r.entries()) {
    if (!Array.isArray(entry) || entry.length !== 4) return 'malformed';
    const [done, at, score, max] = entry as unknown[];
    if ((done !== 0 && done !== 1) || !isDateOrNull(at) || !isNumberOrNull(score) || !isNumberOrNull(max)) {
      return 'malformed';
    }
    lines.push({ item: assignment.items[index]!, done: done === 1, at, score, max });
  }
  // The most basic problem found on any line is the one reported.
  const problems = lines.map((line) => lineProblem(line, assignment.passPercent, issuedAt));
  const worst = (['malformed', 'impossible', 'inconsistent'] as const).find((error) => problems.includes(error));
  return worst ?? { assignment, name, issuedAt, lines };
}

export function decodeReceipt(token: string): ReceiptDecodeResult {
  const decoded = decodeToken(token);
  if (!decoded.ok) return { ok: false, message: RECEIPT_MESSAGES[decoded.error] };
  const receipt = parseReceipt(decoded.value);
  return typeof receipt === 'string' ? { ok: false, message: RECEIPT_MESSAGES[receipt] } : { ok: true, receipt };
}
