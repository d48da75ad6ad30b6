// `npm run bench -- --scale`: builds synthetic courses of 100, 500 and 1,000 lessons (scripts/synthetic-course.mjs)
// in a temporary copy of the project with `npm run build` (the command a user runs) and prints, for each,
// build wall time, peak memory, dist size and Pagefind time, then the growth per doubling of the course.
// Peak memory is of the whole process tree (npm, the build and the Pagefind binary it starts), sampled
// from /proc, so memory moved into a child process still counts. Each process counts its proportional
// set size (shared pages split between their sharers), so a child just forked, which shares its
// parent's pages until it starts its own program, does not count the parent twice.
// `--sizes=100,200` picks other sizes. Several minutes on a small machine, so it is behind a flag.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
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

const PAGE_BYTES = 4096;
const SAMPLE_MS = 25;

/** Proportional set size of one process (its resident set when smaps_rollup is unreadable). */
function processBytes(pid, rssBytes) {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1]) * 1024 || rssBytes;
  } catch {
    return rssBytes;
  }
}

/** Memory of `root` and all its descendants now, from /proc (Linux); 0 elsewhere. */
function treeBytes(root) {
  const parent = new Map();
  const rss = new Map();
  for (const name of existsSync('/proc') ? readdirSync('/proc') : []) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while being read
    }
    // Fields after the command name (which may hold spaces): state ppid ... rss is field 24 of stat(5).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parent.set(Number(name), Number(fields[1]));
    rss.set(Number(name), Number(fields[21]) * PAGE_BYTES);
  }
  const inTree = (pid) => {
    for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += processBytes(pid, bytes);
  return total;
}

/** Runs `npm run build` in `cwd`, sampling the process tree's memory; resolves with status, output, peak. */
function measuredBuild(cwd) {
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'build'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let peakBytes = 0;
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const sampler = setInterval(() => {
      peakBytes = Math.max(peakBytes, treeBytes(/** @type {number} */ (child.pid)));
    }, SAMPLE_MS);
    child.on('close', (status) => {
      clearInterval(sampler);
      done({ status, out: stripVTControlCharacters(out), peakBytes: peakBytes || Number.NaN });
    });
  });
}

async function buildAt(lessons) {
  const dir = mkdtempSync(join(tmpdir(), `one-voice-scale-${lessons}-`));
  try {
    for (const f of PROJECT_FILES) cpSync(resolve(f), join(dir, f), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    const counts = writeSyntheticCourse(resolve('content'), dir, lessons);
    const started = performance.now();
    const { status, out, peakBytes } = await measuredBuild(dir);
    const seconds = (performance.now() - started) / 1000;
    if (status !== 0) throw new Error(`build of ${lessons} lessons failed:\n${out.slice(-4000)}`);
    const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(out)?.[1] ?? Number.NaN);
    const pages = Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? Number.NaN);
    return { ...counts, pages, seconds, peakBytes, distBytes: dirBytes(join(dir, 'dist')), pagefindMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Growth per doubling between two sizes: (b / a) ^ (1 / log2(nb / na)). */
export const perDoubling = (a, b, na, nb) => (b / a) ** (1 / Math.log2(nb / na));

export async function runScaleBench(argv) {
  const sizes = (argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '100,500,1000').split(',').map(Number);
  if (!existsSync('/proc')) console.log('(no /proc: peak memory is not measured)');
  const mb = (n) => `${(n / 1024 ** 2).toFixed(0).padStart(6)} MB`;
  const rows = [];
  console.log('\nScaling (synthetic courses from the real one; build includes Pagefind):');
  console.log('lessons  pages  build s   peak mem    dist size  pagefind s');
  for (const n of sizes) {
    const r = await buildAt(n);
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
