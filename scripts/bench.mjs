#!/usr/bin/env node
// `npm run bench`: builds the site and prints size and speed figures against the budgets.
// Budgets are printed PASS/FAIL lines, never timed tests (a slow machine must not fail CI).
//
// JavaScript is counted in two kinds, because the budgets mean different things:
//   island JS  - Preact and the exercise/quiz islands (and everything they import): the
//                "0 bytes on a page without an exercise" budget is about this.
//   chrome JS  - the tiny plain scripts every page has (theme toggle and its inline bootstrap,
//                sidebar progress marks, the search trigger): printed on their own line with their own budget.
//                Counted as loaded at once (static imports); what they import() only on an action (the
//                progress store on a click) is printed beside them as "on demand" and counted in "all JS"
//                and in "after it hydrates". Island JS counts dynamic imports too.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
// The all-JS budgets of island pages were re-based on 3 December 2026 (docs/architecture.md, "JavaScript
// budgets"): they had been set when a quiz was one kind of question with no record to keep (15 KB), and the
// shared floor every island page now carries (printed below: Preact and its renderer, Astro's island loader,
// the progress store with its storage guard and island hook, the page's own scripts) is itself about 15 KB.
// Each re-based figure is today's measurement after this round of cuts plus under 0.5 KB, so any growth
// fails; FIRST_SET keeps the figure each started from, printed beside it.
const BUDGET = {
  // a lesson page with its quiz (or a module page with the module quiz): all JS, gzip; 25.9 KB when re-based,
  // then 26.1 with a click's "could not load the code that saves" message (page-progress.ts)
  lessonJs: 26.5 * KB,
  exerciseJs: 21.5 * KB, // a page with one exercise (or the assignment/receipt pages): all JS, gzip
  lessonWithExerciseJs: 28 * KB, // a lesson with its quiz and an embedded exercise: all JS, gzip
  cssPerPage: 15 * KB, // CSS per page, gzip
  islandJsWithoutExercise: 0, // a page with no quiz or exercise ships no framework or island code
  chromeJs: 3 * KB, // chrome scripts on any page, gzip
  // The home page and the practice index also read the record ("continue where you left off",
  // each exercise's status): the chrome plus those small scripts, gzip.
  chromeJsWithRecord: 4.5 * KB,
  // /progress/: the record, the review, and file/link transfer; counts the compressor and QR encoder
  // (about 9 KB gz) that the page loads only when a move link is made or opened.
  progressJs: 35.5 * KB,
  // /review/: the spaced-review island with the FSRS scheduler (ts-fsrs, about 6.6 KB gz), the quiz rules
  // and the store (29.8 KB gz when added; 30.0 with the page scripts' "could not load" message).
  reviewJs: 30.5 * KB,
  // A module exam or the final exam: the Exam island (the quiz's answer views, the draw and the store);
  // its questions come as a JSON file per module, counted on the "Exam pools" line below.
  examJs: 26 * KB,
  // /instructors/collect/: the class report checks receipts and parses LMS CSV files (papaparse, ~7 KB gz).
  classReportJs: 26 * KB,
  // What a reader downloads, all in (HTML + CSS + JS, each file gzipped), before reaching the interactive
  // part: a lesson before its quiz, an exercise page before its exercise hydrates, search before a query.
  // These three are issue 15's own figures and are not re-based.
  lessonBeforeQuiz: 18 * KB,
  exerciseBeforeHydration: 20 * KB,
  searchBeforeQuery: 15 * KB,
};
/** The figures the re-based budgets started from (see BUDGET), printed beside each verdict. */
const FIRST_SET = {
  lessonJs: 15 * KB,
  exerciseJs: 20 * KB,
  lessonWithExerciseJs: 20 * KB,
  progressJs: 28 * KB,
  examJs: 20 * KB,
  reviewJs: 30 * KB,
};
// The glossary reads it too: "Add to review" shows which terms are already cards.
const RECORD_PAGES = ['home', 'practice index', 'glossary'];

