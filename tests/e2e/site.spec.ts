// Site-wide journeys that need no exercise: search, theme, reading without JavaScript.
import { test, expect } from '@playwright/test';
import { axe } from './axe';
import { watchPage } from './page-guards';

test('search finds a lesson by a word that appears only in its body', async ({ page }) => {
  const problems = await watchPage(page);
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: /search/i });
  await expect(box).toBeFocused(); // the page puts the cursor in the box
  // "Tannenbaum" appears in the body of the lesson on the 1993 definition, not in any title.
  await page.keyboard.type('Tannenbaum', { delay: 20 });
  const result = page.locator('.search-result-link').first();
  await expect(result).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('.search-status')).toHaveText(/^\d+ results? for “Tannenbaum”\.$/);
  await expect(page.locator('.search-result-link', { hasText: /what is (imc|integrated)/i })).toHaveCount(1);
  await expect(page.locator('.search-excerpt mark').first()).toHaveText(/tannenbaum/i);
  await expect(page.locator('.search-results')).not.toContainText('(done)');
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    expect((await axe(page).analyze()).violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
  }
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]); // WebAssembly runs under this page's 'wasm-unsafe-eval'
  await result.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\//);
});

test('the theme toggle switches the theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: /theme|dark|light/i });
  const before = await html.getAttribute('data-theme');
  await toggle.focus();
  await page.keyboard.press('Enter');
  const after = await html.getAttribute('data-theme');
  expect(after).not.toBe(before);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', after!);
  await page.goto('/glossary/');
  await expect(html).toHaveAttribute('data-theme', after!);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson is readable and its quiz answers sit behind a disclosure', async ({ page }) => {
    await page.goto('/lessons/what-is-imc/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main p').first()).toBeVisible();
    const quiz = page
      .locator('details')
      .filter({ hasText: /answer/i })
      .first();
    await expect(quiz).toBeVisible();
    await quiz.locator('summary').click();
    await expect(quiz).toHaveAttribute('open', '');
  });
});

test('no console errors or CSP violations while reading a lesson', async ({ page }) => {
  const problems = await watchPage(page);
  await page.goto('/lessons/what-is-imc/');
  await page.mouse.wheel(0, 5000);
  await page.waitForTimeout(500);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('the sidebar lists only the current module’s lessons; the full map is one link away', async ({ page }) => {
  await page.goto('/lessons/what-is-imc/');
  const nav = page.getByRole('navigation', { name: 'Course contents' });
  const moduleHref = await page.locator('.breadcrumbs a').nth(1).getAttribute('href');
  // Every lesson link in the sidebar belongs to this lesson's module, as listed on the module page.
  const sidebarLessons = await nav.locator('a[data-lesson-id]').evaluateAll((as) => as.map((a) => a.dataset.lessonId));
  await page.goto(moduleHref!);
  const moduleLessons = await page
    .locator('main a[data-lesson-id]')
    .evaluateAll((as) => as.map((a) => a.dataset.lessonId));
  expect(sidebarLessons.length).toBeGreaterThan(0);
  expect(sidebarLessons).toEqual(moduleLessons);
  const mapLink = nav.getByRole('link', { name: 'All modules and lessons' });
  await mapLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'All modules and lessons' })).toBeVisible();
  const allLessons = page.locator('main a[data-lesson-id]');
  expect(await allLessons.count()).toBeGreaterThan(sidebarLessons.length);
});

test('the theme toggle keeps its place before its script runs, so showing it shifts nothing', async ({ browser }) => {
  // Without JavaScript the page is exactly the server markup the first paint sees.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('/lessons/what-is-imc/');
  const toggle = page.locator('.theme-toggle');
  await expect(toggle).toBeHidden(); // it could not work without its script
  const reserved = await toggle.boundingBox();
  await context.close();
  expect(reserved?.width).toBeGreaterThan(0);
  // With JavaScript, the same box, now shown.
  const scripted = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const shown = await scripted.newPage();
  await shown.goto('/lessons/what-is-imc/');
  await expect(shown.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  expect(await shown.locator('.theme-toggle').boundingBox()).toEqual(reserved);
  await scripted.close();
});
