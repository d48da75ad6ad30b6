// Plays each sorting exercise with the keyboard alone (arrow keys on each native select), with one
// deliberate mistake, then checks per-item feedback, persistence across reloads, no-JS and axe.
import { test, expect, type Page } from '@playwright/test';
import { watchPage } from './page-guards';
import { exerciseData, expectNoAxeViolations, hydrateExercise } from './exercise-helpers';

interface Data {
  categories: { id: string; label: string }[];
  items: { id: string; text: string; category: string }[];
}

/** Chooses option `index` (0 = "Choose a category") in the focused select with arrow keys. */
async function chooseByKeyboard(page: Page, index: number, current: number) {
  const key = index > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(index - current); i++) await page.keyboard.press(key);
}

for (const id of ['consumer-types-sort', 'channel-fit-sort', 'kpi-family-sort']) {
  test(`${id}: keyboard play with per-item feedback that survives a reload`, async ({ page }) => {
    test.setTimeout(90_000); // a full keyboard play-through plus axe in two themes, on a shared two-core machine
    const { categories, items } = exerciseData<Data>(id);
    const position = (category: string) => categories.findIndex((c) => c.id === category) + 1;
    const problems = await watchPage(page);
    await page.goto(`/practice/${id}/`);
    await hydrateExercise(page);
    await expectNoAxeViolations(page, 'start');

    // Sort every item, the first one deliberately into a wrong category.
    const wrong = categories.find((c) => c.id !== items[0]!.category)!.id;
    await page.getByLabel(items[0]!.text, { exact: true }).focus();
    for (const [i, item] of items.entries()) {
      await chooseByKeyboard(page, position(i === 0 ? wrong : item.category), 0);
      await page.keyboard.press('Tab');
    }
    await expect(page.getByRole('button', { name: 'Check answers' })).toBeFocused();
    await page.keyboard.press('Enter');
    const n = items.length;
    await expect(page.getByRole('heading', { name: `${n - 1} of ${n} items in the right category` })).toBeFocused();
    const firstLabel = categories.find((c) => c.id === items[0]!.category)!.label;
    const wrongLabel = categories.find((c) => c.id === wrong)!.label;
    await expect(page.locator('.sorting-feedback').first()).toContainText(
      `It belongs under ${firstLabel}, not ${wrongLabel}.`,
    );
    await expect(page.locator('.sorting-feedback')).toHaveCount(n);
    await expectNoAxeViolations(page, 'feedback');

    // Fix the mistake by keyboard and check again.
    await page.getByLabel(items[0]!.text, { exact: true }).focus();
    await chooseByKeyboard(page, position(items[0]!.category), position(wrong));
    await page.getByRole('button', { name: 'Check answers' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `${n} of ${n} items in the right category` })).toBeVisible();

    await page.reload();
    await hydrateExercise(page);
    await expect(page.getByRole('heading', { name: `${n} of ${n} items in the right category` })).toBeVisible();
    await expect(page.getByLabel(items[0]!.text, { exact: true })).toHaveValue(items[0]!.category);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the sorting items and their model answers are readable', async ({ page }) => {
    const { items } = exerciseData<Data>('kpi-family-sort');
    await page.goto('/practice/kpi-family-sort/');
    const answer = page.locator('details');
    await answer.locator('summary').click();
    await expect(answer.locator('ol > li')).toHaveCount(items.length);
  });
});
