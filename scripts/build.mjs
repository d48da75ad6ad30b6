// `npm run build`: `astro build`, then the Pagefind index and the service worker in this process once
// Astro has exited (why: late-steps.mjs). Arguments after `--` go to `astro build`. Exits with Astro's
// status, its output (a malformed content file's name, item and field included) passed through as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LATE_STEPS_ENV, readLateSteps } from './late-steps.mjs';
import { indexSite } from './pagefind-integration.mjs';
import { writeServiceWorker } from './offline-integration.mjs';

// Memory settings for the Astro process, set here because they must be in place before Node starts
// (the heap cap) or before the bundler loads, which Astro does before it reads astro.config.mjs.
// Measured with `npm run bench -- --scale` (figures in docs/architecture.md):
// - Rolldown (Vite's bundler) allocates with mimalloc, which by default keeps freed pages for a while
//   and so holds the bundling's peak through the rest of the build; 0 returns them at once.
// - One worker thread each for Rolldown's pools: every thread keeps its own allocator heap.
// - A cap on V8's old generation makes it collect before growing past what the build needs instead of
//   growing towards the machine's size. The live heap grows with the course (measured after full
//   collections: about 87 MB at 37 lessons, 166 MB at 518, 262 MB at 1,036, roughly 80 MB + 0.18 MB a
//   lesson), so a fixed cap that a 1,000-lesson course fits makes a bigger one thrash in collection or
//   run out of memory: 320 MB left the 1,036-lesson build 2.64x slower per doubling, and 384 MB runs
//   out of memory at 2,035 lessons. The cap is 128 MB + 0.25 MB a lesson, about 1.5x the live heap at
//   every size measured (137 MB for 37 lessons, 387 MB for 1,036, 637 MB for 2,035, which builds).
// - Young generation 3 x 8 MB instead of V8's 3 x 32 MB: it is resident memory, and the smaller one cut
//   the 1,036-lesson peak by about 150 MB at the same old-generation cap.
// With both, 518 / 1,036 lessons build in 28.1 / 48.3 s (1.72x per doubling), peak 724 / 916 MB for the
// whole build (budget 1,024 MB); 2,035 lessons in 100.7 s, 1,273 MB. A NODE_OPTIONS of your own comes
// after these, so its flags win.
/** Lessons in the course (content/lessons/<module>/<lesson>.mdx, as src/content.config.ts reads them). */
const lessonCount = () =>
  readdirSync(new URL('../content/lessons', import.meta.url), { withFileTypes: true, recursive: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.mdx'),
  ).length;
const HEAP_CAP_MB = Math.round(128 + 0.25 * lessonCount());
const SEMI_SPACE_MB = 8;
/** @type {Record<string, string>} */
const MEMORY_ENV = {
  MIMALLOC_PURGE_DELAY: '0',
  RAYON_NUM_THREADS: '1',
  TOKIO_WORKER_THREADS: '1',
  ROLLDOWN_WORKER_THREADS: '1',
  NODE_OPTIONS:
    `--max-old-space-size=${HEAP_CAP_MB} --max-semi-space-size=${SEMI_SPACE_MB} ${process.env.NODE_OPTIONS ?? ''}`.trim(),
};

// The CLI file itself (not node_modules/.bin/astro, a shell shim on Windows), started with this Node.
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'one-voice-build-'));
const stepsFile = join(scratch, 'late-steps.json');
const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...MEMORY_ENV, [LATE_STEPS_ENV]: stepsFile },
});
/** @type {import('./late-steps.mjs').LateSteps | undefined} */
let steps;
try {
  if (run.status === 0 && existsSync(stepsFile)) steps = readLateSteps(stepsFile);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (!steps) {
  if (run.error) console.error(`astro build could not run: ${run.error.message}`);
  else if (run.signal) console.error(`astro build was stopped by ${run.signal}`);
  else if (run.status === 0)
    console.error(
      'astro build did not hand over the search index and service worker: is offlineSupport() in astro.config.mjs?',
    );
  process.exit(run.status || 1);
}
const logger = (/** @type {string} */ name) => ({
  info: (/** @type {string} */ message) => console.log(`[${name}] ${message}`),
});
await indexSite(steps.site, logger('one-voice:pagefind'));
writeServiceWorker(steps.site, steps.base, logger('one-voice:offline'));
