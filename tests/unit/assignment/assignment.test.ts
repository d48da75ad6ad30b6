import { describe, expect, it } from 'vitest';
import {
  decodeAssignment,
  encodeAssignment,
  TOKEN_MESSAGES,
  unknownItemsMessage,
  type Assignment,
  type AssignmentCatalog,
} from '../../../src/lib/assignment/assignment';
import { decodeToken, encodeToken, fnv1a, MAX_TOKEN_LENGTH } from '../../../src/lib/assignment/link-token';
import { classroomShareUrl, linkWithToken, tokenFromHash } from '../../../src/lib/assignment/assignment-links';

const catalog: AssignmentCatalog = {
  lesson: { 'what-is-imc': 'What is IMC?', 'why-imc-matters': 'Why IMC matters' },
  quiz: { 'module-foundations': 'Foundations quiz' },
  exercise: { 'goal-picker': 'Goal picker' },
};

const assignment: Assignment = {
  title: 'Week 1: <b>Foundations</b> & café 🎉',
  due: 'Friday 5 pm',
  passPercent: 80,
  items: [
    { kind: 'lesson', id: 'what-is-imc' },
    { kind: 'lesson', id: 'why-imc-matters' },
    { kind: 'quiz', id: 'module-foundations' },
    { kind: 'exercise', id: 'goal-picker' },
  ],
};

function tokenOf(a: Assignment): string {
  const result = encodeAssignment(a);
  if (!result.ok) throw new Error(result.message);
  return result.token;
}

