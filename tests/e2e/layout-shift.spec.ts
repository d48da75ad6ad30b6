// Pages whose scripts fill in server-rendered markup must not move what the reader already sees
// (Lighthouse's CLS). Counted with the browser's own layout-shift entries, on a phone-sized window.
import { test, expect, type Page } from '@playwright/test';

test.use({ viewport: { width: 412, height: 823 } });

async function shiftsAfterLoad(page: Page, path: string): Promise<{ value: number; sources: string[] }[]> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
        shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) => s.node?.textContent?.slice(0, 60) ?? '?'),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // Islands on this page hydrate on load or idle; give idle callbacks their turn.
  await page.waitForTimeout(1_000);
  return page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
}

test('/progress/ keeps its layout while the record is read, with nothing saved', async ({ page }) => {
  expect(await shiftsAfterLoad(page, '/progress/')).toEqual([]);
  await expect(page.locator('.course-record')).toHaveAttribute('data-hydrated', 'true');
});

test('/progress/ keeps its layout while a saved record is read', async ({ page }) => {
  await page.goto('/lessons/what-is-imc/');
  await page.getByRole('button', { name: /mark lesson as done/i }).click();
  await expect(page.getByRole('button', { name: /lesson done/i })).toHaveAttribute('aria-pressed', 'true');
  expect(await shiftsAfterLoad(page, '/progress/')).toEqual([]);
  await expect(page.locator('.review')).toHaveAttribute('data-hydrated', 'true');
});

test('the glossary shows its review buttons without moving the terms', async ({ page }) => {
  expect(await shiftsAfterLoad(page, '/glossary/')).toEqual([]);
  await expect(page.getByRole('button', { name: 'Add to review' }).first()).toBeVisible();
});

test('a lesson quiz hydrating in view moves none of its questions', async ({ page }) => {
  // The fragment scrolls the quiz into view on load, so the island hydrates while the reader looks at it.
  expect(await shiftsAfterLoad(page, '/lessons/approaches-to-integration/#lesson-quiz')).toEqual([]);
  await expect(page.locator('form.quiz')).toHaveAttribute('data-hydrated', 'true');
});
