// The instructor guides' "On this page": a disclosure on phones, opened and followed by keyboard; an
// always-open list beside the text on wide screens, still there after scrolling (sticky).
import { test, expect } from '@playwright/test';

test('on a phone, the list is a disclosure the keyboard opens and follows', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/instructors/');
  const nav = page.getByRole('navigation', { name: 'On this page' });
  const link = nav.getByRole('link', { name: 'Setting work' });
  await expect(link).toBeHidden();
  await nav.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#assign$/);
  await expect(page.getByRole('heading', { name: 'Setting work' })).toBeInViewport();
});

test('on a wide screen, the list stays beside a module guide to its answer keys', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/instructors/');
  await page.locator('.module-list a').first().press('Enter');
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav.locator('summary')).toBeHidden();
  const keys = nav.getByRole('link', { name: /^Key: / });
  expect(await keys.count()).toBeGreaterThan(0);
  // The text column starts left of the list and the pair is centred: no empty right half.
  const main = await page.locator('.toc-body').boundingBox();
  const list = await nav.boundingBox();
  expect(main && list && list.x > main.x + main.width).toBe(true);
  expect(list && list.x + list.width).toBeGreaterThan(1000);

  await keys.last().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#key-/);
  await expect(nav.getByRole('link', { name: 'Objectives' })).toBeInViewport();
  await expect(page.getByRole('link', { name: 'Make an assignment link' })).toHaveClass(/button/);
});
