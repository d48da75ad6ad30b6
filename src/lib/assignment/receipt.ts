// A completion receipt: the assignment, each item's date and best score, and a typed name, carried
// in a link the student can hand in. Its check code is a fingerprint of exactly that content.
//
// What the check code proves: the receipt shown is the one the site made; a link or printout whose
// scores, dates, name or items were edited by hand shows a different code (or is refused).
// What it does NOT prove: who the student is, that they did the work themselves, or that the
// progress behind it is genuine (it is kept in the student's own browser, which they control), nor
// that nobody rebuilt a receipt with this public code. It is a self-reported record.
import { fnv1a, decodeToken, encodeToken, type TokenError } from './link-token';
import { parseAssignment, TOKEN_MESSAGES, type Assignment, type AssignmentItem } from './assignment';
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
    lines: statuses.map((s) => ({ item: s.item, done: s.done, at: s.at ?? null, score: s.score?.score ?? null, max: s.score?.max ?? null })),
  };
}

function rawReceipt(receipt: Receipt) {
  const a = receipt.assignment;
  return {
    a: { t: a.title, d: a.due, p: a.passPercent, i: a.items.map((item) => `${item.kind === 'lesson' ? 'l' : 'q'}:${item.id}`) },
    n: receipt.name,
    at: receipt.issuedAt,
    r: receipt.lines.map((line) => [line.done ? 1 : 0, line.at, line.score, line.max]),
  };
}

/** Six characters, shown as "ABC-123": the FNV-1a fingerprint of the receipt's canonical JSON. */
export function checkCode(receipt: Receipt): string {
  const code = fnv1a(JSON.stringify(rawReceipt(receipt))).slice(-6).toUpperCase();
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

export function encodeReceipt(receipt: Receipt): string {
  return encodeToken(rawReceipt(receipt));
}

const RECEIPT_MESSAGES: Record<TokenError, string> = {
  ...TOKEN_MESSAGES,
  empty: 'This link carries no receipt. Ask the student for the full receipt link.',
  truncated: 'This receipt link is incomplete: it was probably cut off when it was copied. Ask the student for the full link.',
  tampered: 'This receipt was changed after it was made (its check code does not match). Do not accept it as it is.',
  malformed: 'This is not a valid receipt link.',
};

export type ReceiptDecodeResult = { ok: true; receipt: Receipt } | { ok: false; message: string };

const isIsoOrNull = (v: unknown): v is string | null => v === null || (typeof v === 'string' && !Number.isNaN(Date.parse(v)));
const isCountOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);

export function decodeReceipt(token: string): ReceiptDecodeResult {
  const decoded = decodeToken(token);
  if (!decoded.ok) return { ok: false, message: RECEIPT_MESSAGES[decoded.error] };
  const raw = decoded.value as { a?: unknown; n?: unknown; at?: unknown; r?: unknown } | null;
  const assignment = parseAssignment(raw?.a);
  if (!raw || !assignment || typeof raw.n !== 'string' || raw.n.length > NAME_LIMIT || typeof raw.at !== 'string' || !isIsoOrNull(raw.at)) {
    return { ok: false, message: RECEIPT_MESSAGES.malformed };
  }
  if (!Array.isArray(raw.r) || raw.r.length !== assignment.items.length) return { ok: false, message: RECEIPT_MESSAGES.malformed };
  const lines: ReceiptLine[] = [];
  for (const [index, entry] of raw.r.entries()) {
    if (!Array.isArray(entry) || entry.length !== 4) return { ok: false, message: RECEIPT_MESSAGES.malformed };
    const [done, at, score, max] = entry as unknown[];
    if ((done !== 0 && done !== 1) || !isIsoOrNull(at) || !isCountOrNull(score) || !isCountOrNull(max)) return { ok: false, message: RECEIPT_MESSAGES.malformed };
    lines.push({ item: assignment.items[index]!, done: done === 1, at, score, max });
  }
  return { ok: true, receipt: { assignment, name: raw.n, issuedAt: raw.at, lines } };
}
