// Shared guards for browser tests: collect console errors and CSP violations on a page, and wait
// until islands have hydrated before interacting (clicking server-rendered markup before hydration
// loses the click: see ../shared/TOOLCHAIN.md).
import { expect, type Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
}

export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return problems;
}

/** Waits until every island on the page (or inside `within`) has hydrated. */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 10_000 });
}

/**
 * Brings every client:visible island into view, one at a time, and waits until all have hydrated.
 * Astro watches an island's first child element (the island itself is display: contents), and islands
 * that render nothing on the server use client:idle instead, so they need no scrolling.
 */
export async function hydrateAll(page: Page): Promise<void> {
  const pending = page.locator('astro-island[ssr][client="visible"]');
  for (let guard = 0; guard < 20 && (await pending.count()) > 0; guard++) {
    const child = pending.first().locator(':scope > *').first();
    await child.scrollIntoViewIfNeeded();
    await expect(pending.first().locator(':scope > *').first()).toBeVisible();
    await page.waitForFunction((el) => !el?.hasAttribute('ssr'), await pending.first().elementHandle(), { timeout: 10_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await waitForIslands(page);
}
