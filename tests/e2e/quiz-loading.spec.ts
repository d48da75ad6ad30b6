// The quiz island fetches its quiz's data (quizzes/<id>.json) when the reader reaches it and then takes
// over the server-rendered quiz: what the learner did meanwhile is kept, and a file that is missing or
// from another build leaves the readable quiz in place with a polite line, never a broken one.
import { test, expect, type Page } from '@playwright/test';
import { correctOptions } from '../../src/lib/quiz/kinds';
import { questionUnits, unitQuestions } from '../../src/lib/quiz/question-units';
import { firstLesson, quiz, quizId } from './instructors-helpers';
import { waitForIslands, watchPage } from './page-guards';

const lessonPath = `/lessons/${firstLesson.id}/`;
const quizFile = new RegExp(`/quizzes/${quizId}\\.json$`);
const form = (page: Page) => page.locator('form.quiz');
const status = (page: Page) => page.locator('.lesson-quiz .quiz-load-status');

/** Presses Tab until focus is inside `selector`. */
async function tabInto(page: Page, selector: string, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.closest(s), selector)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

test('a choice made while the quiz data is on its way stays chosen and keeps focus', async ({ page }) => {
  const problems = await watchPage(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(quizFile, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto(lessonPath);
  await form(page).scrollIntoViewIfNeeded();
  // The island is awake and has asked for the data, which has not come yet.
  await waitForIslands(page);
  await expect.poll(() => asked).toBe(true);
  await expect(form(page)).not.toHaveAttribute('data-hydrated', 'true');
  await page.locator('#lesson-quiz').evaluate((heading) => {
    heading.setAttribute('tabindex', '-1');
    (heading as HTMLElement).focus();
  });
  await tabInto(page, 'form.quiz fieldset:nth-of-type(1)');
  await page.keyboard.press('Space');
  const chosen = page.locator('form.quiz fieldset:nth-of-type(1) input:checked');
  const value = await chosen.getAttribute('value');
  expect(value).toBeTruthy();
  release();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true');
  const input = page.locator(`form.quiz fieldset:nth-of-type(1) input[value="${value}"]`);
  await expect(input).toBeChecked();
  // The quiz took over the same inputs: focus did not fall back to the page.
  await expect(input).toBeFocused();
  await expect(status(page)).toHaveText('');
  expect(problems.consoleErrors).toEqual([]);
});

test('a quiz file from another build leaves the readable quiz and says the checking could not start', async ({
  page,
}) => {
  const problems = await watchPage(page);
  await page.route(quizFile, async (route) => {
    const file = await (await route.fetch()).json();
    await route.fulfill({ json: { ...file, version: 'stale000' } });
  });
  await page.goto(lessonPath);
  await form(page).scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await expect(status(page)).toContainText('The interactive quiz could not load');
  await expect(form(page)).not.toHaveAttribute('data-hydrated', 'true');
  // Still the quiz without scripts: every question and its answer behind "Show the answer".
  const questions = await form(page).locator('fieldset.quiz-question').count();
  expect(questions).toBeGreaterThan(0);
  await expect(form(page).locator('details.quiz-answer')).toHaveCount(questions);
  await expect(form(page).getByRole('button', { name: 'Check answers' })).toHaveCount(0);
  expect(problems.consoleErrors).toEqual([]);
});

/** Each question's answer and explanation as paper should show them, in the page's order. */
const onPaper = unitQuestions(questionUnits(quiz)).map((question) => ({
  answer: `Answer: ${correctOptions(question)
    .map((option) => option.text)
    .join('; ')}`,
  explanation: question.explanation,
}));

/** With print media: every question shows its answer and explanation, without the on-screen "Show the answer". */
async function expectAnswersOnPaper(page: Page) {
  const questions = form(page).locator('fieldset.quiz-question');
  await expect(questions).toHaveCount(onPaper.length);
  for (const [index, { answer, explanation }] of onPaper.entries()) {
    const printed = questions.nth(index).locator('.quiz-answer');
    await expect(printed).toBeVisible();
    await expect(printed).toContainText(answer);
    await expect(printed).toContainText(explanation);
    await expect(printed.locator('summary')).toBeHidden();
  }
}

test('a printed lesson shows each answer and its explanation, before and after the quiz hydrates', async ({ page }) => {
  const problems = await watchPage(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(quizFile, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(lessonPath);
  await form(page).scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await expect(form(page)).not.toHaveAttribute('data-hydrated', 'true');
  // On screen the server's answers wait behind the island; on paper they show.
  await expect(form(page).locator('.quiz-answer').first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expectAnswersOnPaper(page);

  await page.emulateMedia({ media: 'screen' });
  release();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true');
  // The hydrated quiz has no answers of its own until checked...
  await expect(form(page).locator('.quiz-answer')).toHaveCount(0);
  // ...and has them for as long as the page prints: the events a browser sends around printing.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expectAnswersOnPaper(page);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(form(page).locator('.quiz-answer')).toHaveCount(0);
  expect(problems.consoleErrors).toEqual([]);
});
