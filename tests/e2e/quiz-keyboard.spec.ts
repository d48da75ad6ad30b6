// The quiz by keyboard, as a new learner meets it: Enter on an option does not hand in the quiz, a
// choice made before the island wakes up is kept, focus lands somewhere useful after every action,
// an empty check records nothing, and an assignment's quiz link opens the quiz with its pass mark.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { encodeAssignment } from '../../src/lib/assignment/assignment';
import { firstLesson, quiz, quizId } from './instructors-helpers';
import { waitForIslands, watchPage } from './page-guards';

const lessonPath = `/lessons/${firstLesson.id}/`;
const form = (page: Page) => page.locator('form.quiz');

/** Presses Tab until focus is inside `selector` (or gives up after `limit` presses). */
async function tabInto(page: Page, selector: string, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.closest(s), selector)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

async function openQuiz(page: Page, path = lessonPath) {
  await page.goto(path);
  await form(page).scrollIntoViewIfNeeded();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true');
  await waitForIslands(page);
  await page.locator('#lesson-quiz').evaluate((h) => (h.setAttribute('tabindex', '-1'), (h as HTMLElement).focus()));
}

/** No axe violations in either theme, in the quiz's current state. */
async function expectQuizAccessible(page: Page) {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await new AxeBuilder({ page }).include('form.quiz').analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
}

const savedQuiz = (page: Page) =>
  page.evaluate((id) => {
    const raw = localStorage.getItem('one-voice:progress');
    return raw ? (JSON.parse(raw).quizzes?.[id] ?? null) : null;
  }, quizId);

/** Space on the first option of every question, reached with Tab. */
async function answerEveryQuestionByKeyboard(page: Page) {
  for (let i = 0; i < quiz.questions.length; i++) {
    await tabInto(page, `form.quiz fieldset:nth-of-type(${i + 1})`);
    await page.keyboard.press('Space');
  }
}

async function pressButton(page: Page, name: string) {
  await tabInto(page, `form.quiz .quiz-actions`);
  for (let i = 0; i < 10; i++) {
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === name) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.locator(':focus')).toHaveText(name);
  await page.keyboard.press('Enter');
}

test('Enter on a focused option chooses nothing else and does not hand the quiz in', async ({ page }) => {
  const problems = await watchPage(page);
  await openQuiz(page);
  await tabInto(page, 'form.quiz fieldset:nth-of-type(1)');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.locator('form.quiz fieldset:nth-of-type(1) input:checked')).toHaveCount(1);
  await expect(form(page).locator('.quiz-summary')).not.toContainText(/You scored/);
  await expect(form(page).getByRole('button', { name: 'Check answers' })).toBeVisible();
  expect(await savedQuiz(page)).toBeNull();
  expect(problems.consoleErrors).toEqual([]);
});

test('an option chosen before the quiz hydrates stays chosen', async ({ page }) => {
  // Hold the island's scripts back until the learner has chosen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/.*\.js$/, async (route) => (await held, route.continue()));
  // Module scripts hold back DOMContentLoaded, so wait only for the quiz's markup.
  await page.goto(lessonPath, { waitUntil: 'commit' });
  await expect(form(page).locator('fieldset').first()).toBeVisible();
  await expect(form(page)).not.toHaveAttribute('data-hydrated', 'true');
  await page.locator('#lesson-quiz').evaluate((h) => (h.setAttribute('tabindex', '-1'), (h as HTMLElement).focus()));
  await tabInto(page, 'form.quiz fieldset:nth-of-type(1)');
  await page.keyboard.press('Space');
  const chosen = await page.locator('form.quiz fieldset:nth-of-type(1) input:checked').getAttribute('value');
  expect(chosen).toBeTruthy();
  release();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  await waitForIslands(page);
  await expect(page.locator(`form.quiz fieldset:nth-of-type(1) input[value="${chosen}"]`)).toBeChecked();
  // And it counts when the quiz is checked.
  await pressButton(page, 'Check answers');
  await expect(form(page).locator('.quiz-verdict').first()).not.toHaveText('Not answered.');
});

test('checking with nothing answered says so and records no attempt', async ({ page }) => {
  await openQuiz(page);
  await pressButton(page, 'Check answers');
  const summary = form(page).locator('.quiz-summary');
  await expect(summary).toContainText(/Answer at least one of the \d+ questions/);
  await expect(summary).toBeFocused();
  expect(await savedQuiz(page)).toBeNull();
  await expect(form(page).locator('.quiz-feedback')).toHaveCount(0);
  await expectQuizAccessible(page);
});

test('focus goes to the first question to answer after retry and restart, and to the first answer shown', async ({
  page,
}) => {
  await openQuiz(page);
  await answerEveryQuestionByKeyboard(page);
  await pressButton(page, 'Check answers');
  await expect(form(page).locator('.quiz-summary')).toBeFocused();

  const missed = form(page).locator('.quiz-verdict', { hasNotText: /^Correct\.$/ });
  if ((await missed.count()) > 0) {
    await pressButton(page, 'Retry the ones I missed');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('type', /radio|checkbox/);
    await expect(focused).toBeEnabled();
    // It is the first enabled option in the quiz, i.e. in the first question left to answer.
    const firstOpen = form(page).locator('input:not(:disabled)').first();
    expect(await firstOpen.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await pressButton(page, 'Check answers');
  }

  await pressButton(page, 'Show all answers');
  const firstAnswer = form(page).locator('fieldset:nth-of-type(1) [data-first-answer]');
  await expect(firstAnswer).toBeFocused();
  await expect(firstAnswer).toContainText(/./);
  await expectQuizAccessible(page);

  await pressButton(page, 'Start again');
  await expect(form(page).locator('fieldset:nth-of-type(1) input').first()).toBeFocused();
  await expect(form(page).locator('input:checked')).toHaveCount(0);
});

test("an assignment's quiz link opens the quiz itself, graded at the assignment's pass mark", async ({ page }) => {
  const encoded = encodeAssignment({
    title: 'Week 1',
    due: '',
    passPercent: 80,
    items: [{ kind: 'quiz', id: quizId }],
  });
  if (!encoded.ok) throw new Error(encoded.message);
  await page.goto(`/instructors/assignment/#a=${encoded.token}`);
  const link = page.getByRole('link', { name: `Quiz: ${quiz.title}` });
  await expect(link).toBeVisible({ timeout: 10_000 });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${lessonPath}\\?pass=80#lesson-quiz$`));
  await expect(page.locator('#lesson-quiz')).toBeInViewport();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true');
  await waitForIslands(page);
  await page.locator('#lesson-quiz').evaluate((h) => (h.setAttribute('tabindex', '-1'), (h as HTMLElement).focus()));
  await answerEveryQuestionByKeyboard(page);
  await pressButton(page, 'Check answers');
  await expect(form(page).locator('.quiz-summary')).toContainText('the pass mark is 80% (set by your assignment)');
});
