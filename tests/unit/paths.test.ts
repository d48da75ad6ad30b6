// Every URL shape of the site, with and without a base path.
import { describe, expect, it } from 'vitest';
import * as paths from '../../src/paths';

describe('joinBase', () => {
  it('puts a site-relative path under the base, whatever the slashes', () => {
    for (const base of ['/one-voice/', '/one-voice']) {
      expect(paths.joinBase(base, 'lessons/x/')).toBe('/one-voice/lessons/x/');
      expect(paths.joinBase(base, '/lessons/x/')).toBe('/one-voice/lessons/x/');
      expect(paths.joinBase(base, '')).toBe('/one-voice/');
    }
    expect(paths.joinBase('/', 'glossary/#brand')).toBe('/glossary/#brand');
    expect(paths.joinBase('/', '')).toBe('/');
  });
});

describe('pathBelowBase', () => {
  it('strips the base, so the same page matches under / and under a sub-path', () => {
    expect(paths.pathBelowBase('/one-voice/lessons/x/', '/one-voice/')).toBe('lessons/x/');
    expect(paths.pathBelowBase('/one-voice/lessons/x/', '/one-voice')).toBe('lessons/x/');
    expect(paths.pathBelowBase('/lessons/x/', '/')).toBe('lessons/x/');
    expect(paths.pathBelowBase('/one-voice/', '/one-voice/')).toBe('');
  });
});

describe('page paths (base "/" in unit tests)', () => {
  it('gives each page kind its one shape', () => {
    expect(import.meta.env.BASE_URL).toBe('/');
    expect(paths.homePath()).toBe('/');
    expect(paths.homePath('modules')).toBe('/#modules');
    expect(paths.lessonPath('what-is-imc')).toBe('/lessons/what-is-imc/');
    expect(paths.lessonQuizPath('what-is-imc')).toBe('/lessons/what-is-imc/#lesson-quiz');
    expect(paths.modulePath('foundations')).toBe('/modules/foundations/');
    expect(paths.modulesPath()).toBe('/modules/');
    expect(paths.practicePath()).toBe('/practice/');
    expect(paths.practicePath('goal-picker')).toBe('/practice/goal-picker/');
    expect(paths.glossaryPath()).toBe('/glossary/');
    expect(paths.glossaryPath('brand-equity')).toBe('/glossary/#brand-equity');
    expect(paths.searchPath()).toBe('/search/');
    expect(paths.progressPath()).toBe('/progress/');
    expect(paths.reviewPartPath('foundations')).toBe('/progress/review/foundations.json');
    expect(paths.instructorsPath()).toBe('/instructors/');
    expect(paths.instructorsPath('foundations')).toBe('/instructors/foundations/');
    expect(paths.assignmentBuilderPath()).toBe('/instructors/assign/');
    expect(paths.assignmentBuilderPath('about-receipts')).toBe('/instructors/assign/#about-receipts');
    expect(paths.assignmentViewPath()).toBe('/instructors/assignment/');
    expect(paths.receiptPath()).toBe('/instructors/receipt/');
    expect(paths.giftPath()).toBe('/exports/gift/course.txt');
    expect(paths.giftPath('foundations')).toBe('/exports/gift/foundations.txt');
    expect(paths.cartridgePath()).toBe('/exports/cartridge/course.imscc');
    expect(paths.cartridgePath('foundations')).toBe('/exports/cartridge/foundations.imscc');
    expect(paths.href('/favicon.svg')).toBe('/favicon.svg');
  });

  it('gives a lesson its absolute address on the hosted site, under its sub-path', () => {
    expect(paths.lessonUrl(new URL('https://example.github.io/one-voice/'), 'what-is-imc')).toBe(
      'https://example.github.io/one-voice/lessons/what-is-imc/',
    );
  });
});
