// The build's last two steps, the Pagefind index and the service worker (which precaches the index, so
// it comes after), read every built page. Run inside `astro build` they add their memory to everything
// the build still holds (the bundler's and renderer's working set, which Node does not give back), so
// `npm run build` (scripts/build.mjs) runs them in its own process once `astro build` has exited.
// It sets ONE_VOICE_LATE_STEPS to a file path; the integrations then skip both steps and the service
// worker integration writes there what the late steps need (the built site's folder and base path).
import { readFileSync, writeFileSync } from 'node:fs';

export const LATE_STEPS_ENV = 'ONE_VOICE_LATE_STEPS';

/** True when the build wrapper, not `astro build`, runs the index and the service worker. */
export const lateStepsWanted = () => Boolean(process.env[LATE_STEPS_ENV]);

/** @typedef {{ site: string, base: string }} LateSteps */

/** @param {LateSteps} steps */
export function recordLateSteps(steps) {
  writeFileSync(/** @type {string} */ (process.env[LATE_STEPS_ENV]), JSON.stringify(steps));
}

/** @param {string} path @returns {LateSteps} */
export const readLateSteps = (path) => JSON.parse(readFileSync(path, 'utf8'));
