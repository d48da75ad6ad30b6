// Practice mode and "Star for review", by keyboard alone, as a learner meets them on a lesson quiz:
// turn on "Check each answer as I go", check a question with nothing chosen (asked for an answer,
// nothing saved), check it answered (its verdict takes focus and it locks), star it, finish the quiz
// (one attempt, seen on /progress/), and find the starred question due on /review/, after a reload too.
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './exercise-helpers';
import { firstLesson, quiz, quizId } from './instructors-helpers';
import { waitForIslands, watchPage } from './page-guards';

const lessonPath = `/lessons/${firstLesson.id}/`;
const form = (page: Page) => page.locator('form.quiz');
const question = (page: Page, n: number) => form(page).locator(`fieldset:nth-of-type(${n})`);
const starredId = `${quizId}/${quiz.questions[0]!.id}`;

/** Presses Tab (or Shift+Tab) until focus is inside `selector`. */
async function tabInto(page: Page, selector: string, key = 'Tab', limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => !!document.activeElement?.closest(s), selector)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

const saved = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('one-voice:progress') ?? 'null'));

async function openQuiz(page: Page) {
  await page.goto(lessonPath);
  await form(page).scrollIntoViewIfNeeded();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  await waitForIslands(page);
  // Start from the quiz's heading, as a reader who followed the "Check your understanding" link would.
  await page.locator('#lesson-quiz').evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
}

/** Checks question `n` with "Check this answer": its verdict takes focus and its inputs lock. */
async function checkQuestion(page: Page, n: number) {
  await tabInto(page, `form.quiz fieldset:nth-of-type(${n}) .quiz-check-one`);
  await expect(page.locator(':focus')).toHaveText('Check this answer');
  await page.keyboard.press('Enter');
  await expect(question(page, n).locator('.quiz-verdict')).toBeFocused();
  await expect(question(page, n).locator('input:not(:disabled)')).toHaveCount(0);
  await expect(question(page, n).getByRole('button', { name: 'Check this answer' })).toHaveCount(0);
}

test('practice mode checks each answer by keyboard, records one attempt, and a starred question is due on /review/', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = await watchPage(page);
  await openQuiz(page);

  // The toggle is the quiz's first control.
  await page.keyboard.press('Tab');
  const toggle = form(page).getByRole('button', { name: 'Check each answer as I go' });
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(form(page).getByRole('button', { name: 'Check answers' })).toHaveCount(0);

  // Nothing chosen: asked for an answer, nothing checked or saved.
  await tabInto(page, 'form.quiz fieldset:nth-of-type(1) .quiz-check-one');
  await page.keyboard.press('Enter');
  await expect(question(page, 1).locator('.quiz-needs-answer')).toBeFocused();
  await expect(question(page, 1).locator('.quiz-needs-answer')).toHaveText('Choose an answer first.');
  await expect(question(page, 1).locator('.quiz-verdict')).toHaveCount(0);
  expect(await saved(page)).toBeNull();
  await expectNoAxeViolations(page, 'practice mode, answer asked for');

  // Back to the options with Shift+Tab, choose one, check it.
  await tabInto(page, 'form.quiz fieldset:nth-of-type(1) .quiz-options', 'Shift+Tab');
  await page.keyboard.press('Space');
  await checkQuestion(page, 1);
  await expect(question(page, 1).locator('.quiz-explanation')).toBeVisible();
  expect((await saved(page))?.quizzes?.[quizId]).toBeUndefined();

  // Star it: the next control after the verdict.
  await page.keyboard.press('Tab');
  const star = question(page, 1).getByRole('button', { name: 'Star for review' });
  await expect(star).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(question(page, 1)).toContainText('due today');
  await expectNoAxeViolations(page, 'practice mode, one question checked and starred');

  // The rest, one by one: the attempt is recorded once, at the last.
  for (let n = 2; n <= quiz.questions.length; n++) {
    await tabInto(page, `form.quiz fieldset:nth-of-type(${n}) .quiz-options`);
    await page.keyboard.press('Space');
    await checkQuestion(page, n);
  }
  await expect(form(page).locator('.quiz-summary')).toContainText('You scored');
  const record = await saved(page);
  expect(record.quizzes[quizId].attempts).toBe(1);
  expect(Object.keys(record.quizzes[quizId].last.answers)).toHaveLength(quiz.questions.length);
  expect(record.review.waiting).toHaveLength(1);
  expect(Object.keys(record.review.starred)).toEqual([starredId]);

  await page.goto('/progress/');
  const review = page.locator('.review');
  await expect(review.locator('.review-quiz').filter({ hasText: quiz.title })).toContainText('1 attempt.');

  // The starred question is due today (the others come back on later days), and stays starred.
  for (const visit of ['first', 'after a reload']) {
    await page.goto('/review/');
    await expect(page.locator('.spaced')).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
    await expect(page.locator('.spaced-due strong').first()).toHaveText('1');
    await expect(page.locator('.spaced-starred')).toHaveText('★ You starred this card.');
    await expect(page.locator('.spaced-current')).toContainText(quiz.questions[0]!.stem);
    expect(Object.keys((await saved(page)).review.starred), visit).toEqual([starredId]);
  }
  await expectNoAxeViolations(page, 'review with a starred card');

  // Back on the lesson, the star is still on, and the mode is kept for the session.
  await openQuiz(page);
  await expect(question(page, 1).getByRole('button', { name: 'Star for review' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(problems.consoleErrors).toEqual([]);
});