const skipBuild = process.argv.includes('--no-build');
const scale = process.argv.includes('--scale');
// `--closure`: under each page type, its island JS file by file (gzip), so one can see where the bytes go.
const showClosure = process.argv.includes('--closure');
let buildSeconds;
/** Milliseconds Astro reports for rendering each route, e.g. "/exports/gift/course.txt (+12ms)". */
const routeMs = new Map();
if (!skipBuild) {
  const started = performance.now();
  const result = spawnSync('node', ['scripts/build.mjs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout);
    console.error('build failed');
    process.exit(1);
  }
  buildSeconds = (performance.now() - started) / 1000;
  const plain = stripVTControlCharacters(result.stdout);
  for (const m of plain.matchAll(/(\/\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/g))
    routeMs.set(m[1], Number(m[2]) * (m[3] === 's' ? 1000 : 1));
}

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const files = walk(DIST);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

/** Maps a URL used in a page or module to a file in dist (or undefined for external/missing). */
function toFile(url, fromFile) {
  if (/^(https?:|data:)/.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0];
  const path = clean.startsWith('/') ? join(DIST, clean.slice(base.length - 1)) : join(dirname(fromFile), clean);
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** Static imports (`from "x"`, `import "x"`) and dynamic ones (`import("x")`; the bundler writes them with backticks). */
const STATIC_IMPORT = /(?:from\s*|import\s*)["'`]([^"'`]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /import\s*\(\s*["'`]([^"'`]+\.m?js)["'`]/g;

/**
 * A JS module and everything it imports: statically only (`atOnce`: what the browser fetches when the
 * page loads), or dynamically too (everything the page can load, e.g. the store a click imports).
 */
function jsClosure(entry, { atOnce = false } = {}, seen = new Set()) {
  if (!entry || seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const spec of atOnce ? [STATIC_IMPORT] : [STATIC_IMPORT, DYNAMIC_IMPORT])
    for (const m of code.matchAll(spec)) jsClosure(toFile(m[1], entry), { atOnce }, seen);
  return seen;
}

function measurePage(file) {
  const html = readFileSync(file, 'utf8');
  const island = new Set();
  const chrome = new Set();
  /** Chunks a chrome script imports only when needed (the progress store on a click): not loaded at once. */
  const chromeOnDemand = new Set();
  let inlineChrome = '';
  for (const m of html.matchAll(
    /<astro-island[^>]*?(?:component-url|renderer-url)="([^"]+)"[^>]*?(?:renderer-url|component-url)="([^"]+)"/g,
  )) {
    for (const url of [m[1], m[2]]) for (const f of jsClosure(toFile(url.replace(/&amp;/g, '&'), file))) island.add(f);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1];
    if (src) {
      const atOnce = jsClosure(toFile(src, file), { atOnce: true });
      for (const f of atOnce)
        if (!island.has(f)) chrome.add(f);
        else if (!/type="application\/(ld\+)?json"/.test(m[1])) inlineChrome += m[2];
      for (const f of jsClosure(toFile(src, file))) if (!atOnce.has(f) && !island.has(f)) chromeOnDemand.add(f);
    }
  }
  for (const f of chrome) chromeOnDemand.delete(f);
  // Astro's own island bootstrap is inline in every page with an island: it is island JS.
  const astroIslandInline = html.includes('<astro-island')
    ? [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
        .map((m) => m[1])
        .filter((s) => s.includes('astro-island') || s.includes('Astro'))
        .join('')
    : '';
  const chromeInline = inlineChrome.replace(astroIslandInline, '');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => toFile(m[1], file))
    .filter(Boolean);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const sum = (set, fn) => [...set].reduce((n, f) => n + fn(readFileSync(f)), 0);
  return {
    islandFiles: [...island],
    astroLoaderGz: astroIslandInline ? gz(Buffer.from(astroIslandInline)) : 0,
    html: [Buffer.byteLength(html), gz(Buffer.from(html))],
    css: [sum(css, (b) => b.length) + inlineCss.length, sum(css, gz) + (inlineCss ? gz(Buffer.from(inlineCss)) : 0)],
    islandJs: [
      sum(island, (b) => b.length) + astroIslandInline.length,
      sum(island, gz) + (astroIslandInline ? gz(Buffer.from(astroIslandInline)) : 0),
    ],
    chromeJs: [
      sum(chrome, (b) => b.length) + chromeInline.length,
      sum(chrome, gz) + (chromeInline.trim() ? gz(Buffer.from(chromeInline)) : 0),
    ],
    chromeOnDemandJs: [sum(chromeOnDemand, (b) => b.length), sum(chromeOnDemand, gz)],
  };
}

/**
 * Gzip bytes a reader downloads: `before` = the HTML (inline scripts included), its stylesheets and the
 * module scripts it loads at once (with their static imports); `after` adds the islands (and everything
 * they import) once they hydrate, and what the page's scripts import only when needed.
 */
function downloads(file) {
  const html = readFileSync(file, 'utf8');
  const files = (urls, options) =>
    new Set([...urls].flatMap((u) => [...jsClosure(toFile(u.replace(/&amp;/g, '&'), file), options)]));
  const scriptUrls = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .filter((m) => !/media="print"/.test(m[0]))
    .map((m) => toFile(m[1], file))
    .filter(Boolean);
  const scripts = files(scriptUrls, { atOnce: true });
  const later = new Set([
    ...files(scriptUrls),
    ...files([...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1])),
  ]);
  const sum = (list) => [...list].reduce((n, f) => n + gz(readFileSync(f)), 0);
  // The quiz island and the goal picker fetch their data when they wake up (src/islands/QuizLoader.tsx,
  // src/lib/exercises/exercise-file.ts): part of "after".
  const quizData = [...html.matchAll(/&quot;([^&"]*\/(?:quizzes|exercises)\/[^&"]+\.json)&quot;/g)]
    .map((m) => toFile(m[1], file))
    .filter(Boolean);
  const before = gz(Buffer.from(html)) + sum(css) + sum(scripts);
  return { before, after: before + sum([...later].filter((f) => !scripts.has(f))) + sum(quizData) };
}

function pageType(path) {
  const p = '/' + relative(DIST, path).split('\\').join('/');
  if (p === '/index.html') return 'home';
  // A lesson that embeds an exercise is held to the exercise budget (quiz + one exercise).
  if (p.startsWith('/lessons/') && /<div[^>]*data-exercise-kind=/.test(readFileSync(path, 'utf8')))
    return 'lesson with exercise';
  if (p === '/404.html') return '404';
  if (p.startsWith('/final-exam/') || /^\/modules\/[^/]+\/exam\//.test(p)) return 'exam';
  const first = p.split('/')[1];
  const depth = p.split('/').length;
  const types = {
    modules: 'module',
    lessons: 'lesson',
    glossary: 'glossary',
    search: 'search',
    progress: 'progress review',
    review: 'spaced review',
    practice: depth > 3 ? 'exercise' : 'practice index',
  };
  if (first === 'instructors') {
    if (p.includes('/assign/') || p.includes('/assignment/') || p.includes('/receipt/')) return 'assignment/receipt';
    if (p.includes('/collect/')) return 'class report';
    return depth > 3 ? 'instructor module guide' : 'instructor guide';
  }
  return types[first] ?? `other (${first})`;
}

const pages = files.filter((f) => f.endsWith('.html'));
const byType = new Map();
for (const file of pages) {
  const type = pageType(file);
  const m = measurePage(file);
  const worst = byType.get(type);
  const total = m.islandJs[1] + m.chromeJs[1];
  if (!worst || total + m.css[1] > worst.m.islandJs[1] + worst.m.chromeJs[1] + worst.m.css[1])
    byType.set(type, { file, m, count: (worst?.count ?? 0) + 1 });
  else worst.count++;
}

const kb = (n) => (n / KB).toFixed(1).padStart(6) + ' KB';
const pair = ([raw, zipped]) => `${kb(raw)} raw ${kb(zipped)} gz`;
console.log(
  `\nOne Voice benchmark (${pages.length} pages${buildSeconds ? `, build ${buildSeconds.toFixed(1)} s incl. Pagefind` : ''})`,
);
console.log(
  'Largest page of each type (island JS = Preact + islands; chrome JS = theme toggle, progress marks, search loader):\n',
);
const verdicts = [];
/** @param {keyof typeof BUDGET} key */
const check = (label, value, key) => {
  const budget = BUDGET[key];
  const was = key in FIRST_SET ? `; first set at ${kb(FIRST_SET[key]).trim()}` : '';
  verdicts.push(`${value <= budget ? 'PASS' : 'FAIL'}  ${label}: ${kb(value)} gz (budget ${kb(budget)}${was})`);
};
for (const [type, { file, m, count }] of [...byType].sort()) {
  console.log(`${type.padEnd(24)} ${String(count).padStart(3)} page(s), e.g. ${relative(DIST, file)}`);
  console.log(
    `    HTML ${pair(m.html)} | CSS ${pair(m.css)} | island JS ${pair(m.islandJs)} | chrome JS ${pair(m.chromeJs)}` +
      (m.chromeOnDemandJs[1] ? ` (+${kb(m.chromeOnDemandJs[1])} gz on demand)` : ''),
  );
  if (showClosure && m.islandFiles.length) {
    const parts = m.islandFiles.map((f) => [gz(readFileSync(f)), relative(DIST, f)]);
    parts.push([m.astroLoaderGz, "(Astro's inline island loader)"]);
    for (const [size, name] of parts.sort((a, b) => b[0] - a[0]))
      console.log(`        ${(size / KB).toFixed(2).padStart(6)} KB gz  ${name}`);
  }
  const allJs = m.islandJs[1] + m.chromeJs[1] + m.chromeOnDemandJs[1];
  check(`${type}: CSS`, m.css[1], 'cssPerPage');
  check(`${type}: chrome JS`, m.chromeJs[1], RECORD_PAGES.includes(type) ? 'chromeJsWithRecord' : 'chromeJs');
  if (type === 'progress review') check(`${type}: all JS`, allJs, 'progressJs');
  else if (type === 'spaced review') check(`${type}: all JS`, allJs, 'reviewJs');
  else if (type === 'exam') check(`${type}: all JS`, allJs, 'examJs');
  else if (type === 'class report') check(`${type}: all JS`, allJs, 'classReportJs');
  else if (type === 'lesson') check('lesson with quiz: all JS', allJs, 'lessonJs');
  else if (type === 'lesson with exercise') check(`${type}: all JS`, allJs, 'lessonWithExerciseJs');
  else if (['exercise', 'assignment/receipt'].includes(type)) check(`${type}: all JS`, allJs, 'exerciseJs');
  else if (type === 'module') check('module page with module quiz: all JS', allJs, 'lessonJs');
  else check(`${type}: island JS (no exercise on this page)`, m.islandJs[1], 'islandJsWithoutExercise');
}

// The floor under each island page's "all JS": the island files all of them share, and Astro's loader.
// Over the pages that keep the learner's record (the instructor tools keep none): Preact, the loader, the store.
const RECORD_ISLAND_TYPES = ['lesson', 'module', 'exam', 'exercise', 'lesson with exercise', 'progress review'];
const islandTypes = [...byType]
  .filter(([type, { m }]) => RECORD_ISLAND_TYPES.includes(type) && m.islandFiles.length)
  .map(([, value]) => value);
if (islandTypes.length) {
  const shared = islandTypes[0].m.islandFiles.filter((f) => islandTypes.every(({ m }) => m.islandFiles.includes(f)));
  const loader = Math.max(...islandTypes.map(({ m }) => m.astroLoaderGz));
  const sizes = [...shared].map((f) => [gz(readFileSync(f)), relative(DIST, f)]).sort((a, b) => b[0] - a[0]);
  const floor = sizes.reduce((n, [size]) => n + size, loader);
  console.log(
    `\nShared by every island page that keeps the record (the floor under its "all JS", before its own code and scripts): ${kb(floor)} gz`,
  );
  console.log(
    `    ${[...sizes.map(([size, name]) => `${name} ${(size / KB).toFixed(1)}`), `Astro's inline loader ${(loader / KB).toFixed(1)}`].join(', ')}`,
  );
}

// The all-in figures are judged on the heaviest page of each type by that figure (not the page with the most
// JS and CSS shown above): a long lesson with little script is what a reader on a slow phone waits for.
console.log('\nWhat a reader downloads, all in (HTML + CSS + JS, gzip), heaviest page of each type:');
console.log('    page type                 before the quiz / exercise / query   after it hydrates   (spread before)');
const ALL_IN = { lesson: 'lessonBeforeQuiz', exercise: 'exerciseBeforeHydration', search: 'searchBeforeQuery' };
const LABEL = {
  lesson: 'lesson before the quiz: all in',
  exercise: 'exercise page before it hydrates: all in',
  search: 'search page before the first query: all in',
};
for (const type of [...byType.keys()].sort()) {
  const measured = pages
    .filter((f) => pageType(f) === type)
    .map((file) => ({ file, ...downloads(file) }))
    .sort((a, b) => a.before - b.before);
  const heaviest = measured[measured.length - 1];
  const median = measured[Math.floor((measured.length - 1) / 2)];
  const spread =
    measured.length > 2
      ? `   (lightest ${kb(measured[0].before).trim()}, median ${kb(median.before).trim()}; ${relative(DIST, heaviest.file)})`
      : '';
  console.log(`    ${type.padEnd(26)}${kb(heaviest.before).padStart(24)}${kb(heaviest.after).padStart(26)}${spread}`);
  if (type in ALL_IN) {
    const key = ALL_IN[type];
    const over = measured.filter((m) => m.before > BUDGET[key]).length;
    const count = measured.length > 1 ? ` (${over} of ${measured.length} pages over)` : '';
    // Bytes as well: at one decimal a page 7 bytes under its budget and one 50 over both read "20.0 KB".
    check(`${LABEL[type]}${count}, heaviest (${heaviest.before} of ${BUDGET[key]} bytes)`, heaviest.before, key);
  }
}

const dirSize = (d) => (existsSync(d) ? walk(d).reduce((n, f) => n + statSync(f).size, 0) : 0);
const pagefindDir = join(DIST, 'pagefind');
console.log(`\nPagefind index: ${kb(dirSize(pagefindDir))} on disk (${walk(pagefindDir).length} files)`);
for (const name of ['pagefind-ui.js', 'pagefind.js']) {
  const file = join(pagefindDir, name);
  if (existsSync(file)) console.log(`    ${name} (loaded by the search page only): ${kb(gz(readFileSync(file)))} gz`);
}
const exportsDir = join(DIST, 'exports');
if (existsSync(exportsDir)) {
  console.log('Exports:');
  for (const f of walk(exportsDir).sort()) console.log(`    ${relative(DIST, f).padEnd(48)} ${kb(statSync(f).size)}`);
  const exportMs = [...routeMs].filter(([route]) => route.includes('/exports/')).reduce((n, [, ms]) => n + ms, 0);
  if (routeMs.size) console.log(`    rendering all exports added ${exportMs.toFixed(0)} ms to the build`);
  if (!walk(exportsDir).some((f) => f.endsWith('.imscc')))
    console.log('    no .imscc: set SITE_URL to build Common Cartridge files (their lesson links must be absolute)');
}
const reviewParts = join(DIST, 'progress', 'review');
if (existsSync(reviewParts)) {
  const parts = walk(reviewParts).filter((f) => f.endsWith('.json'));
  const gzSizes = parts.map((f) => gz(readFileSync(f)));
  console.log(
    `Progress review data (fetched by /progress/ per module of a quiz taken; nothing when nothing is saved): ` +
      `${parts.length} parts, largest ${kb(Math.max(...gzSizes))} gz, all ${kb(gzSizes.reduce((a, b) => a + b, 0))} gz`,
  );
}
const reviewTerms = join(DIST, 'review', 'terms.json');
if (existsSync(reviewTerms))
  console.log(
    `Review terms (fetched by /review/ only when a term card is due): ${kb(gz(readFileSync(reviewTerms)))} gz`,
  );
const examPools = join(DIST, 'exam-pools');
if (existsSync(examPools)) {
  const gzSizes = walk(examPools).map((f) => gz(readFileSync(f)));
  console.log(
    `Exam pools (one per module; a module exam fetches its own, the final exam all): ` +
      `largest ${kb(Math.max(...gzSizes))} gz, all ${kb(gzSizes.reduce((a, b) => a + b, 0))} gz`,
  );
}
const quizFiles = join(DIST, 'quizzes');
if (existsSync(quizFiles)) {
  const gzSizes = walk(quizFiles).map((f) => gz(readFileSync(f)));
  console.log(
    `Quiz files (a lesson or module page fetches its own when the reader reaches the quiz, not in "all in"): ` +
      `largest ${kb(Math.max(...gzSizes))} gz, all ${kb(gzSizes.reduce((a, b) => a + b, 0))} gz`,
  );
}
console.log(`Site total: ${kb(dirSize(DIST))} on disk\n`);
if (scale) verdicts.push(...(await (await import('./bench-scale.mjs')).runScaleBench(process.argv)));
for (const v of verdicts) console.log(v);
console.log(
  `\n${verdicts.filter((v) => v.startsWith('PASS')).length} budgets met, ${verdicts.filter((v) => v.startsWith('FAIL')).length} over`,
);
