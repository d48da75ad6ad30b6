import { describe, expect, it } from 'vitest';
import { NAV_ALL_MODULES_UP_TO, navModules } from '../../../src/lib/content/nav-window';

const modules = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}` }));
const ids = (list: { id: string }[]) => list.map((m) => m.id);

describe('the modules the sidebar lists', () => {
  it('lists every module of a course that has few', () => {
    expect(ids(navModules(modules(7), 'm3'))).toEqual(ids(modules(7)));
    expect(navModules(modules(NAV_ALL_MODULES_UP_TO), undefined)).toHaveLength(NAV_ALL_MODULES_UP_TO);
  });

  it('lists a window of the same size around the current module of a long course', () => {
    expect(ids(navModules(modules(100), 'm50'))).toEqual(['m47', 'm48', 'm49', 'm50', 'm51', 'm52', 'm53']);
    expect(navModules(modules(1000), 'm500')).toHaveLength(7);
  });

  it('keeps the window inside the course at either end, and starts at the first module off any module', () => {
    expect(ids(navModules(modules(100), 'm2'))).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    expect(ids(navModules(modules(100), 'm100'))).toEqual(['m94', 'm95', 'm96', 'm97', 'm98', 'm99', 'm100']);
    expect(ids(navModules(modules(100), undefined))).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
  });
});
