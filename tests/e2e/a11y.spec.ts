// Every page of the build: zero axe-core violations (light and dark themes), no console errors and
// no Content-Security-Policy violations once its islands have hydrated.
import { test, expect } from '@playwright/test';
import { axe } from './axe';
import { builtPagePaths } from './built-pages';
import { hydrateAll, watchPage } from './page-guards';

const pages = builtPagePaths('dist').filter((p) => p !== '/404.html');

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(3);
});

for (const path of [...pages, '/404.html']) {
  test(`${path}: no axe violations, console errors or CSP violations`, async ({ page }) => {
    test.setTimeout(90_000); // two full axe passes over a long lesson take a while on a busy 2-core machine
    const problems = await watchPage(page);
    await page.goto(path);
    await hydrateAll(page);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const results = await axe(page).analyze();
      const summary = results.violations.map(
        (v) => `${theme}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`,
      );
      expect(summary).toEqual([]);
    }
    // A missing favicon or any failed request shows up as a console error: keep the console clean.
    const unexpected = problems.consoleErrors.filter((e) => !(path === '/404.html' && /404/.test(e)));
    expect(unexpected).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });
}
