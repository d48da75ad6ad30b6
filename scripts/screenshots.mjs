#!/usr/bin/env node
// npm run screenshots: every page type of the built site at phone (390 px) and desktop (1280 px) width,
// in the light and the dark theme, as full-page PNGs in screenshots/ (git-ignored), for a person to
// look at before submitting a change. Pages are found by following the site's own links, so the list
// keeps working when content changes; stateful views (an answered quiz, saved progress, an assignment
// link) are made by using the site the way a learner or instructor would.
//
// usage: npm run build && npm run screenshots [-- only-name ...]
//   Serves dist/ itself with `astro preview` on SCREENSHOT_PORT (default 4329); set SCREENSHOT_BASE_URL
//   to use a server that is already running instead. Names: see `shots` below (e.g. "lesson-quiz").
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const OUT_DIR = 'screenshots';
const WIDTHS = { phone: 390, desktop: 1280 };
const SCHEMES = ['light', 'dark'];
const only = new Set(process.argv.slice(2));

/** Waits until every island on the page has hydrated (clicks before that are lost). */
async function hydrated(page) {
  // client:visible islands hydrate once in view: bring each into view and give it time to.
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island[client="visible"][ssr]')) {
      island.firstElementChild?.scrollIntoView({ block: 'center' });
      for (let wait = 0; wait < 100 && island.hasAttribute('ssr'); wait++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, {
    timeout: 15_000,
  });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The href of the first link matching `selector` on the current page, as a site path. */
async function firstLink(page, selector) {
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`no link matches ${selector} on ${page.url()}`);
  return new URL(href, page.url()).pathname;
}

/** Answers every question with its first option (so some are wrong) and checks the answers. */
async function answerQuiz(page) {
  const quiz = page.locator('form.quiz').first();
  await page.locator('form.quiz[data-hydrated="true"]').first().waitFor();
  for (const question of await quiz.locator('fieldset.quiz-question').all()) {
    await question.locator('input').first().check();
  }
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await quiz.locator('.quiz-summary p').waitFor();
}

/**
 * Each shot: a file name and how to reach the view. `paths` carries links found by earlier shots, so
 * the order matters (module before lesson, lesson before progress, builder before assignment).
 */
const shots = [
  { name: 'home', visit: async (page) => page.goto('/') },
  {
    name: 'module',
    visit: async (page, paths) => {
      await page.goto('/');
      paths.module = await firstLink(page, 'main a[href*="/modules/"]');
      await page.goto(paths.module);
    },
  },
  {
    name: 'lesson',
    // The module's first lesson with a table (tables are the hardest part to fit on a phone).
    visit: async (page, paths) => {
      const lessons = await page
        .locator('main a[data-lesson-id]')
        .evaluateAll((links) => [...new Set(links.map((a) => new URL(a.href).pathname))]);
      if (lessons.length === 0) throw new Error(`no lesson links on ${page.url()}`);
      for (const lesson of lessons) {
        await page.goto(lesson);
        if (await page.locator('main table').count()) break;
      }
      paths.lesson = new URL(page.url()).pathname;
    },
  },
  {
    name: 'lesson-quiz',
    visit: async (page, paths) => {
      await page.goto(paths.lesson);
      await hydrated(page);
      const markDone = page.getByRole('button', { name: 'Mark lesson as done' });
      if (await markDone.count()) await markDone.click();
      await answerQuiz(page);
    },
    element: 'form.quiz',
  },
  {
    // Practice mode: one question checked on its own, its verdict and the star that sends it to review.
    name: 'lesson-practice',
    visit: async (page, paths) => {
      await page.goto(paths.lesson);
      await hydrated(page);
      const quiz = page.locator('form.quiz').first();
      // The lesson-quiz shot left a checked attempt on show: start a fresh one.
      await quiz.getByRole('button', { name: 'Start again' }).click();
      await quiz.getByRole('button', { name: 'Check each answer as I go' }).click();
      const first = quiz.locator('fieldset.quiz-question').first();
      await first.locator('input').first().check();
      await first.getByRole('button', { name: 'Check this answer' }).click();
      await first.getByRole('button', { name: 'Star for review' }).click();
    },
    element: 'form.quiz',
  },
  { name: 'glossary', visit: async (page) => page.goto('/glossary/') },
  {
    name: 'search',
    visit: async (page) => {
      await page.goto('/search/');
      await page.getByRole('searchbox').fill('budget');
      await page.locator('.search-result').first().waitFor();
      await page.waitForTimeout(500); // results render in batches; let the list settle
    },
  },
  {
    name: 'practice-index',
    visit: async (page, paths) => {
      await page.goto('/practice/');
      paths.practice = await firstLink(page, 'main a[href*="/practice/"]');
    },
  },
  { name: 'practice-page', visit: async (page, paths) => page.goto(paths.practice) },
  { name: 'progress', visit: async (page) => page.goto('/progress/') },
  // The starred question and the missed ones are due: the spaced-review card with its self-rating.
  {
    name: 'review',
    // The island reads the record and fetches the due cards' quizzes after it hydrates: wait for its cards.
    visit: async (page) => {
      await page.goto('/review/');
      await page.locator('.spaced[data-hydrated]').waitFor();
    },
  },
  {
    name: 'instructors',
    visit: async (page, paths) => {
      await page.goto('/instructors/');
      paths.guide = await firstLink(page, 'main a[href*="/instructors/"]:not([href*="/assign"])');
    },
  },
  { name: 'instructor-module', visit: async (page, paths) => page.goto(paths.guide) },
  {
    name: 'assign',
    visit: async (page, paths) => {
      await page.goto('/instructors/assign/');
      await hydrated(page);
      await page.getByLabel('The whole module').first().check();
      const link = await page.getByLabel(/^Assignment link/).inputValue();
      paths.assignment = new URL(link).pathname + new URL(link).hash;
    },
  },
  { name: 'assignment', visit: async (page, paths) => page.goto(paths.assignment) },
  { name: '404', visit: async (page) => page.goto('/no-such-page/') },
];

async function serve() {
  if (process.env.SCREENSHOT_BASE_URL) return { baseURL: process.env.SCREENSHOT_BASE_URL, stop: () => {} };
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first.');
  const port = process.env.SCREENSHOT_PORT ?? '4329';
  const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', port], {
    stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${port}`;
  // Up to a minute: astro preview starts slowly on a busy two-core machine.
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(baseURL).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { baseURL, stop: () => server.kill() };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${baseURL}`);
}

const { baseURL, stop } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
mkdirSync(OUT_DIR, { recursive: true });
let failures = 0;
try {
  for (const [widthName, width] of Object.entries(WIDTHS)) {
    for (const colorScheme of SCHEMES) {
      // One context per width and theme: progress saved on the lesson shows up on /progress/.
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      const paths = {};
      for (const shot of shots) {
        const file = `${OUT_DIR}/${shot.name}-${widthName}-${colorScheme}.png`;
        try {
          await shot.visit(page, paths);
          if (only.size && !only.has(shot.name)) continue;
          await hydrated(page);
          await page.evaluate(() => document.fonts.ready);
          const target = shot.element ? page.locator(shot.element).first() : page;
          await target.screenshot({ path: file, ...(shot.element ? {} : { fullPage: true }), animations: 'disabled' });
          console.log(file);
        } catch (error) {
          failures++;
          console.error(`${file}: ${error instanceof Error ? error.message : error}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
if (failures) {
  console.error(`${failures} screenshot(s) failed`);
  process.exitCode = 1;
}
