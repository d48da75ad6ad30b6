// public/_headers is what a static host sends with every page. Browsers enforce a header policy and the
// page's <meta> policy together, so the header must add frame-ancestors (a <meta> cannot) and must not
// name script or style sources, which would block the inline scripts the per-page hashes allow.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The _headers format: a path line, then indented "Name: value" lines; # starts a comment. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon === -1) throw new Error(`Not a header line under a path: "${line}"`);
    current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

const rules = parseHeaders(readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', '_headers'), 'utf8'));
const everyPage = rules.get('/*') ?? new Map<string, string>();

describe('public/_headers', () => {
  it('forbids framing by any site, in the policy and for old browsers', () => {
    expect(everyPage.get('content-security-policy')).toMatch(/(^|;\s*)frame-ancestors 'none'(;|$)/);
    expect(everyPage.get('x-frame-options')).toBe('DENY');
  });

  it('leaves script and style sources to the per-page <meta> policy', () => {
    const directives = (everyPage.get('content-security-policy') ?? '').split(';').map((d) => d.trim().split(/\s+/)[0]);
    expect(directives.filter((name) => /^(default|script|style)-src/.test(name ?? ''))).toEqual([]);
  });

  it('sends the usual hardening headers', () => {
    expect(everyPage.get('x-content-type-options')).toBe('nosniff');
    expect(everyPage.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(everyPage.get('permissions-policy')).toContain('camera=()');
  });

  it('lets browsers find a new service worker on the next visit', () => {
    expect(rules.get('/sw.js')?.get('cache-control')).toBe('no-cache');
  });
});
