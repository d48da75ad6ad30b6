// Exams by keyboard, as a learner takes them: from the module page to its exam, answering with the
// jump list and Tab, a flag, the warning for unanswered and flagged questions, handing in anyway,
// results with every explanation and the pass mark, the result again after a reload and on /progress/.
// The final exam too. Axe in both themes while taking and on the results; no console errors.
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './exercise-helpers';
import { firstModule } from './instructors-helpers';
import { waitForIslands, watchPage } from './page-guards';

const examRoot = (page: Page) => page.locator('.exam');
const focusedIsInside = (page: Page, selector: string) =>
  page.evaluate((s) => !!document.activeElement?.closest(s), selector);

async function tabInto(page: Page, selector: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await focusedIsInside(page, selector)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

/** Answers the focused question's first control from the keyboard, whatever its kind. */
async function answerFocused(page: Page) {
  const kind = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.tagName === 'SELECT' ? 'select' : (el?.type ?? '');
  });
  if (kind === 'radio' || kind === 'checkbox') await page.keyboard.press('Space');
  else if (kind === 'text') await page.keyboard.type('10');
  else if (kind === 'select') await page.keyboard.press('ArrowDown');
  else throw new Error(`focus is on ${kind}, not an answer`);
}

const savedExam = (page: Page, id: string) =>
  page.evaluate(
    (examId) => JSON.parse(localStorage.getItem('one-voice:progress') ?? '{}').quizzes?.[examId] ?? null,
    id,
  );

async function openExam(page: Page) {
  await expect(examRoot(page)).toHaveAttribute('data-phase', 'taking', { timeout: 15_000 });
  await waitForIslands(page);
}

async function pressFocused(page: Page, name: string) {
  await expect(page.locator(':focus')).toHaveText(name);
  await page.keyboard.press('Enter');
}

async function tabToButton(page: Page, name: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`never reached the button ${name}`);
}

test('a module exam by keyboard: flag, unanswered warning, hand in, results, saved', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await watchPage(page);
  const examId = `exam:${firstModule.id}`;
  await page.goto(`/modules/${firstModule.id}/`);
  const link = page.getByRole('link', { name: /^Take the Module 1 exam$/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/modules/${firstModule.id}/exam/$`));
  await openExam(page);
  const questions = examRoot(page).locator('fieldset.quiz-question');
  const count = await questions.count();
  expect(count).toBe(20);
  await expect(examRoot(page).locator('.quiz-feedback, .quiz-explanation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show all answers' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'module exam, taking');

  // The jump list's first link takes focus to the first question's answer.
  await page.getByRole('link', { name: /^Question 1, not answered$/ }).focus();
  await page.keyboard.press('Enter');
  expect(await focusedIsInside(page, '#exam-question-1')).toBe(true);
  await answerFocused(page);
  // Leave the last two unanswered; flag question 3.
  for (let n = 2; n <= count - 2; n++) {
    await tabInto(page, `#exam-question-${n}`);
    await answerFocused(page);
    if (n === 3) {
      await tabToButton(page, 'Flag for review');
      await page.keyboard.press('Enter');
      await expect(questions.nth(2).getByRole('button', { name: 'Flag for review' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
  }
  await expect(page.getByRole('link', { name: /^Question 3, answered, flagged$/ })).toBeVisible();
  await tabToButton(page, 'Hand in the exam');
  await page.keyboard.press('Enter');

  const warning = examRoot(page).locator('.exam-warning');
  await expect(warning).toBeFocused();
  await expect(warning).toContainText(`2 questions not answered yet: question ${count - 1}, question ${count}`);
  await expect(warning).toContainText('Flagged to come back to: question 3');
  expect(await savedExam(page, examId)).toBeNull();
  await expectNoAxeViolations(page, 'module exam, warning');
  // Go back to one of them from the warning, answer it, then hand in anyway.
  await tabInto(page, '.exam-warning');
  await pressFocused(page, `question ${count - 1}`);
  expect(await focusedIsInside(page, `#exam-question-${count - 1}`)).toBe(true);
  await answerFocused(page);
  await tabToButton(page, 'Hand in anyway');
  await page.keyboard.press('Enter');

  const summary = examRoot(page).locator('.quiz-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(/You scored .* the pass mark is 70%\./);
  await expect(summary).toContainText('1 question left unanswered.');
  await expect(examRoot(page).locator('.quiz-explanation')).toHaveCount(count);
  await expect(examRoot(page).locator('.quiz-verdict')).toHaveCount(count);
  await expectNoAxeViolations(page, 'module exam, results');

  const saved = await savedExam(page, examId);
  expect(saved.attempts).toBe(1);
  expect(Object.keys(saved.last.answers)).toHaveLength(count);
  for (const key of Object.keys(saved.last.answers)) expect(key).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
  const scoreText = await summary.textContent();

  await page.reload();
  await expect(examRoot(page)).toHaveAttribute('data-phase', 'results', { timeout: 15_000 });
  await expect(examRoot(page).locator('.quiz-summary')).toHaveText(scoreText ?? '');

  await page.goto('/progress/');
  const record = page.locator('.record-exams');
  await expect(record).toContainText(/Module 1 exam: .*: best .* on .*; 1 attempt/);
  await expect(record).toContainText('Final exam: not taken yet');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('the final exam: 40 questions across every module; handing in with none answered asks first', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = await watchPage(page);
  await page.goto('/modules/');
  await page.getByRole('link', { name: 'Take the final exam' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/final-exam\/$/);
  await openExam(page);
  await expect(examRoot(page).locator('fieldset.quiz-question')).toHaveCount(40);
  await expect(examRoot(page).locator('.exam-jump li')).toHaveCount(40);
  await expectNoAxeViolations(page, 'final exam, taking');
  // Hand in at once (Enter on the submit button, reached from the last question).
  await examRoot(page).locator('#exam-question-40 input, #exam-question-40 select').first().focus();
  await tabToButton(page, 'Hand in the exam');
  await page.keyboard.press('Enter');
  await expect(examRoot(page).locator('.exam-warning')).toContainText('40 questions not answered yet');
  await tabToButton(page, 'Hand in anyway');
  await page.keyboard.press('Enter');
  await expect(examRoot(page).locator('.quiz-summary')).toContainText(/Not passed yet\. You scored 0 out of 40/);
  // Unanswered questions show their right answers and explanations.
  await expect(examRoot(page).locator('.quiz-explanation')).toHaveCount(40);
  await expectNoAxeViolations(page, 'final exam, results');
  const saved = await savedExam(page, 'exam:final');
  expect(Object.keys(saved.last.answers)).toHaveLength(40);

  // A new attempt draws another set.
  const resultStems = await examRoot(page).locator('legend').allTextContents();
  await tabToButton(page, 'Take a new exam', 400);
  await page.keyboard.press('Enter');
  await expect(examRoot(page)).toHaveAttribute('data-phase', 'taking');
  expect(await focusedIsInside(page, '#exam-question-1')).toBe(true);
  const stems = await examRoot(page).locator('legend').allTextContents();
  expect(stems).toHaveLength(40);
  expect(stems).not.toEqual(resultStems);
  await page.goto('/progress/');
  await expect(page.locator('.record-exams')).toContainText(/Final exam: best 0 out of 40 \(0%\)/);
  expect(problems.consoleErrors).toEqual([]);
});
