// The instructor pages filled in, as people use them: axe in both themes, a clean console and no CSP
// violations on the builder with items chosen, a real assignment link with one item done and a real
// receipt link; how the answer key and the receipt print; and the copy and print buttons by keyboard.
import { test, expect, type Page } from '@playwright/test';
import { axe } from './axe';
import { hydrateAll, watchPage } from './page-guards';
import { firstLesson, firstModule, focusedLabel, relativeLink, tabTo } from './instructors-helpers';

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await axe(page).analyze();
    const summary = results.violations.map(
      (v) => `${where}, ${theme}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`,
    );
    expect(summary).toEqual([]);
  }
}

/** The builder with the first module, a title, a due date and a changed pass mark chosen. */
async function fillBuilder(page: Page): Promise<void> {
  await page.goto('/instructors/assign/');
  await hydrateAll(page);
  await page.getByLabel('The whole module').first().check();
  await page.getByLabel(/^Title/).fill('Week 1 <b>reading</b>');
  await page.getByLabel(/^Due/).fill('Friday 5 pm');
  await page.getByLabel(/^Pass mark/).fill('80');
  await expect(page.getByLabel(/^Assignment link/)).toHaveValue(/#a=1\./);
}

/** Marks the module's first lesson done the way a student does, on the lesson page. */
async function markFirstLessonDone(page: Page): Promise<void> {
  await page.goto(`/lessons/${firstLesson.id}/`);
  // The mark-done button stays hidden until its script runs, so its appearing means it is ready.
  await page.getByRole('button', { name: 'Mark lesson as done' }).click();
  await expect(page.getByRole('button', { name: '✓ Lesson done' })).toBeVisible();
}

/** Opens the assignment link with one item done, types a name and follows the receipt link. */
async function openReceipt(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await hydrateAll(page);
  await expect(page.locator('.checklist li[data-done="true"]')).toHaveCount(1);
  await page.getByLabel(/Your name/).fill('Zoë <i>Ng</i>');
  await page.getByRole('link', { name: /Open my receipt/ }).click();
  await hydrateAll(page);
  await expect(page.locator('.receipt')).toBeVisible();
}

test('filled-in builder, checklist and receipt: no axe violations (light and dark), console errors or CSP violations', async ({
  page,
}) => {
  test.setTimeout(90_000); // six axe passes (three pages, two themes): 4 to 6 s each on a busy 2-core machine
  const problems = await watchPage(page);
  await fillBuilder(page);
  await expectNoAxeViolations(page, 'builder');
  const link = await relativeLink(page);

  await markFirstLessonDone(page);
  await page.goto(link);
  await hydrateAll(page);
  await expect(page.locator('.checklist li[data-done="true"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Week 1 <b>reading</b>' })).toBeVisible();
  await page.getByLabel(/Your name/).fill('Zoë <i>Ng</i>');
  await expectNoAxeViolations(page, 'checklist');
  const itemCount = await page.locator('.checklist li').count();

  await page.getByRole('link', { name: /Open my receipt/ }).click();
  await hydrateAll(page);
  await expect(page.getByText('Zoë <i>Ng</i>', { exact: true })).toBeVisible();
  await expect(page.locator('.receipt tbody tr')).toHaveCount(itemCount);
  await expectNoAxeViolations(page, 'receipt');

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

/** In print media: the site's chrome, navigation and every button are hidden; `content` is shown in black on white. */
async function expectPrintable(page: Page, content: string, shotName: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: test.info().outputPath(shotName), fullPage: true });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
  for (const button of await page.locator('button, .button').all()) await expect(button).toBeHidden();
  await expect(page.locator(content).first()).toBeVisible();
  const colours = await page
    .locator(content)
    .first()
    .evaluate((el) => {
      const text = getComputedStyle(el).color;
      let node: Element | null = el;
      let background = 'rgba(0, 0, 0, 0)';
      while (node && background === 'rgba(0, 0, 0, 0)') {
        background = getComputedStyle(node).backgroundColor;
        node = node.parentElement;
      }
      return { text, background };
    });
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the answer key prints as a clean handout (${theme} theme)`, async ({ page }) => {
    await page.goto(`/instructors/${firstModule.id}/`);
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await expectPrintable(page, '.answer-key', `answer-key-${theme}.png`);
    await expect(page.locator('.answer-key .answer').first()).toBeVisible();
    await expect(page.locator('.answer-key .explanation').first()).toBeVisible();
    // The key starts on a new sheet, so the guide and the key can be handed out apart.
    expect(await page.locator('.answers').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  });

  test(`a filled receipt prints cleanly (${theme} theme)`, async ({ page }) => {
    await fillBuilder(page);
    const link = await relativeLink(page);
    await markFirstLessonDone(page);
    await openReceipt(page, link);
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await expectPrintable(page, '.receipt', `receipt-${theme}.png`);
    await expect(page.locator('.receipt table')).toBeVisible();
    await expect(page.locator('.receipt .check-code')).toBeVisible();
    await expect(page.getByText('Zoë <i>Ng</i>', { exact: true })).toBeVisible();
  });
}

test('the receipt print button works from the keyboard', async ({ page }) => {
  await fillBuilder(page);
  const link = await relativeLink(page);
  await markFirstLessonDone(page);
  await openReceipt(page, link);
  await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', 'yes')));
  await page.locator('h1').click();
  await tabTo(page, /^Print or save as PDF$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test('the copy button works from the keyboard and says so in a live region', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillBuilder(page);
  const link = await page.getByLabel(/^Assignment link/).inputValue();
  await page.locator('h1').click();
  await tabTo(page, /^Copy link$/);
  await page.keyboard.press('Enter');
  const status = page.locator('.assignment-builder [aria-live="polite"][role="status"]');
  await expect(status).toHaveText(/Link copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

// Denied: the user or the browser refused. Missing: no clipboard API at all (a plain http:// copy of the site).
for (const clipboard of ['denied', 'missing'] as const) {
  test(`when the clipboard is ${clipboard}, the message says so and the link is ready to copy by hand`, async ({
    page,
  }) => {
    await page.addInitScript((mode) => {
      const denied = {
        writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      };
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: mode === 'denied' ? denied : undefined,
      });
    }, clipboard);
    await fillBuilder(page);
    const link = await page.getByLabel(/^Assignment link/).inputValue();
    await page.locator('h1').click();
    await tabTo(page, /^Copy link$/);
    await page.keyboard.press('Space');
    const status = page.locator('.assignment-builder [aria-live="polite"][role="status"]');
    await expect(status).toHaveText(/blocked/);
    const field = page.getByLabel(/^Assignment link/);
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(link);
    await expect(field).toBeFocused();
    const selected = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
    });
    expect(selected).toBe(link);
    expect(await focusedLabel(page)).toMatch(/^Assignment link/);
  });
}
