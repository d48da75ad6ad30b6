// Spaced review as a learner meets it: take a quiz, come back to /review/ a few days later (a faked
// clock), see the cards due, answer one by keyboard, reload and find the schedule kept; a glossary
// term added on /glossary/ is asked and self-rated; with nothing saved, the page says what to do.
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './exercise-helpers';
import { firstLesson } from './instructors-helpers';
import { waitForIslands, watchPage } from './page-guards';

const day0 = new Date('2026-12-01T10:00:00');
const daysLater = (n: number) => new Date(day0.getTime() + n * 86_400_000);

const saved = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('one-voice:progress') ?? 'null')?.review ?? null);

const dueCount = async (page: Page) => Number(await page.locator('.spaced-due strong').first().textContent());

/** Presses Tab until the focused element matches `selector`. */
async function tabUntil(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

async function openReview(page: Page) {
  await page.goto('/review/');
  await expect(page.locator('.spaced')).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  await waitForIslands(page);
}

test('a quiz taken today comes back days later; answered by keyboard, the schedule survives a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = await watchPage(page);
  await page.clock.setFixedTime(day0);
  await page.goto(`/lessons/${firstLesson.id}/`);
  const quiz = page.locator('form.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  await waitForIslands(page);
  for (const fieldset of await quiz.locator('fieldset').all()) {
    const choice = fieldset.locator('input[type=radio], input[type=checkbox]').first();
    if ((await choice.count()) > 0) await choice.check();
  }
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect.poll(async () => (await saved(page))?.waiting?.length).toBe(1);

  // Four days later: the attempt is scheduled on arrival and its cards are due.
  await page.clock.setFixedTime(daysLater(4));
  await openReview(page);
  const due = await dueCount(page);
  expect(due).toBeGreaterThan(0);
  await expect.poll(async () => (await saved(page))?.waiting?.length).toBe(0);
  await expectNoAxeViolations(page, 'review card');

  // Answer the first card by keyboard alone.
  const card = page.locator('.spaced-card');
  const firstId = Object.entries((await saved(page)).cards as Record<string, { d: number }>).sort(
    ([a, x], [b, y]) => x.d - y.d || (a < b ? -1 : 1),
  )[0]![0];
  if ((await card.locator('input[type=radio], input[type=checkbox]').count()) > 0) {
    await tabUntil(page, '.spaced-card input[type=radio], .spaced-card input[type=checkbox]');
    await page.keyboard.press('Space');
    await tabUntil(page, '.spaced-card button[type=submit]');
    await page.keyboard.press('Enter');
    await expect(card.getByRole('status')).toContainText(/Right\.|Not quite\./);
    await expect(page.getByRole('button', { name: 'Next card' })).toBeFocused();
    await expectNoAxeViolations(page, 'review card checked');
    await page.keyboard.press('Enter');
  } else if ((await card.locator('input[type=text]').count()) > 0) {
    await tabUntil(page, '.spaced-card input[type=text]');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Next card' })).toBeFocused();
    await page.keyboard.press('Enter');
  } else {
    await tabUntil(page, '.spaced-card button');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  const reviewed = (await saved(page)).cards[firstId];
  expect(reviewed.v).toBe(Math.floor(daysLater(4).getTime() / 1000));
  expect(reviewed.d).toBeGreaterThan(reviewed.v);

  await page.reload();
  await expect(page.locator('.spaced')).toHaveAttribute('data-hydrated', 'true');
  const after = due - 1;
  if (after > 0) expect(await dueCount(page)).toBe(after);
  else await expect(page.locator('.spaced')).toContainText('Nothing is due today');
  expect((await saved(page)).cards[firstId]).toEqual(reviewed);

  await page.goto('/progress/');
  await expect(page.locator('.review-due')).toContainText(`${after} ${after === 1 ? 'card' : 'cards'} due today`);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('a glossary term added to the review is asked, revealed and self-rated by keyboard', async ({ page }) => {
  test.setTimeout(120_000); // axe over the whole glossary, twice, is slow on a shared machine
  const problems = await watchPage(page);
  await page.clock.setFixedTime(day0);
  await openReview(page);
  await expect(page.locator('.spaced')).toContainText('You have no review cards yet');
  await expectNoAxeViolations(page, 'review, empty');

  await page.goto('/glossary/');
  const add = page.locator('button[data-review-term]').first();
  await expect(add).toBeVisible();
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(add).toHaveText('✓ In your review');
  await expect(page.locator('[data-review-term-status]')).toContainText('is in your review');
  await expectNoAxeViolations(page, 'glossary with a term added');

  await openReview(page);
  expect(await dueCount(page)).toBe(1);
  await expect(page.locator('#spaced-card-title')).toContainText('Term:');
  await tabUntil(page, '.spaced-card button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
  await expectNoAxeViolations(page, 'review, term revealed');
  await page.keyboard.press('Enter');
  await expect(page.locator('.spaced')).toContainText('Done for today: you reviewed 1 card');
  await page.reload();
  await expect(page.locator('.spaced')).toContainText('Nothing is due today');
  expect(problems.consoleErrors).toEqual([]);
});
