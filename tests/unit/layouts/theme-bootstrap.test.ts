// The pre-paint theme bootstrap is a string inlined into every page: run that exact string against a
// fake document, storage and media query to pin what it decides.
import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, themeBootstrapScript } from '../../../src/layouts/theme-bootstrap.mjs';

interface Scene {
  stored?: string | null;
  storageThrows?: boolean;
  systemDark: boolean;
}

function runBootstrap({ stored = null, storageThrows = false, systemDark }: Scene): string | undefined {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error('SecurityError: storage is disabled');
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  const matchMedia = (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark });
  const document = { documentElement: { dataset } };
  new Function('localStorage', 'matchMedia', 'document', themeBootstrapScript)(localStorage, matchMedia, document);
  return dataset.theme;
}

describe('theme bootstrap', () => {
  it('follows the system setting when the learner has not chosen', () => {
    expect(runBootstrap({ systemDark: true })).toBe('dark');
    expect(runBootstrap({ systemDark: false })).toBe('light');
  });

  it('keeps the stored choice over the system setting', () => {
    expect(runBootstrap({ stored: 'light', systemDark: true })).toBe('light');
    expect(runBootstrap({ stored: 'dark', systemDark: false })).toBe('dark');
  });

  it('ignores a stored value that is not a theme', () => {
    expect(runBootstrap({ stored: '"dark"', systemDark: false })).toBe('light');
    expect(runBootstrap({ stored: 'purple', systemDark: true })).toBe('dark');
  });

  it('still sets a theme when storage throws (blocked cookies, some private modes)', () => {
    expect(runBootstrap({ storageThrows: true, systemDark: true })).toBe('dark');
  });

  it('uses the documented storage key', () => {
    expect(THEME_STORAGE_KEY).toBe('one-voice:theme');
    expect(themeBootstrapScript).toContain(JSON.stringify(THEME_STORAGE_KEY));
  });
});
