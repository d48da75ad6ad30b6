// Vite's build import analysis wraps every dynamic import() of the browser bundle in its preload helper
// (`__vitePreload`, 0.9 KB gz), which adds <link rel="modulepreload"> for the imported chunk's own imports
// and loads CSS the chunk needs. Here dynamic imports are actions' code (the progress store on a click, the
// move-link compressor): a waterfall of one or two small files after a click costs nothing a reader sees,
// while the helper itself was the largest file every lesson loaded at once (`npm run bench`). Vite 8 keeps
// the helper even with `build.modulePreload: false`, so this plugin swaps the helper's body, after Vite has
// written the bundle, for a function that just calls the import. It refuses to when a dynamic import
// needs CSS: that is the one thing only the real helper does, and the page would silently lose the styles.
/** @typedef {{ type: 'chunk', fileName: string, code: string, exports: string[], moduleIds: string[] }} Chunk */
/** @typedef {Record<string, Chunk | { type: 'asset', fileName: string }>} Bundle */

const PRELOAD_HELPER = 'vite/preload-helper';
/** `__vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js",…])))=>…`: the files a call preloads. */
const MAP_DEPS = /__vite__mapDeps=\([^;]*?m\.f=\[([^\]]*)\]/;

/**
 * Replaces the preload helper in a client bundle with `(load) => load()`. Throws, naming the chunk and
 * the file, when any dynamic import of the bundle would preload a stylesheet.
 * @param {Bundle} bundle
 * @returns {string | undefined} the helper chunk's file name, when there was one
 */
export function plainPreloadHelper(bundle) {
  const chunks = /** @type {Chunk[]} */ (Object.values(bundle).filter((file) => file.type === 'chunk'));
  const helper = chunks.find((chunk) => chunk.moduleIds.some((id) => id.includes(PRELOAD_HELPER)));
  if (!helper) return undefined;
  for (const chunk of chunks) {
    const css = chunk.code.match(MAP_DEPS)?.[1].match(/[^"'`,]+\.css/)?.[0];
    if (css)
      throw new Error(
        `${chunk.fileName}: a dynamic import there needs ${css}; Vite's preload helper is replaced by a plain ` +
          'import() (scripts/plain-dynamic-imports.mjs), which cannot load CSS. Import that CSS statically instead.',
      );
  }
  if (helper.moduleIds.length !== 1 || helper.exports.length !== 1)
    throw new Error(
      `${helper.fileName}: expected a chunk holding only Vite's preload helper and exporting it alone, ` +
        `found modules ${helper.moduleIds.join(', ')} and exports ${helper.exports.join(', ')}`,
    );
  helper.code = `const preload=(load)=>load();export{preload as ${helper.exports[0]}};\n`;
  return helper.fileName;
}

/** @returns {import('vite').Plugin} */
export function plainDynamicImports() {
  return {
    name: 'one-voice:plain-dynamic-imports',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        plainPreloadHelper(/** @type {Bundle} */ (/** @type {unknown} */ (bundle)));
      },
    },
  };
}
