// `npm run bench -- --scale`: builds synthetic courses of 100, 500 and 1,000 lessons (scripts/synthetic-course.mjs)
// in a temporary copy of the project and prints, for each, build wall time, peak memory (the largest
// process, from /usr/bin/time -v), dist size and Pagefind time, then the growth per doubling of the course.
// `--sizes=100,200` picks other sizes. Several minutes on a small machine, so it is behind a flag.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { writeSyntheticCourse } from './synthetic-course.mjs';

const BUDGET = { perDoubling: 2.1, peakBytesAt1000: 1024 ** 3 };
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

const dirBytes = (d) =>
  readdirSync(d, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? dirBytes(join(d, e.name)) : statSync(join(d, e.name)).size),
    0,
  );

function buildAt(lessons) {
  const dir = mkdtempSync(join(tmpdir(), `one-voice-scale-${lessons}-`));
  try {
    for (const f of PROJECT_FILES) cpSync(resolve(f), join(dir, f), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    const counts = writeSyntheticCourse(resolve('content'), dir, lessons);
    const started = performance.now();
    const run = spawnSync('/usr/bin/time', ['-v', 'node_modules/.bin/astro', 'build'], { cwd: dir, encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    const out = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
    if (run.status !== 0) throw new Error(`build of ${lessons} lessons failed:\n${out.slice(-4000)}`);
    const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(out)?.[1] ?? Number.NaN);
    const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(out)?.[1] ?? Number.NaN);
    const pages = Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? Number.NaN);
    return { ...counts, pages, seconds, peakBytes: peakKb * 1024, distBytes: dirBytes(join(dir, 'dist')), pagefindMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Growth per doubling between two sizes: (b / a) ^ (1 / log2(nb / na)). */
export const perDoubling = (a, b, na, nb) => (b / a) ** (1 / Math.log2(nb / na));

export function runScaleBench(argv) {
  const sizes = (argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '100,500,1000').split(',').map(Number);
  if (!existsSync('/usr/bin/time')) console.log('(no /usr/bin/time: peak memory is not measured)');
  const mb = (n) => `${(n / 1024 ** 2).toFixed(0).padStart(6)} MB`;
  const rows = [];
  console.log('\nScaling (synthetic courses from the real one; build includes Pagefind):');
  console.log('lessons  pages  build s   peak mem    dist size  pagefind s');
  for (const n of sizes) {
    const r = buildAt(n);
    rows.push(r);
    console.log(
      `${String(r.lessons).padStart(7)} ${String(r.pages).padStart(6)} ${r.seconds.toFixed(1).padStart(8)} ${mb(r.peakBytes)} ${mb(r.distBytes)}    ${(r.pagefindMs / 1000).toFixed(1).padStart(8)}`,
    );
  }
  const verdicts = [];
  console.log('\nper doubling of the course   build   peak mem   dist   pagefind');
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    const g = (key) => perDoubling(a[key], b[key], a.lessons, b.lessons).toFixed(2).padStart(6);
    console.log(
      `    ${a.lessons} -> ${b.lessons} lessons`.padEnd(29),
      `${g('seconds')}x ${g('peakBytes')}x ${g('distBytes')}x ${g('pagefindMs')}x`,
    );
    const ratio = perDoubling(a.seconds, b.seconds, a.lessons, b.lessons);
    verdicts.push(
      `${ratio <= BUDGET.perDoubling ? 'PASS' : 'FAIL'}  build time per doubling, ${a.lessons} -> ${b.lessons} lessons: ${ratio.toFixed(2)}x (budget ${BUDGET.perDoubling}x)`,
    );
  }
  const largest = rows.at(-1);
  if (largest && largest.lessons >= 1000)
    verdicts.push(
      `${largest.peakBytes <= BUDGET.peakBytesAt1000 ? 'PASS' : 'FAIL'}  peak memory at ${largest.lessons} lessons: ${mb(largest.peakBytes).trim()} (budget 1024 MB)`,
    );
  return verdicts;
}
