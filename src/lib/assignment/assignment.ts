// An assignment lives only in its link: a title, a due-date text, a pass mark and the items to do.
import { isSlug } from '../../schemas/vocabulary/slug';
import { decodeToken, encodeToken, MAX_TOKEN_LENGTH, type TokenError } from './link-token';
import { ownValue } from './own';

export type AssignmentItemKind = 'lesson' | 'quiz' | 'exercise';
export interface AssignmentItem {
  kind: AssignmentItemKind;
  id: string;
}
export interface Assignment {
  title: string;
  due: string;
  /** Percent a quiz's best score, or an exercise's saved score, must reach to count as done. */
  passPercent: number;
  items: AssignmentItem[];
}

/** What a link may refer to: the course's lesson, quiz and exercise ids (values, e.g. titles, are not read). */
export type AssignmentCatalog = Readonly<Record<AssignmentItemKind, Readonly<Record<string, unknown>>>>;

/** The catalog's own entry for an item (never an inherited member such as `constructor`). */
export const catalogEntry = <T>(
  catalog: Readonly<Record<AssignmentItemKind, Readonly<Record<string, T>>>>,
  item: AssignmentItem,
) => ownValue(catalog[item.kind], item.id);

export const LIMITS = { title: 120, due: 60, items: 60 } as const;
export const DEFAULT_PASS_PERCENT = 70;

const KIND_CODE: Record<AssignmentItemKind, string> = { lesson: 'l', quiz: 'q', exercise: 'e' };
const KIND_BY_CODE = new Map(Object.entries(KIND_CODE).map(([kind, code]) => [code, kind as AssignmentItemKind]));

/** "q:what-is-imc": how an item is written in a link. */
export const itemCode = (item: AssignmentItem) => `${KIND_CODE[item.kind]}:${item.id}`;

export const TOKEN_MESSAGES: Record<TokenError, string> = {
  empty: 'This link carries no assignment. Ask your instructor for the full link.',
  'too-long': 'This link is too long to be an assignment link made by this site. Ask your instructor for a new link.',
  truncated:
    'This link is incomplete: it was probably cut off when it was copied. Ask your instructor for the full link.',
  tampered:
    'This link was changed after it was made (its check does not match), so it cannot be trusted. ' +
    'Ask your instructor for the original link.',
  malformed: 'This is not a valid assignment link. Ask your instructor for the original link.',
  version:
    'This link was made by a different version of the site and cannot be read here. Ask your instructor for a new link.',
};

export type EncodeResult = { ok: true; token: string } | { ok: false; message: string };

export function encodeAssignment(assignment: Assignment): EncodeResult {
  if (assignment.items.length === 0) return { ok: false, message: 'Pick at least one lesson, quiz or exercise.' };
  if (assignment.items.length > LIMITS.items)
    return { ok: false, message: `Pick at most ${LIMITS.items} items; split the work into two assignments.` };
  const token = encodeToken({
    t: assignment.title.trim().slice(0, LIMITS.title),
    d: assignment.due.trim().slice(0, LIMITS.due),
    p: assignment.passPercent,
    i: assignment.items.map(itemCode),
  });
  if (token.length > MAX_TOKEN_LENGTH)
    return {
      ok: false,
      message: 'This assignment makes a link too long to paste safely. Pick fewer items or shorten the title.',
    };
  return { ok: true, token };
}

export type DecodeResult =
  | {
      ok: true;
      assignment: Assignment /** Items the course no longer has (removed or renamed). */;
      unknownItems: AssignmentItem[];
    }
  | { ok: false; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the raw JSON of an assignment; undefined when any field is out of shape. */
export function parseAssignment(raw: unknown): Assignment | undefined {
  if (!isRecord(raw)) return undefined;
  const { t, d, p, i } = raw;
  if (typeof t !== 'string' || t.length > LIMITS.title || typeof d !== 'string' || d.length > LIMITS.due)
    return undefined;
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || p > 100) return undefined;
  if (!Array.isArray(i) || i.length === 0 || i.length > LIMITS.items) return undefined;
  const items: AssignmentItem[] = [];
  const seen = new Set<string>(); // an item listed twice is not something the builder makes
  for (const entry of i) {
    if (typeof entry !== 'string') return undefined;
    const [code = '', id = '', ...rest] = entry.split(':');
    const kind = rest.length === 0 ? KIND_BY_CODE.get(code) : undefined;
    if (!kind || !isSlug(id) || seen.has(entry)) return undefined;
    seen.add(entry);
    items.push({ kind, id });
  }
  return { title: t, due: d, passPercent: p, items };
}

export function decodeAssignment(token: string, catalog: AssignmentCatalog): DecodeResult {
  const decoded = decodeToken(token);
  if (!decoded.ok) return { ok: false, message: TOKEN_MESSAGES[decoded.error] };
  const assignment = parseAssignment(decoded.value);
  if (!assignment) return { ok: false, message: TOKEN_MESSAGES.malformed };
  const known = (item: AssignmentItem) => Object.hasOwn(catalog[item.kind], item.id);
  const unknownItems = assignment.items.filter((item) => !known(item));
  if (unknownItems.length === assignment.items.length) {
    return {
      ok: false,
      message:
        'None of the lessons, quizzes or exercises in this link exist in the course any more. ' +
        'Ask your instructor for a new link.',
    };
  }
  return { ok: true, assignment: { ...assignment, items: assignment.items.filter(known) }, unknownItems };
}

/** The text shown for items a link names but the course no longer has. */
export function unknownItemsMessage(items: AssignmentItem[]): string {
  const names = items.map((item) => `${item.kind} "${item.id}"`).join(', ');
  return items.length === 1
    ? `One item in this link no longer exists in the course and is left out: ${names}.`
    : `${items.length} items in this link no longer exist in the course and are left out: ${names}.`;
}

/** How an item is named in lists: "Quiz: …", "Exercise: …", a lesson by its title alone. */
export function itemLabel(item: AssignmentItem, title: string): string {
  return item.kind === 'lesson' ? title : `${item.kind === 'quiz' ? 'Quiz' : 'Exercise'}: ${title}`;
}
