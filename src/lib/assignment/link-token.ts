// A small, self-checking text token for data carried in a URL fragment (assignments, receipts).
// Shape: "<version>.<payload length, base 36>.<checksum>.<payload>", payload = base64url(UTF-8 JSON).
// The length tells a cut-off link from an edited one; the checksum (FNV-1a, not a secret) catches
// edits by hand and copy damage. Nothing here is security: anyone can compute a valid token.

import { hashSeed } from '../quiz/seeded-shuffle';

export const TOKEN_VERSION = '1';
/** Longer tokens are refused: LMS link fields and some browsers cut URLs of a few thousand characters. */
export const MAX_TOKEN_LENGTH = 1800;

export type TokenError = 'empty' | 'too-long' | 'truncated' | 'tampered' | 'malformed' | 'version';
export type TokenResult = { ok: true; value: unknown } | { ok: false; error: TokenError };

/** FNV-1a over UTF-16 code units, as 7 base-36 characters. */
export function fnv1a(text: string): string {
  return hashSeed(text).toString(36).padStart(7, '0');
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(payload: string): string {
  const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeToken(value: unknown): string {
  const payload = toBase64Url(JSON.stringify(value));
  return `${TOKEN_VERSION}.${payload.length.toString(36)}.${fnv1a(payload)}.${payload}`;
}

export function decodeToken(token: string): TokenResult {
  const text = token.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_TOKEN_LENGTH) return { ok: false, error: 'too-long' };
  const parts = text.split('.');
  if (parts[0] !== TOKEN_VERSION) return { ok: false, error: /^\d+$/.test(parts[0] ?? '') ? 'version' : 'malformed' };
  if (parts.length < 4) return { ok: false, error: 'truncated' };
  if (parts.length > 4) return { ok: false, error: 'malformed' };
  const [, lengthText = '', checksum = '', payload = ''] = parts;
  const declaredLength = Number.parseInt(lengthText, 36);
  if (!/^[0-9a-z]+$/.test(lengthText) || !Number.isSafeInteger(declaredLength))
    return { ok: false, error: 'malformed' };
  if (payload.length < declaredLength) return { ok: false, error: 'truncated' };
  if (payload.length > declaredLength || fnv1a(payload) !== checksum) return { ok: false, error: 'tampered' };
  try {
    return { ok: true, value: JSON.parse(fromBase64Url(payload)) };
  } catch {
    return { ok: false, error: 'malformed' };
  }
}
