// Nothing silently lost, in a real browser: with localStorage full (setItem throws
// QuotaExceededError, as a full browser storage does), the plan builder and the quiz say the save
// failed, keep everything on the page, and save once there is room; text typed just before leaving
// the page is saved; a second tab follows the first instead of erasing its plan.
import { test, expect, type Page } from '@playwright/test';
import { watchPage } from './page-guards';
import { expectNoAxeViolations, hydrateExercise } from './exercise-helpers';

const PROGRESS_KEY = 'one-voice:progress';

/** Makes every progress write throw QuotaExceededError until `window.__storageFull` is set to false. */
async function fillStorage(page: Page) {
  await page.addInitScript(() => {
    const flags = window as unknown as { __storageFull: boolean };
    flags.__storageFull = true;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (flags.__storageFull && key.startsWith('one-voice:progress')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
}

const freeStorage = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = false));
const savedPlan = (page: Page) =>
  page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}').exercises?.['plan-builder']?.state ?? null,
    PROGRESS_KEY,
  );

test('plan builder with storage full: says the save failed, keeps the plan, saves once there is room', async ({
  page,
}) => {
  test.setTimeout(60_000); // axe in two themes on the longest page, on a shared two-core machine
  const problems = await watchPage(page);
  await fillStorage(page);
  await page.goto('/practice/plan-builder/');
  await hydrateExercise(page);
  const brand = page.getByRole('textbox', { name: 'Brand' });
  await brand.focus();
  await page.keyboard.type('Spoke & Chain');
  const status = page.locator('.plan-builder [role="status"]');
  await expect(status).toContainText("Not saved: this browser's storage is full.");
  await expect(status).not.toContainText('Saved in this browser.');
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await expect(brand).toHaveValue('Spoke & Chain');
  expect(await savedPlan(page)).toBeNull();
  await expectNoAxeViolations(page, 'save failed');

  await freeStorage(page);
  await page.keyboard.type(' Ltd');
  await expect(status).toHaveText('Saved in this browser.');
  await page.reload();
  await hydrateExercise(page);
  await expect(brand).toHaveValue('Spoke & Chain Ltd');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('quiz with storage full: the result stays on the page, earlier progress stays saved', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => {
    const earlier = {
      version: 1,
      lessonsDone: { 'earlier-lesson': '2026-11-01T00:00:00.000Z' },
      quizzes: {},
      exercises: {},
    };
    localStorage.setItem(key, JSON.stringify(earlier));
  }, PROGRESS_KEY);
  await fillStorage(page);
  await page.goto('/');
  await page.getByRole('link', { name: /start the course/i }).click();
  if (page.url().includes('/modules/')) await page.locator('main a[data-lesson-id]').first().click();
  const quiz = page.locator('form.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await quiz.locator('fieldset').first().locator('input').first().check();
  await quiz.getByRole('button', { name: 'Check answers' }).focus();
  await page.keyboard.press('Enter');
  await expect(quiz.locator('.quiz-summary')).toContainText('You scored');
  await expect(quiz.getByRole('status')).toContainText("Not saved: this browser's storage is full.");
  await expect(quiz.locator('.quiz-best')).toContainText('1 attempt.');
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(saved.lessonsDone).toHaveProperty('earlier-lesson');
  // Marking the lesson done now also fails; the quiz attempt held on the page is not dropped by it.
  await page.getByRole('button', { name: 'Mark lesson as done' }).click();
  await freeStorage(page);
  await page.getByRole('button', { name: /Lesson done/ }).click();
  await page.getByRole('button', { name: 'Mark lesson as done' }).click();
  const after = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(Object.keys(after.lessonsDone)).toHaveLength(2);
  expect(Object.values(after.quizzes as Record<string, { attempts: number }>).map((q) => q.attempts)).toEqual([1]);
});

test('text typed just before leaving the page is saved', async ({ page }) => {
  await page.goto('/practice/plan-builder/');
  await hydrateExercise(page);
  await page.getByRole('textbox', { name: 'Brand' }).fill('Typed then left at once');
  await page.goto('/practice/'); // well inside the 400 ms autosave delay
  expect(await savedPlan(page)).toMatchObject({ brand: 'Typed then left at once' });
});

test('a second tab follows the first tab’s plan instead of erasing it', async ({ page, context }) => {
  await page.goto('/practice/plan-builder/');
  await hydrateExercise(page);
  const second = await context.newPage();
  await second.goto('/practice/plan-builder/');
  await hydrateExercise(second);
  await page.getByRole('textbox', { name: 'Brand' }).fill('From the first tab');
  await expect(second.getByRole('textbox', { name: 'Brand' })).toHaveValue('From the first tab');
  await second.getByRole('textbox', { name: 'Target audience' }).fill('From the second tab');
  await expect(second.locator('.plan-builder [role="status"]')).toHaveText('Saved in this browser.');
  // Polled: each tab's renderer sees another tab's write a moment later, as the storage event does.
  await expect
    .poll(() => savedPlan(page))
    .toMatchObject({ brand: 'From the first tab', audience: 'From the second tab' });
  await expect(page.getByRole('textbox', { name: 'Target audience' })).toHaveValue('From the second tab');
});
