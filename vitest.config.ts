import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Unit tests run without Astro's compiler, so an imported .astro component becomes a named stub:
 * a test can check which component a module refers to (the exercise registry) but never render it.
 */
const astroComponentStub: Plugin = {
  name: 'astro-component-stub',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.astro')) return undefined;
    const file = id.replace(/^.*\//, '');
    const render = `() => { throw new Error('${file} cannot render in unit tests'); }`;
    return `export default Object.assign(${render}, { file: '${file}' });`;
  },
};

export default defineConfig({
  plugins: [astroComponentStub],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two cores on CI: keep the pool small so the e2e server that follows is not starved.
    maxWorkers: 2,
    // The schema and whole-course tests take about a second alone; a busy two-core machine can make
    // them several times slower, which is not a failure of the code under test.
    testTimeout: 30_000,
  },
});
