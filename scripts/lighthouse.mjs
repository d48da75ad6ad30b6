#!/usr/bin/env node
// `npm run lighthouse` (after `npm run build`): Lighthouse mobile (its default: a simulated mid-range phone
// on slow 4G) over every page type of dist/, served by `astro preview`, in the local Chromium; prints the
// four category scores and CLS per page. Not part of `npm test`: scores are a look, not a gate.
// Nothing phones home: Lighthouse's error reporting is off (its default in the Node API) and Chromium
// runs with chrome-launcher's defaults, which turn off background networking, component and extension
// updates, sync, translation and domain-reliability reports. CHROME_PATH picks the browser
// (default /usr/bin/chromium); LIGHTHOUSE_PORT the preview port (default 4331).
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = Number(process.env.LIGHTHOUSE_PORT || 4331);
const root = `http://127.0.0.1:${port}${(process.env.BASE_PATH || '/').replace(/\/?$/, '/')}`;
const PAGES = [
  ['home', ''],
  ['module', 'modules/foundations/'],
  ['lesson', 'lessons/approaches-to-integration/'],
  // The fragment scrolls the quiz into view on load, so its island hydrates within the measured load.
  ['quiz (lesson at its quiz)', 'lessons/approaches-to-integration/#lesson-quiz'],
  ['exercise', 'practice/channel-fit-sort/'],
  ['search', 'search/'],
  ['glossary', 'glossary/'],
  ['progress', 'progress/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const preview = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((ready, fail) => {
  preview.stdout.on('data', (chunk) => String(chunk).includes(String(port)) && ready());
  preview.on('exit', (code) => fail(new Error(`astro preview exited (${code}); run npm run build first`)));
});

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const rows = [];
let below = 0;
try {
  for (const [name, path] of PAGES) {
    const result = await lighthouse(`${root}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
      )
      .map((a) => a.id);
    if (scores.some((s) => s < 100) || cls > 0) below++;
    const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
    const metrics = `FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms`;
    rows.push({ name, scores, cls, failing, metrics });
  }
} finally {
  await chrome.kill();
  preview.kill();
}

console.log('\nLighthouse mobile  perf  a11y  best  seo    CLS');
for (const { name, scores, cls, failing, metrics } of rows) {
  console.log(`${name.padEnd(26)}${scores.map((s) => String(s).padStart(6)).join('')}  ${cls.toFixed(3)}`);
  if (scores.some((s) => s < 100) || cls > 0) console.log(`    ${metrics}; below 1: ${failing.join(', ')}`);
}
console.log(below ? `\n${below} page(s) below 100 or with layout shift` : '\nevery page 100 in all four, CLS 0');
