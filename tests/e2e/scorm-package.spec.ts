// A SCORM 1.2 package in a real SCORM run-time (tests/e2e/scorm-lms.ts: scorm-again's Scorm12API
// plays the LMS in a parent page, the package's launch page runs in an iframe, served from the built
// zip as an LMS would unpack it). The quiz is taken by keyboard; the score and status are read back
// from the run-time; a reload resumes from the suspend data the run-time kept.
import { expect, type Frame, type Page, test } from '@playwright/test';
import type { ScormPageData } from '../../src/islands/scorm/launch';
import { questionOptions } from '../../src/lib/quiz/kinds';
import { axe } from './axe';
import { builtPackage, cmi, LMS, packageFrame, serveLms, servePackageAlone } from './scorm-lms';

const MODULE = 'foundations';
const pkg = builtPackage(MODULE);
const data = pkg.data as ScormPageData;
const quizFrame = (page: Page) => packageFrame(page, 'form.quiz');

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
  const outside = await serveLms(page, pkg);
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
  expect(outside).toEqual([]);
});

test('opened without an LMS, the package runs in practice mode and says so', async ({ page }) => {
  await servePackageAlone(page, pkg);
  await page.goto(`${LMS}/index.html`);
  await expect(page.locator('#scorm-status')).toContainText('Practice mode');
  await expect(page.locator('form.quiz')).toBeVisible();
});
