// Shared steps for the exercise journeys: read an exercise's data as the build does, and run axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, type Page } from '@playwright/test';
import { axe } from './axe';
import { waitForIslands } from './page-guards';

export function exerciseData<T>(id: string): T {
  return parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'exercises', `${id}.yaml`), 'utf8')) as T;
}

/** Runs axe in both themes (the site's toggle sets data-theme on <html>) and expects no violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const before = await page.evaluate(() => document.documentElement.dataset.theme);
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await axe(page).analyze();
    expect(results.violations.map((v) => `${label} (${theme}): ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
  await page.evaluate((t) => {
    if (t === undefined) delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = t;
  }, before);
}

/**
 * Waits for the exercise island to hydrate. Scrolls its first child into view rather than the
 * <astro-island> itself: that element is display: contents, which Playwright cannot scroll to.
 */
export async function hydrateExercise(page: Page): Promise<void> {
  // Hydration may replace the element while we scroll to it; that is the outcome we wait for anyway.
  await page
    .locator('astro-island[ssr] > *')
    .first()
    .scrollIntoViewIfNeeded({ timeout: 5_000 })
    .catch(() => undefined);
  await waitForIslands(page);
}
