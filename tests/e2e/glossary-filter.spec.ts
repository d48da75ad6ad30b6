// The glossary filter, driven by the keyboard: typing narrows the list and the letter index, the
// count is announced in a polite live region, Escape brings every term back, and axe stays clean.
import { test, expect } from '@playwright/test';
import { axe } from './axe';

test('the glossary filter narrows the terms as you type and Escape restores them', async ({ page }) => {
  await page.goto('/glossary/');
  const entries = page.locator('.glossary .entry');
  const total = await entries.count();
  expect(total).toBeGreaterThan(20);

  const filter = page.getByRole('searchbox', { name: 'Filter terms' });
  await filter.focus();
  await page.keyboard.type('equity');
  const visible = page.locator('.glossary .entry:visible');
  await expect(visible.first()).toBeVisible();
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (const text of await visible.allTextContents()) expect(text.toLowerCase()).toContain('equity');

  const count = page.getByRole('status').filter({ hasText: 'terms match' });
  await expect(count).toHaveText(`${shown} of ${total} terms match.`);
  await expect(count).toHaveAttribute('aria-live', 'polite');
  // Letters left without a term leave the index too.
  const lettersShown = await page.locator('.letters li:visible').count();
  const groupsShown = await page.locator('.glossary .letter-group:visible').count();
  expect(lettersShown).toBe(groupsShown);

  await page.keyboard.type(' zzzqqq');
  await expect(page.getByRole('status').filter({ hasText: 'No terms match' })).toBeVisible();
  await expect(visible).toHaveCount(0);
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    expect((await axe(page).analyze()).violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
  }

  await page.keyboard.press('Escape');
  await expect(filter).toHaveValue('');
  await expect(visible).toHaveCount(total);
  await expect(page.getByRole('status').filter({ hasText: `All ${total} terms shown.` })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every term is listed and the filter, which would do nothing, is hidden', async ({ page }) => {
    await page.goto('/glossary/');
    await expect(page.getByRole('searchbox', { name: 'Filter terms' })).toBeHidden();
    const total = await page.locator('.glossary .entry').count();
    await expect(page.locator('.glossary .entry:visible')).toHaveCount(total);
  });
});
