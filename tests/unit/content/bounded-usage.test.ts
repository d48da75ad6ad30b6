import { describe, expect, it } from 'vitest';
import { boundedUsage } from '../../../src/lib/content/bounded-usage';

const lesson = (id: string, moduleId: string) => ({ id, module: { id: moduleId } });

describe('boundedUsage', () => {
  it('names every lesson when there are few', () => {
    const lessons = [lesson('a', 'm1'), lesson('b', 'm2')];
    expect(boundedUsage(lessons, 2)).toEqual({ shown: lessons, more: 0, moreModuleId: undefined });
  });

  it('names the first ones and points to the one module holding the rest', () => {
    const lessons = [lesson('a', 'm1'), lesson('b', 'm1'), lesson('c', 'm2'), lesson('d', 'm2')];
    const usage = boundedUsage(lessons, 2);
    expect(usage.shown.map((l) => l.id)).toEqual(['a', 'b']);
    expect(usage).toMatchObject({ more: 2, moreModuleId: 'm2' });
  });

  it('points nowhere in particular (the course map) when the rest span modules', () => {
    const lessons = [lesson('a', 'm1'), lesson('b', 'm1'), lesson('c', 'm2')];
    expect(boundedUsage(lessons, 1)).toMatchObject({ more: 2, moreModuleId: undefined });
  });

  it('refuses a limit that would name nothing', () => {
    expect(() => boundedUsage([], 0)).toThrow(/limit must be a whole number >= 1, got 0/);
  });
});
