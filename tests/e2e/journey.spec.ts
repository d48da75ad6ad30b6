// The learner's main path, by keyboard: home -> first module -> first lesson -> answer the quiz ->
// feedback -> reload -> the result is still there; and "mark as done" shows in the sidebar.
import { test, expect, type Page } from '@playwright/test';
import { waitForIslands, watchPage } from './page-guards';

/** Presses Tab until focus is inside `selector` (or gives up after `limit` presses). */
async function tabInto(page: Page, selector: string, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.closest(s), selector)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

/** From the home page to the first lesson, the way a learner clicks: start -> (module page) -> lesson. */
async function openFirstLesson(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: /start the course/i }).click();
  if (page.url().includes('/modules/')) await page.locator('main a[data-lesson-id]').first().click();
  await expect(page).toHaveURL(/\/lessons\//);
}

test('a learner reads a lesson, answers its quiz by keyboard and finds the result after a reload', async ({ page }) => {
  const problems = await watchPage(page);
  await openFirstLesson(page);
  const lessonUrl = page.url();

  const quiz = page.locator('form.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await waitForIslands(page);

  const questions = quiz.locator('fieldset');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(5);
  // Keyboard only: Tab into each question, Space picks the focused option.
  await page.locator('h1').focus();
  for (let i = 0; i < count; i++) {
    await tabInto(page, `form.quiz fieldset:nth-of-type(${i + 1})`);
    await page.keyboard.press('Space');
  }
  await tabInto(page, 'form.quiz button[type="submit"]');
  await page.keyboard.press('Enter');

  const summary = quiz.locator('.quiz-summary');
  await expect(summary).toContainText(/You scored [\d.]+ out of \d+/);
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  // Every option of every question explains itself, in words.
  await expect(quiz.locator('.quiz-feedback')).toHaveCount(await quiz.locator('.quiz-option').count());
  const scoreText = await summary.textContent();

  await page.reload();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await expect(quiz.locator('.quiz-best')).toContainText(/Your best: [\d.]+ out of \d+/);
  await expect(summary).toHaveText(scoreText!);
  expect(page.url()).toBe(lessonUrl);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('"mark as done" is saved and shown as done in the course sidebar', async ({ page }) => {
  await openFirstLesson(page);
  const lessonPath = new URL(page.url()).pathname;
  const button = page.getByRole('button', { name: /mark lesson as done/i });
  await expect(button).toBeVisible({ timeout: 10_000 });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /lesson done/i })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: /lesson done/i })).toHaveAttribute('aria-pressed', 'true');
  const sidebarLink = page.locator(`nav a[href="${lessonPath}"]`).first();
  await expect(sidebarLink).toHaveAttribute('data-done', 'true');
});

test('corrupt saved progress is kept aside and reported, not lost', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('one-voice:progress', '{"version":1,"lessonsDone":'));
  await openFirstLesson(page);
  await expect(page.getByRole('alert')).toContainText(/kept, not deleted/);
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('one-voice:progress:corrupt:')),
  );
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0]!)).toBe('{"version":1,"lessonsDone":');
});

test('the progress page lists the questions missed in the latest attempt, with the right answer', async ({ page }) => {
  const problems = await watchPage(page);
  await openFirstLesson(page);
  const quiz = page.locator('form.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  // Answer only the first question, and wrongly when it is a one-answer question.
  const first = quiz.locator('fieldset').first();
  const stem = (await first.locator('legend').textContent())!.replace(/^Question 1 of \d+\s*/, '').trim();
  await first.locator('input').last().check();
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('.quiz-summary')).toContainText('You scored');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  const review = page.locator('.review');
  await expect(review).toContainText(/1 of \d+ quizzes taken/);
  // Unanswered questions are always missed; every missed question shows its correct answer and why.
  await expect(review.locator('.review-missed li').first()).toContainText('Correct answer:');
  await expect(review.locator('.review-missed li').first()).toContainText('Why:');
  const missedStems = await review.locator('.review-stem').allTextContents();
  expect(missedStems.length).toBeGreaterThan(0);
  expect(missedStems.includes(stem) || missedStems.length >= 4).toBe(true);
  const back = review.getByRole('link', { name: /back to the lesson/i }).first();
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/.+#lesson-quiz$/);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('the progress page fetches no quiz data with nothing saved, and one module’s after one quiz', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/progress/review/')) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/progress/');
  await expect(page.locator('.review')).toContainText(/0 of \d+ quizzes taken/);
  expect(fetched).toEqual([]);
  await openFirstLesson(page);
  const quiz = page.locator('form.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await quiz.locator('fieldset').first().locator('input').first().check();
  await page.getByRole('button', { name: 'Check answers' }).click();
  await page.goto('/progress/');
  await expect(page.locator('.review')).toContainText(/1 of \d+ quizzes taken/);
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(/^\/progress\/review\/[a-z0-9-]+\.json$/);
});
