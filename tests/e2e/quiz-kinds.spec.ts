// Question kinds beyond choosing an option, by keyboard alone: a numeric answer typed the way people
// write figures ("40%"), Enter in the box not handing in the quiz, feedback for the right figure and for
// a common mistake; a matching question with one list per item and partial credit; axe in both themes;
// and without JavaScript, the box, the lists and the answers behind <details>.
import { test, expect, type Page } from '@playwright/test';
import { axe } from './axe';
import { waitForIslands, watchPage } from './page-guards';

const lessonPath = '/lessons/kpis-by-objective/';
const quizId = 'kpis-by-objective';
const form = (page: Page) => page.locator('form.quiz');
const box = (page: Page, questionId: string) => page.locator(`input[name="${quizId}--${questionId}"]`);
const question = (page: Page, questionId: string) =>
  page.locator('form.quiz fieldset').filter({ has: box(page, questionId) });

/** No axe violations inside the quiz in either theme (the whole page is covered by the a11y spec). */
async function expectNoAxeViolations(page: Page, label: string) {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await axe(page).include('form.quiz').analyze();
    expect(results.violations.map((v) => `${label} (${theme}): ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
}

/** Presses Tab until `target` has focus (or gives up after `limit` presses). */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 300) {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
  }
  throw new Error('focus never reached the target');
}

test('a numeric question is answered, checked and explained by keyboard alone', async ({ page }) => {
  test.setTimeout(90_000); // axe twice on a long lesson, on a shared machine
  const problems = await watchPage(page);
  await page.goto(lessonPath);
  await form(page).scrollIntoViewIfNeeded();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true');
  await waitForIslands(page);
  // Start from the quiz heading, so Tab walks the quiz rather than the whole lesson.
  await page.locator('#lesson-quiz').evaluate((heading) => {
    heading.setAttribute('tabindex', '-1');
    (heading as HTMLElement).focus();
  });

  const roi = box(page, 'n-campaign-roi');
  await expect(roi).toHaveAttribute('inputmode', 'decimal');
  // Wide enough to read what was typed (it once took a radio button's 18 px from the option card).
  expect((await roi.boundingBox())?.width ?? 0).toBeGreaterThan(80);
  await tabTo(page, roi);
  await page.keyboard.type('40%');
  // Enter in the box must not hand in the quiz.
  await page.keyboard.press('Enter');
  await expect(form(page).locator('.quiz-verdict')).toHaveCount(0);

  await tabTo(page, box(page, 'n-cost-per-lead'));
  await page.keyboard.type('0.04');

  await tabTo(page, form(page).getByRole('button', { name: 'Check answers' }));
  await page.keyboard.press('Enter');
  await expect(form(page).locator('.quiz-summary')).toBeFocused();

  await expect(question(page, 'n-campaign-roi').locator('.quiz-verdict')).toHaveText('Correct.');
  await expect(question(page, 'n-campaign-roi').locator('.quiz-feedback')).toContainText('Your figure: correct.');
  const mistake = question(page, 'n-cost-per-lead').locator('.quiz-feedback');
  await expect(mistake).toContainText('Your figure: not correct.');
  await expect(mistake).toContainText('divides leads by spend');
  await expect(mistake).toContainText('Correct answer: 25');
  await expect(roi).toBeDisabled();
  await expectNoAxeViolations(page, 'numeric quiz, checked');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('text that is not a number is flagged before checking and counts as unanswered', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(lessonPath);
  await form(page).scrollIntoViewIfNeeded();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true');
  await waitForIslands(page);
  await box(page, 'n-campaign-roi').focus();
  await page.keyboard.type('forty');
  await expect(question(page, 'n-campaign-roi').locator('.quiz-hint')).toContainText('Not read as a number yet');
  await expectNoAxeViolations(page, 'numeric quiz, hint');
});

test('a matching question is answered with one list per item, by keyboard, with partial credit', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = await watchPage(page);
  await page.goto(lessonPath);
  await form(page).scrollIntoViewIfNeeded();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true');
  await waitForIslands(page);
  const list = (left: string) => page.locator(`select[name="${quizId}--m-money-measures"][data-left="${left}"]`);
  // Typing on a focused list picks the text that starts with what was typed (the browser's own type-ahead).
  await list('cost-per-lead').focus();
  await page.keyboard.type('Campaign');
  await tabTo(page, list('roi'));
  await page.keyboard.type('The profit');
  await tabTo(page, list('lifetime-value'));
  await page.keyboard.type('The profit');
  await page.keyboard.press('Enter'); // must not hand in the quiz
  await expect(form(page).locator('.quiz-verdict')).toHaveCount(0);
  await tabTo(page, form(page).getByRole('button', { name: 'Check answers' }));
  await page.keyboard.press('Enter');
  const matching = page.locator('form.quiz fieldset').filter({ has: list('roi') });
  await expect(matching.locator('.quiz-verdict')).toHaveText('Partly right: 67% credit.');
  await expect(matching.locator('.quiz-feedback').nth(0)).toContainText('Your match: correct.');
  await expect(matching.locator('.quiz-feedback').nth(1)).toContainText('Your match: not correct');
  await expect(matching.locator('.quiz-feedback').nth(1)).toContainText(
    'Return on investment goes with Return minus cost',
  );
  await expectNoAxeViolations(page, 'matching quiz, checked');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the numeric box is there and its answer is behind "Show the answer"', async ({ page }) => {
    await page.goto(lessonPath);
    const roiQuestion = question(page, 'n-campaign-roi');
    await expect(box(page, 'n-campaign-roi')).toBeVisible();
    await roiQuestion.locator('summary').click();
    await expect(roiQuestion.locator('details')).toContainText('40% (± 0.5%)');
  });

  test('the matching lists are there and the pairs are behind "Show the answer"', async ({ page }) => {
    await page.goto(lessonPath);
    const lists = page.locator(`select[name="${quizId}--m-money-measures"]`);
    await expect(lists).toHaveCount(3);
    const matching = page.locator('form.quiz fieldset').filter({ has: lists.first() });
    await matching.locator('summary').click();
    await expect(matching.locator('details')).toContainText(
      'Cost per lead → Campaign spend divided by the number of leads',
    );
  });
});

// A case set: the scenario once, above its questions, as a named region and group; answered by keyboard.
const casePath = '/lessons/red-bull-stratos/';
const caseQuizId = 'red-bull-stratos';
const caseTitle = 'Case: Planning the next big event';

/** Tabs into a question's radio group, then moves with the arrow keys until `optionText` is checked. */
async function chooseByKeyboard(page: Page, questionId: string, optionText: string) {
  const radios = page.locator(`input[name="${caseQuizId}--${questionId}"]`);
  const target = page.locator('form.quiz label').filter({ hasText: optionText }).locator('input');
  await tabTo(page, radios.first());
  for (let i = 0; i < 8 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
}

test('a case set shows its scenario once above its questions and is answered by keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = await watchPage(page);
  await page.goto(casePath);
  await form(page).scrollIntoViewIfNeeded();
  await expect(form(page)).toHaveAttribute('data-hydrated', 'true');
  await waitForIslands(page);
  const region = page.getByRole('region', { name: caseTitle });
  await expect(region).toHaveCount(1);
  await expect(region.getByRole('heading', { name: caseTitle })).toBeVisible();
  await expect(region).toContainText('free solo ocean crossing');
  const group = region.getByRole('group', { name: 'Questions on the case: Planning the next big event' });
  await expect(group.locator('fieldset')).toHaveCount(3);
  // The case's questions keep the quiz's numbering and come after the lone ones.
  await expect(group.locator('fieldset').first().locator('.quiz-number')).toHaveText('Question 4 of 6');

  await page.locator('#lesson-quiz').evaluate((heading) => {
    heading.setAttribute('tabindex', '-1');
    (heading as HTMLElement).focus();
  });
  await chooseByKeyboard(page, 'q-stratos-budget', 'Set the objectives, then cost the tasks');
  await page.keyboard.press('Enter'); // must not hand in the quiz
  await expect(form(page).locator('.quiz-verdict')).toHaveCount(0);
  await chooseByKeyboard(page, 'q-stratos-kpi', 'Peak number of people watching the live stream');
  await tabTo(page, form(page).getByRole('button', { name: 'Check answers' }));
  await page.keyboard.press('Enter');
  await expect(form(page).locator('.quiz-summary')).toBeFocused();
  const fieldsets = group.locator('fieldset');
  await expect(fieldsets.nth(0).locator('.quiz-verdict')).toHaveText('Correct.');
  await expect(fieldsets.nth(1).locator('.quiz-verdict')).not.toHaveText('Correct.');
  await expectNoAxeViolations(page, 'case set, checked');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test.describe('a case set without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the scenario above its questions, each answer behind "Show the answer"', async ({ page }) => {
    await page.goto(casePath);
    const region = page.getByRole('region', { name: caseTitle });
    await expect(region).toContainText('The board wants to know how much to spend');
    await expect(region.locator('fieldset')).toHaveCount(3);
    const first = region.locator('fieldset').first();
    await first.locator('summary').click();
    await expect(first.locator('details')).toContainText('Set the objectives, then cost the tasks');
  });
});
