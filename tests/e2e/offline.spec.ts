// Offline and installable, as a learner meets it: one visit installs the service worker and precaches
// the site; with the network gone (and the server stopped) a lesson never opened before still opens,
// its quiz is taken and saved, and search answers from the cached Pagefind index; after a rebuild the
// new version waits behind a polite "Reload" prompt (reached by keyboard), which swaps it in and
// leaves only the new cache. At the root and under a sub-path, each build served by its own server.
import { test, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { courseContentDir, loadContentDir } from '../helpers/load-content-dir';
import { axe } from './axe';
import { serveBuild, workerConfig } from './offline-server';
import { watchPage } from './page-guards';

const builds = [
  { dist: 'dist', base: '/' },
  { dist: 'dist-subpath', base: '/one-voice/' },
];

const { content } = loadContentDir(courseContentDir);
// The last lesson that has its own quiz: the test never opens it before going offline.
const lesson = content.lessons.filter((l) => l.data.quiz).at(-1)!;

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const prompt = (page: Page) => page.locator('[data-update-prompt]');

/** Waits for an active worker, whose install (every precached URL fetched) is then complete. */
async function waitForPrecache(page: Page, cacheName: string, count: number) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const cached = await page.evaluate(
    (name) => caches.open(name).then((c) => c.keys().then((k) => k.length)),
    cacheName,
  );
  expect(cached, 'every precached URL is in the cache').toBeGreaterThanOrEqual(count);
}

for (const { dist, base } of builds) {
  test.describe(`offline at ${base}`, () => {
    test.use({ serviceWorkers: 'allow' });

    test(`a visit makes the course work offline, and a new version waits for Reload (${base})`, async ({
      page,
      context,
    }) => {
      test.skip(!existsSync(join(dist, 'sw.js')), `${dist} has not been built`);
      test.setTimeout(120_000);
      const config = workerConfig(dist);
      const server = await serveBuild(dist, base);
      const site = (path = '') => `${server.origin}${base}${path}`;
      try {
        const problems = await watchPage(page);
        await page.goto(site());
        await waitForPrecache(page, config.cachePrefix + config.version, config.precache.length);
        await expect(prompt(page), 'a first install offers no reload').toBeHidden();
        expect(await page.evaluate(() => navigator.storage.estimate().then((e) => e.usage ?? 0))).toBeGreaterThan(0);

        // Offline: the browser says so, and the server is gone too.
        await context.setOffline(true);
        await server.stop();

        await page.goto(site(`lessons/${lesson.id}/`));
        await expect(page.locator('h1')).toHaveText(lesson.data.title);
        const form = page.locator('form.quiz');
        await form.scrollIntoViewIfNeeded();
        await expect(form, 'the quiz island loads from the cache').toHaveAttribute('data-hydrated', 'true');
        await form.locator('fieldset').first().locator('input').first().check();
        await form.getByRole('button', { name: 'Check answers' }).click();
        await expect(form.locator('.quiz-summary')).toContainText('You scored');
        const saved = await page.evaluate(
          (id) => JSON.parse(localStorage.getItem('one-voice:progress') ?? '{}').quizzes?.[id]?.attempts,
          lesson.data.quiz!,
        );
        expect(saved).toBe(1);

        await page.goto(site('search/?q=ignored'));
        await page.getByRole('searchbox', { name: /search/i }).fill('Tannenbaum');
        await expect(page.locator('.search-status')).toHaveText(/^\d+ results? for “Tannenbaum”\.$/);
        await expect(page.locator('.search-result-link').first()).toBeVisible();

        // A rebuild is published; the learner is back online.
        server.rebuild('-next');
        await server.start();
        await context.setOffline(false);
        await page.goto(site());
        await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
        await expect(prompt(page)).toBeVisible({ timeout: 30_000 });
        await expect(page.getByRole('status').filter({ has: prompt(page) })).toContainText(
          'A new version of the course is ready.',
        );
        expect(await cacheNames(page), 'the old version stays until Reload').toContain(
          config.cachePrefix + config.version,
        );
        for (const theme of ['light', 'dark'] as const) {
          await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
          const results = await axe(page).include('.update-status').analyze();
          expect(results.violations.map((v) => `${theme}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
        }

        // By keyboard: the prompt comes right after the skip link.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await expect(page.locator(':focus')).toHaveText('Reload');
        await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
        await expect(prompt(page)).toBeHidden();
        await expect
          .poll(() => cacheNames(page), { message: 'only the new version is cached' })
          .toEqual([`${config.cachePrefix}${config.version}-next`]);
        expect(problems.cspViolations).toEqual([]);
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await context.setOffline(false);
        await server.stop();
      }
    });
  });
}
