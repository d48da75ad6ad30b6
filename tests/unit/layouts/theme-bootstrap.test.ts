// The pre-paint theme bootstrap is a string inlined into every page: run that exact string against a
// fake document, storage and media query to pin what it decides.
import { describe, expect, it } from 'vitest';
import { QUIZ_PRACTICE_KEY, THEME_STORAGE_KEY, themeBootstrapScript } from '../../../src/layouts/theme-bootstrap.mjs';

interface Scene {
  stored?: string | null;
  storageThrows?: boolean;
  systemDark: boolean;
  /** What sessionStorage holds for practice mode; 'throws' when it is blocked. */
  practice?: string | null | 'throws';
}

function runScene({
  stored = null,
  storageThrows = false,
  systemDark,
  practice = null,
}: Scene): Record<string, string> {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error('SecurityError: storage is disabled');
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  const sessionStorage = {
    getItem(key: string) {
      if (practice === 'throws') throw new Error('SecurityError: storage is disabled');
      return key === QUIZ_PRACTICE_KEY ? practice : null;
    },
  };
  const matchMedia = (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark });
  const document = { documentElement: { dataset } };
  new Function('localStorage', 'sessionStorage', 'matchMedia', 'document', themeBootstrapScript)(
    localStorage,
    sessionStorage,
    matchMedia,
    document,
  );
  return dataset;
}

const runBootstrap = (scene: Scene): string | undefined => runScene(scene).theme;

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

  it('marks practice mode turned on earlier in this visit, and nothing else', () => {
    expect(runScene({ systemDark: false, practice: 'on' }).quizPractice).toBe('');
    expect('quizPractice' in runScene({ systemDark: false })).toBe(false);
    expect('quizPractice' in runScene({ systemDark: false, practice: 'yes' })).toBe(false);
    // Blocked session storage: no mark, and the theme is still set.
    expect(runScene({ systemDark: true, practice: 'throws' })).toEqual({ theme: 'dark' });
  });

  it('uses the documented storage key', () => {
    expect(THEME_STORAGE_KEY).toBe('one-voice:theme');
    expect(themeBootstrapScript).toContain(JSON.stringify(THEME_STORAGE_KEY));
    expect(QUIZ_PRACTICE_KEY).toBe('one-voice:quiz-practice');
    expect(themeBootstrapScript).toContain(JSON.stringify(QUIZ_PRACTICE_KEY));
  });
});
