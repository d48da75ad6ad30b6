// `npm run build`: `astro build`, then the Pagefind index and the service worker in this process once
// Astro has exited (why: late-steps.mjs). Arguments after `--` go to `astro build`. Exits with Astro's
// status, its output (a malformed content file's name, item and field included) passed through as it is.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LATE_STEPS_ENV, readLateSteps } from './late-steps.mjs';
import { indexSite } from './pagefind-integration.mjs';
import { writeServiceWorker } from './offline-integration.mjs';

// Rolldown (Vite's bundler) allocates with mimalloc, which by default keeps freed pages for a while
// and so holds the bundling's peak through the rest of the build; 0 returns them to the system at once.
// Set here because mimalloc reads it when the bundler loads, before Astro reads astro.config.mjs.
/** @type {Record<string, string>} */
const NATIVE_MEMORY_ENV = { MIMALLOC_PURGE_DELAY: '0' };

// The CLI file itself (not node_modules/.bin/astro, a shell shim on Windows), started with this Node.
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'one-voice-build-'));
const stepsFile = join(scratch, 'late-steps.json');
const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...NATIVE_MEMORY_ENV, [LATE_STEPS_ENV]: stepsFile },
});
/** @type {import('./late-steps.mjs').LateSteps | undefined} */
let steps;
try {
  if (run.status === 0) steps = readLateSteps(stepsFile);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (!steps) {
  if (run.error) console.error(`astro build could not run: ${run.error.message}`);
  process.exit(run.status || 1);
}
const logger = (/** @type {string} */ name) => ({
  info: (/** @type {string} */ message) => console.log(`[${name}] ${message}`),
});
await indexSite(steps.site, logger('one-voice:pagefind'));
writeServiceWorker(steps.site, steps.base, logger('one-voice:offline'));