describe('encodeAssignment / decodeAssignment', () => {
  it('round-trips title, due text, pass mark and items in order (markup, accents and emoji as plain text)', () => {
    const decoded = decodeAssignment(tokenOf(assignment), catalog);
    expect(decoded).toEqual({ ok: true, assignment, unknownItems: [] });
  });

  it('keeps a token URL-safe', () => {
    expect(tokenOf(assignment)).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('leaves out items the course no longer has and names them', () => {
    const token = tokenOf({
      ...assignment,
      items: [...assignment.items, { kind: 'lesson', id: 'removed-lesson' }, { kind: 'quiz', id: 'what-is-imc' }],
    });
    const decoded = decodeAssignment(token, catalog);
    expect(decoded.ok && decoded.assignment.items).toEqual(assignment.items);
    expect(decoded.ok && decoded.unknownItems).toEqual([
      { kind: 'lesson', id: 'removed-lesson' },
      { kind: 'quiz', id: 'what-is-imc' },
    ]);
    expect(unknownItemsMessage([{ kind: 'lesson', id: 'removed-lesson' }])).toBe(
      'One item in this link no longer exists in the course and is left out: lesson "removed-lesson".',
    );
    expect(
      unknownItemsMessage([
        { kind: 'lesson', id: 'a' },
        { kind: 'quiz', id: 'b' },
      ]),
    ).toBe('2 items in this link no longer exist in the course and are left out: lesson "a", quiz "b".');
  });

  it('knows only the course\'s own ids: "constructor", inherited by every object, is not an item', () => {
    const inherited = [
      { kind: 'lesson' as const, id: 'constructor' },
      { kind: 'quiz' as const, id: 'constructor' },
    ];
    const token = tokenOf({ ...assignment, items: [...assignment.items, ...inherited] });
    const decoded = decodeAssignment(token, catalog);
    expect(decoded.ok && decoded.assignment.items).toEqual(assignment.items);
    expect(decoded.ok && decoded.unknownItems).toEqual(inherited);
    const onlyInherited = tokenOf({ ...assignment, items: [{ kind: 'exercise', id: 'constructor' }] });
    expect(decodeAssignment(onlyInherited, catalog)).toMatchObject({ ok: false });
  });

  it('refuses a link whose items are all gone', () => {
    const decoded = decodeAssignment(tokenOf({ ...assignment, items: [{ kind: 'lesson', id: 'gone' }] }), catalog);
    expect(decoded).toEqual({
      ok: false,
      message: expect.stringContaining('None of the lessons, quizzes or exercises'),
    });
  });

  it('says a cut-off link is incomplete', () => {
    const token = tokenOf(assignment);
    for (const cut of [token.length - 1, token.length - 10, 12, 3]) {
      expect(decodeAssignment(token.slice(0, cut), catalog)).toEqual({ ok: false, message: TOKEN_MESSAGES.truncated });
    }
  });

  it('says an edited link was changed', () => {
    const token = tokenOf(assignment);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(decodeAssignment(token.slice(0, -1) + last, catalog)).toEqual({
      ok: false,
      message: TOKEN_MESSAGES.tampered,
    });
    // A valid token whose content was re-encoded by hand with a wrong checksum.
    const [version, length, , payload] = token.split('.');
    expect(decodeAssignment(`${version}.${length}.0000000.${payload}`, catalog)).toEqual({
      ok: false,
      message: TOKEN_MESSAGES.tampered,
    });
  });

  it('refuses a well-formed token whose content is not an assignment', () => {
    for (const value of [
      {},
      { t: 'x', d: '', p: 0, i: ['l:what-is-imc'] },
      { t: 'x', d: '', p: 70, i: ['x:what-is-imc'] },
      { t: 'x', d: '', p: 70, i: ['l:Bad Id'] },
      { t: 'x', d: '', p: 70, i: ['l:what-is-imc', 'l:what-is-imc'] },
      { t: 'x', d: '', p: 70, i: ['l:what-is-imc:x'] },
      [1, 2],
    ]) {
      expect(decodeAssignment(encodeToken(value), catalog)).toEqual({ ok: false, message: TOKEN_MESSAGES.malformed });
    }
  });

  it('refuses an oversized link and an empty one with their own messages', () => {
    expect(decodeAssignment('1.' + 'a'.repeat(MAX_TOKEN_LENGTH), catalog)).toEqual({
      ok: false,
      message: TOKEN_MESSAGES['too-long'],
    });
    expect(decodeAssignment('', catalog)).toEqual({ ok: false, message: TOKEN_MESSAGES.empty });
    expect(decodeAssignment('2.a.b.c', catalog)).toEqual({ ok: false, message: TOKEN_MESSAGES.version });
    // A student reads these: each tells them whom to ask.
    for (const message of Object.values(TOKEN_MESSAGES)) expect(message).toContain('Ask your instructor');
    expect(decodeAssignment('hello', catalog)).toEqual({ ok: false, message: TOKEN_MESSAGES.malformed });
  });

  it('will not make an empty, oversized or too-long assignment', () => {
    expect(encodeAssignment({ ...assignment, items: [] })).toEqual({
      ok: false,
      message: 'Pick at least one lesson, quiz or exercise.',
    });
    const many = Array.from({ length: 61 }, (_, i) => ({ kind: 'lesson' as const, id: `lesson-${i}` }));
    expect(encodeAssignment({ ...assignment, items: many })).toMatchObject({
      ok: false,
      message: expect.stringContaining('at most 60'),
    });
    const long = Array.from({ length: 60 }, (_, i) => ({
      kind: 'lesson' as const,
      id: `a-rather-long-lesson-identifier-number-${i}`,
    }));
    expect(encodeAssignment({ ...assignment, items: long })).toMatchObject({
      ok: false,
      message: expect.stringContaining('too long'),
    });
  });
});

describe('link-token', () => {
  it('decodes what it encodes', () => {
    expect(decodeToken(encodeToken({ x: 'ü🎉' }))).toEqual({ ok: true, value: { x: 'ü🎉' } });
  });

  it('hashes with FNV-1a (known vector)', () => {
    expect(fnv1a('')).toBe((0x811c9dc5).toString(36).padStart(7, '0'));
    expect(fnv1a('a')).toBe((0xe40c292c).toString(36).padStart(7, '0'));
  });
});

describe('links', () => {
  it('puts the token in the fragment and reads it back', () => {
    const link = linkWithToken('https://example.org/instructors/assignment/#old', 'a', '1.x.y.z');
    expect(link).toBe('https://example.org/instructors/assignment/#a=1.x.y.z');
    expect(tokenFromHash(new URL(link).hash, 'a')).toBe('1.x.y.z');
    expect(tokenFromHash('', 'a')).toBe('');
  });

  it('builds the documented Google Classroom share link', () => {
    expect(classroomShareUrl('https://example.org/a/#a=1.x', 'Week 1')).toBe(
      'https://classroom.google.com/share?url=https%3A%2F%2Fexample.org%2Fa%2F%23a%3D1.x&title=Week+1',
    );
  });
});
