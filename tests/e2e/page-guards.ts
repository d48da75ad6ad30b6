// Shared guards for browser tests: collect console errors and CSP violations on a page, and wait
// until islands have hydrated before interacting (clicking server-rendered markup before hydration
// loses the click; on a busy machine about 1 run in 6 did).
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

/** Waits until every island on the page has hydrated; on failure, names the islands still waiting. */
export async function waitForIslands(page: Page): Promise<void> {
  const waiting = () =>
    page.$$eval('astro-island[ssr]', (islands) =>
      islands.map(
        (el) => `${el.getAttribute('component-url')?.replace(/^.*\//, '')} (client:${el.getAttribute('client')})`,
      ),
    );
  await expect.poll(waiting, { timeout: 10_000, message: 'islands that never hydrated' }).toEqual([]);
}

/**
 * Brings each client:visible island into view and waits for it to hydrate before moving on (Astro
 * watches the island's child elements with an IntersectionObserver, whose callback comes a frame or
 * more later: scrolling away at once would leave the island unhydrated). Islands that render nothing
 * on the server use client:idle, not visible, so they need no scrolling.
 */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island[client="visible"]');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    if ((await island.getAttribute('ssr')) === null) continue;
    await island.evaluate((el) => el.firstElementChild?.scrollIntoView({ block: 'center' }));
    await expect(island, `island ${i + 1} of ${count} hydrates once in view`).not.toHaveAttribute('ssr', {
      timeout: 10_000,
    });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await waitForIslands(page);
}
