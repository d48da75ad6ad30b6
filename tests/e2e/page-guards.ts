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
 * Scrolls through the page slowly enough for every client:visible island to be seen (Astro watches an
 * island's child elements with an IntersectionObserver, which needs a frame or two), then waits until
 * all islands have hydrated. Islands that render nothing on the server use client:idle, not visible.
 */
export async function hydrateAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight * 0.6);
    for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
  for (const island of await page.locator('astro-island[ssr][client="visible"]').all()) {
    await island.evaluate((el) => el.firstElementChild?.scrollIntoView({ block: 'center' })).catch(() => undefined);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await waitForIslands(page);
}
