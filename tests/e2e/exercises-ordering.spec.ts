// Plays both ordering exercises with the keyboard alone (Move up buttons), checks the partial-credit
// feedback, persistence across reloads, the optional drag, the no-JS fallback and axe.
import { test, expect, type Page } from '@playwright/test';
import { watchPage } from './page-guards';
import { exerciseData, expectNoAxeViolations, hydrateExercise } from './exercise-helpers';

interface Data {
  items: { id: string; text: string }[];
}

const currentOrder = (page: Page) =>
  page.locator('.ordering-list > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')!));

/** Sorts the list with the keyboard: for each target position, press Enter on the item's Move up button until it arrives. */
async function sortByKeyboard(page: Page, items: Data['items']) {
  for (const [target, item] of items.entries()) {
    let index = (await currentOrder(page)).indexOf(item.id);
    if (index === target) continue;
    await page.getByRole('button', { name: `Move up: ${item.text}` }).focus();
    while (index > target) {
      await page.keyboard.press('Enter');
      index -= 1;
      await expect.poll(() => currentOrder(page).then((o) => o.indexOf(item.id))).toBe(index);
    }
    // Focus stays with the moved item (on Move down once Move up is disabled at the top).
    await expect(page.locator(`[data-item="${item.id}"] button:focus`)).toHaveCount(1);
  }
}

for (const id of ['funnel-order', 'planning-steps-order']) {
  test(`${id}: keyboard play, feedback names misplaced items, result survives a reload`, async ({ page }) => {
    test.setTimeout(90_000); // a full keyboard play-through plus axe in two themes, on a shared two-core machine
    const { items } = exerciseData<Data>(id);
    const problems = await watchPage(page);
    await page.goto(`/practice/${id}/`);
    await hydrateExercise(page);
    await expectNoAxeViolations(page, 'start');

    await page.getByRole('button', { name: 'Check order' }).focus();
    await page.keyboard.press('Enter');
    const feedback = page.locator('.exercise-feedback');
    await expect(feedback.getByRole('heading', { name: /^Not quite: \d+ of \d+ pairs/ })).toBeFocused();
    await expect(feedback).toContainText(/belongs at position \d/);
    await expectNoAxeViolations(page, 'feedback');

    await sortByKeyboard(page, items);
    await expect(page.locator('.ordering [aria-live]').first()).toHaveText(/: now \d+ of \d+\.$/);
    await page.getByRole('button', { name: 'Check order' }).focus();
    await page.keyboard.press('Enter');
    const pairs = (items.length * (items.length - 1)) / 2;
    await expect(
      feedback.getByRole('heading', { name: `All in the right order: ${pairs} of ${pairs} pairs in the right order` }),
    ).toBeFocused();

    await page.reload();
    await hydrateExercise(page);
    // The island renders its list only once the saved record is read: poll rather than read once.
    await expect.poll(() => currentOrder(page)).toEqual(items.map((i) => i.id));
    await expect(feedback).toContainText(`${pairs} of ${pairs} pairs`);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });
}

test('funnel-order: an item can also be dragged', async ({ page }) => {
  await page.goto('/practice/funnel-order/');
  await hydrateExercise(page);
  // currentOrder reads the list without waiting: wait for the items the learner sees first.
  await expect(page.locator('.ordering-list > li').first()).toBeVisible();
  const before = await currentOrder(page);
  await page.locator('.ordering-list > li').nth(0).dragTo(page.locator('.ordering-list > li').nth(2));
  await expect.poll(() => currentOrder(page)).not.toEqual(before);
  const after = await currentOrder(page);
  expect(after[2]).toBe(before[0]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the planning steps and their model order are readable', async ({ page }) => {
    await page.goto('/practice/planning-steps-order/');
    const answer = page.locator('details');
    await expect(answer).toHaveCount(1);
    await answer.locator('summary').click();
    await expect(answer.locator('ol > li')).toHaveCount(8);
    await expect(answer.locator('ol > li').first()).toContainText('Identify the target audience');
  });
});
