// The complete record: with nothing saved the home page says "Start the course"; after a lesson is
// done, the home and module pages offer "Continue where you left off" to the next lesson, the
// progress page shows what to do next, the module bars and the exercises, and the practice index
// shows each exercise's status.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './exercise-helpers';
import { waitForIslands, watchPage } from './page-guards';

test('continue where you left off, the whole record on /progress/, and exercise status', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = await watchPage(page);
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Start the course' });
  await expect(start).toBeVisible();
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toHaveCount(0);

  await start.click();
  const moduleUrl = page.url();
  await page.getByRole('link', { name: 'Start with lesson 1' }).click();
  const done = page.getByRole('button', { name: /mark lesson as done/i });
  await expect(done).toBeVisible({ timeout: 10_000 });
  await done.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /lesson done/i })).toHaveAttribute('aria-pressed', 'true');
  // The lesson's "next" link names the lesson that comes after it: that is where to continue.
  const nextTitle = (await page.locator('a[rel="next"]').first().textContent())?.trim() ?? '';

  await page.goto('/');
  const resume = page.getByRole('link', { name: /Continue where you left off/ });
  await expect(resume).toBeVisible();
  await expect(start).toBeHidden();
  await expectNoAxeViolations(page, 'home with the continue link');
  expect(nextTitle).toContain((await resume.textContent())?.replace('Continue where you left off: ', '') ?? '-');
  await page.goto(moduleUrl);
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start with lesson 1' })).toBeHidden();

  // An exercise result, as the exercise saves it (score and date; its state is the exercise's own).
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('one-voice:progress') ?? '{}');
    saved.exercises['goal-picker'] = { at: '2026-11-20T09:00:00.000Z', score: 2, max: 3, state: {} };
    localStorage.setItem('one-voice:progress', JSON.stringify(saved));
  });
  await page.goto('/practice/');
  await expect(page.locator('[data-exercise-status="goal-picker"]')).toHaveText(/^Done: 2 out of 3/);
  await expect(page.locator('[data-exercise-status="funnel-order"]')).toHaveText('Not started');
  await expectNoAxeViolations(page, '/practice/ with status');

  await page.goto('/progress/');
  await waitForIslands(page);
  const record = page.locator('.course-record');
  await expect(record.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await expect(record).toContainText(/Continue where you left off: /);
  await expect(record.locator('.record-count').first()).toHaveText(/^1 of \d+ lessons done$/);
  await expect(record.locator('.record-exercises li[data-state="done"]')).toContainText('done, 2 out of 3');
  await expectNoAxeViolations(page, '/progress/ record');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});
