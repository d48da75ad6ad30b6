// A SCORM 1.2 package in a real SCORM run-time: scorm-again plays the LMS in a parent page
// (window.API = new Scorm12API()), the package's launch page runs in an iframe, served from the
// built zip as an LMS would unpack it. The quiz is taken by keyboard; the score and status are read
// back from the run-time; a reload resumes from the suspend data the run-time kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { ScormPageData } from '../../src/islands/scorm/launch';
import { questionOptions } from '../../src/lib/quiz/kinds';
import { axe } from './axe';

const MODULE = 'foundations';
const LMS = 'http://lms.test';
const zip = unzipSync(readFileSync(join(process.cwd(), `dist/exports/scorm/${MODULE}.zip`)));
const scormAgent = readFileSync(join(process.cwd(), 'node_modules/scorm-again/dist/scorm12.min.js'), 'utf8');
const data = JSON.parse(
  /<script type="application\/json" id="scorm-data">(.*?)<\/script>/s.exec(strFromU8(zip['index.html']!))![1]!,
) as ScormPageData;

// The LMS page: keeps the run-time's data in sessionStorage on every commit, as an LMS keeps it in
// its database, and loads it back (entry "resume") when the page is opened again.
const lmsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 4 });
  const saved = sessionStorage.getItem('cmi');
  if (saved) window.API.loadFromJSON(JSON.parse(saved));
  window.commits = 0;
  window.API.on('LMSCommit', () => {
    window.commits++;
    const api = window.API;
    sessionStorage.setItem('cmi', JSON.stringify({
      suspend_data: api.LMSGetValue('cmi.suspend_data'),
      core: { entry: 'resume', lesson_status: api.LMSGetValue('cmi.core.lesson_status'),
        score: { raw: api.LMSGetValue('cmi.core.score.raw'), min: '0', max: '100' } },
    }));
  });
</script></head><body><h1>LMS</h1><iframe title="Quiz" src="/pkg/index.html" style="width:100%;height:90vh"></iframe></body></html>`;

async function serveLms(page: Page) {
  await page.route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ body: lmsPage, contentType: 'text/html' });
    if (path === '/scorm12.js') return route.fulfill({ body: scormAgent, contentType: 'text/javascript' });
    const file = zip[path.replace(/^\/pkg\//, '')];
    if (!path.startsWith('/pkg/') || !file) return route.fulfill({ status: 404, body: 'not in the package' });
    const type = { html: 'text/html', js: 'text/javascript', css: 'text/css' }[path.split('.').pop()!] ?? 'text/plain';
    return route.fulfill({ body: Buffer.from(file), contentType: `${type}; charset=utf-8` });
  });
}

const cmi = (page: Page, element: string) =>
  page.evaluate((e) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(e), element);

async function quizFrame(page: Page): Promise<Frame> {
  await page.goto(`${LMS}/`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('form.quiz')).toBeVisible();
  return page.frames().find((f) => f.url().endsWith('/pkg/index.html'))!;
}

/** Tab until focus is on an input of question `index`; then pick its right options by keyboard. */
async function answerRightByKeyboard(page: Page, frame: Frame, index: number) {
  const question = data.quiz.questions[index]!;
  const right = new Set(
    questionOptions(question)
      .filter((o) => o.correct)
      .map((o) => o.id),
  );
  const focused = () =>
    frame.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      const fieldsets = [...document.querySelectorAll('form.quiz fieldset.quiz-question')];
      return { fieldset: el ? fieldsets.indexOf(el.closest('fieldset')!) : -1, value: el?.value, type: el?.type };
    });
  for (let i = 0; i < 60 && (await focused()).fieldset !== index; i++) await page.keyboard.press('Tab');
  let now = await focused();
  expect(now.fieldset).toBe(index);
  if (now.type === 'radio') {
    if (right.has(now.value!)) await page.keyboard.press('Space');
    for (let i = 0; i < 8 && !right.has((await focused()).value!); i++) await page.keyboard.press('ArrowDown');
    return;
  }
  while (now.fieldset === index) {
    if (right.has(now.value!)) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    now = await focused();
  }
}

test('the module quiz reports score and status to a SCORM 1.2 run-time and resumes after a reload', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await serveLms(page);
  let frame = await quizFrame(page);
  await expect(page.frameLocator('iframe').locator('#scorm-status')).toContainText('records your best score');
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');

  await frame.locator('h1').focus();
  for (let i = 0; i < data.quiz.questions.length; i++) await answerRightByKeyboard(page, frame, i);
  const check = page.frameLocator('iframe').getByRole('button', { name: 'Check answers' });
  await check.focus();
  await page.keyboard.press('Enter');
  await expect(page.frameLocator('iframe').locator('.quiz-summary')).toContainText('100%');

  expect(await cmi(page, 'cmi.core.score.raw')).toBe('100');
  expect(await cmi(page, 'cmi.core.score.max')).toBe('100');
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('passed');
  const suspend = await cmi(page, 'cmi.suspend_data');
  expect(suspend.length).toBeGreaterThan(0);
  expect(suspend.length).toBeLessThanOrEqual(4096);

  for (const theme of ['light', 'dark'] as const) {
    await frame.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await axe(page).include('iframe').analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }

  // A reload: the LMS hands the suspend data back, and the last attempt is shown again.
  await page.reload();
  frame = await quizFrame(page);
  await expect(page.frameLocator('iframe').locator('#scorm-status')).toContainText('Your last attempt is shown again');
  expect(await cmi(page, 'cmi.suspend_data')).toBe(suspend);
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('passed');
  await expect(page.frameLocator('iframe').locator('.quiz-best')).toContainText('11 out of 11');
  const checkedCount = await frame.locator('form.quiz input:checked').count();
  expect(checkedCount).toBeGreaterThanOrEqual(data.quiz.questions.length);
  expect(problems).toEqual([]);
});

test('opened without an LMS, the package runs in practice mode and says so', async ({ page }) => {
  await page.route(`${LMS}/**`, (route) => {
    const file = zip[new URL(route.request().url()).pathname.slice(1)];
    const type = route.request().url().endsWith('.js')
      ? 'text/javascript'
      : route.request().url().endsWith('.css')
        ? 'text/css'
        : 'text/html';
    return file ? route.fulfill({ body: Buffer.from(file), contentType: type }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${LMS}/index.html`);
  await expect(page.locator('#scorm-status')).toContainText('Practice mode');
  await expect(page.locator('form.quiz')).toBeVisible();
});
