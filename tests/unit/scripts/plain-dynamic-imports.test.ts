// The build swaps Vite's preload helper for `(load) => load()` (scripts/plain-dynamic-imports.mjs). Held
// here on bundles shaped like Vite 8's output: the helper replaced, other chunks untouched, and the build
// stopped (naming chunk and file) when a dynamic import would need CSS that only the real helper loads.
import { describe, expect, it } from 'vitest';
import { plainPreloadHelper } from '../../../scripts/plain-dynamic-imports.mjs';

const HELPER_CODE = 'var e=function(e,t){return e()};export{e as t};';
const helperChunk = () => ({
  type: 'chunk' as const,
  fileName: '_astro/preload-helper.abc.js',
  code: HELPER_CODE,
  exports: ['t'],
  moduleIds: ['\0vite/preload-helper.js'],
});
const caller = (deps: string[]) => ({
  type: 'chunk' as const,
  fileName: '_astro/page-progress.def.js',
  code:
    `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=[${deps.map((d) => `"${d}"`).join(',')}])))=>i.map(i=>d[i]);` +
    'import{t as s}from"./preload-helper.abc.js";var w=()=>s(async()=>{await import(`./page-writes.js`)},__vite__mapDeps([0]));export{w as t};',
  exports: ['t'],
  moduleIds: ['/src/lib/progress/page-progress.ts'],
});

describe('plainPreloadHelper', () => {
  it('replaces the helper with a function that calls the import, exported under the same name', async () => {
    const bundle = { helper: helperChunk(), caller: caller(['_astro/page-writes.js', '_astro/store.js']) };
    const callerCode = bundle.caller.code;
    expect(plainPreloadHelper(bundle)).toBe('_astro/preload-helper.abc.js');
    expect(bundle.helper.code).toMatch(/export\{preload as t\}/);
    expect(bundle.caller.code).toBe(callerCode);
    const url = `data:text/javascript,${encodeURIComponent(bundle.helper.code)}`;
    const { t: preload } = (await import(/* @vite-ignore */ url)) as { t: (load: () => Promise<string>) => unknown };
    await expect(preload(async () => 'loaded')).resolves.toBe('loaded');
  });

  it('stops the build, naming chunk and file, when a dynamic import would need a stylesheet', () => {
    const bundle = { helper: helperChunk(), caller: caller(['_astro/page-writes.js', '_astro/notice.x1.css']) };
    expect(() => plainPreloadHelper(bundle)).toThrow(/_astro\/page-progress\.def\.js.*_astro\/notice\.x1\.css/);
    expect(bundle.helper.code).toBe(HELPER_CODE);
  });

  it('refuses a helper chunk that holds other modules too, rather than dropping their code', () => {
    const helper = { ...helperChunk(), moduleIds: ['\0vite/preload-helper.js', '/src/lib/format.ts'] };
    expect(() => plainPreloadHelper({ helper })).toThrow(/src\/lib\/format\.ts/);
    expect(helper.code).toBe(HELPER_CODE);
  });

  it('leaves a bundle without dynamic imports alone', () => {
    const bundle = { caller: caller([]), css: { type: 'asset' as const, fileName: '_astro/site.css' } };
    expect(plainPreloadHelper(bundle)).toBeUndefined();
  });
});
