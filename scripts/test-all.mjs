#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find, then one
// closing line "N passed, N failed" summed over all runners (CI reads that line).
//   1. Biome (format and lint)      4. build at / and under a sub-path (with Pagefind)
//   2. astro check (types)          5. the Nu Html Checker over every built page of both builds
//   3. vitest (rules, content)      6. Playwright against the built site (journeys, axe, links, CSP)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check (type check, a build): counts as one test. */
function step(label, command, args, env) {
  const ok = run(label, command, args, env);
  ok ? passed++ : failed++;
  if (!ok) console.log(`--- ${label} FAILED`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

step('Format and lint (Biome)', bin('biome'), ['check', '.']);
step('Type check', bin('astro'), ['check']);

run('Unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json']);
const vitest = readJson('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0);
} else {
  console.log('--- Unit tests wrote no report');
  failed++;
}

// SITE_URL makes the LMS exports (which need absolute lesson URLs) part of what the tests see.
// REPO_URL (root build only) puts "Edit this page" / "Report a problem" on the lessons the browser
// tests drive; the sub-path build has none, so both states are checked (tests/e2e/repository-links.spec.ts).
const builtRoot = step('Build at /', 'node', ['scripts/build.mjs'], {
  SITE_URL: 'https://one-voice.example.org',
  REPO_URL: 'https://github.com/one-voice-course/one-voice',
  BASE_PATH: '/',
  OUT_DIR: './dist',
});
const builtSub = step('Build under /one-voice/', 'node', ['scripts/build.mjs'], {
  SITE_URL: 'https://example.github.io',
  BASE_PATH: '/one-voice',
  OUT_DIR: './dist-subpath',
  REPO_URL: '',
});

if (builtRoot && builtSub) {
  step('HTML validity (Nu Html Checker, Java)', 'node', ['scripts/check-html.mjs', 'dist', 'dist-subpath']);
} else {
  console.log('--- HTML validity skipped: the build failed');
  failed++;
}

if (builtRoot && builtSub) {
  run('Browser tests', bin('playwright'), ['test']);
  const report = readJson('reports/playwright.json');
  if (report?.stats) {
    passed += report.stats.expected;
    failed += report.stats.unexpected + report.stats.flaky;
    if (report.errors?.length) failed += report.errors.length;
  } else {
    console.log('--- Browser tests wrote no report');
    failed++;
  }
} else {
  console.log('--- Browser tests skipped: the build failed');
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && existsSync('dist') ? 0 : 1);
