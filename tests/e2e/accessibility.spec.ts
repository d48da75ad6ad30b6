// The WCAG criteria axe cannot judge, checked the way a person would: reflow at 320 px (1.4.10), text at
// 200% (1.4.4), the text-spacing override (1.4.12), page titles and language (2.4.2, 3.1.1), a visible
// focus indicator on every Tab stop (2.4.7) and focus never hidden under a sticky bar (2.4.11). The
// conformance report (/accessibility/, src/lib/accessibility/conformance.ts) cites these tests by title.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRITERIA } from '../../src/lib/accessibility/conformance';
import { builtPagePaths } from './built-pages';
import { hydrateAll } from './page-guards';

/** One page of each type. */
const PAGE_TYPES = [
  '/',
  '/modules/',
  '/modules/planning/',
  '/lessons/setting-the-budget/',
  '/lessons/four-communication-goals/',
  '/practice/',
  '/practice/goal-picker/',
  '/practice/funnel-order/',
  '/practice/channel-fit-sort/',
  '/practice/plan-builder/',
  '/glossary/',
  '/search/',
  '/progress/',
  '/instructors/',
  '/instructors/planning/',
  '/instructors/assign/',
  '/instructors/collect/',
  '/accessibility/',
];

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('layout', () => {
  test('every page type reflows at 320 CSS pixels without sideways scrolling', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const wide: string[] = [];
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      await hydrateAll(page);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
    }
    expect(wide).toEqual([]);
  });

  test('text at 200% reflows without sideways scrolling', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    // The browser's text-size setting (32 px instead of 16): rem, em and em-based media queries all
    // follow it, as they do for a reader who raised it (setting the root font size would not move the
    // media queries, so it would test a page no reader sees).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const wide: string[] = [];
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      await hydrateAll(page);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
    }
    expect(wide).toEqual([]);
  });
});

test.describe('text spacing', () => {
  // The WCAG 1.4.12 override is a user style sheet; inject it as one (the page's CSP would refuse a
  // <style> a page script added, which is the point of the policy, not a barrier to this user setting).
  test.use({ bypassCSP: true });
  test('text spacing raised to the WCAG 1.4.12 values hides no text', async ({ page }) => {
    test.setTimeout(120_000);
    const clipped: string[] = [];
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of PAGE_TYPES) {
        await page.goto(path);
        await hydrateAll(page);
        await page.addStyleTag({
          content:
            '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
        });
        const problems = await page.evaluate(() => {
          const found: string[] = [];
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
            found.push('page scrolls sideways');
          // Text cut off: a box that hides its overflow while its content is larger than it.
          for (const el of document.querySelectorAll<HTMLElement>('body *')) {
            const style = getComputedStyle(el);
            const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
            if (!hides || !el.textContent?.trim() || el.closest('[aria-hidden="true"], .visually-hidden, .sr-only'))
              continue;
            if (el.clientWidth <= 1 || el.clientHeight <= 1) continue; // visually hidden text, by design
            if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
              found.push(`${el.tagName.toLowerCase()}.${el.className}: "${el.textContent.trim().slice(0, 40)}"`);
            }
          }
          return found;
        });
        for (const problem of problems) clipped.push(`${path} at ${width}px: ${problem}`);
      }
    }
    expect(clipped).toEqual([]);
  });
});

test('every page has a unique title and declares its language', () => {
  const titles = new Map<string, string>();
  const problems: string[] = [];
  for (const path of builtPagePaths('dist')) {
    const html = readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    if (!/<html lang="en"/.test(html)) problems.push(`${path}: no lang="en"`);
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1]?.trim() ?? '';
    if (title.length < 5) problems.push(`${path}: title "${title}"`);
    const other = titles.get(title);
    if (other) problems.push(`${path} and ${other} share the title "${title}"`);
    titles.set(title, path);
  }
  expect(titles.size).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});

/** Tabs through the page, recording every stop that shows neither an outline nor a box shadow. */
async function stopsWithoutFocusRing(page: Page, stops: number): Promise<{ reached: number; bare: string[] }> {
  const bare: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      const name = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
      return { name, ring };
    });
    if (!stop) continue;
    seen.add(stop.name);
    if (!stop.ring) bare.push(stop.name);
  }
  return { reached: seen.size, bare };
}

test('every control reached by Tab shows a focus indicator', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/lessons/four-communication-goals/', '/practice/channel-fit-sort/', '/instructors/assign/']) {
    await page.goto(path);
    await hydrateAll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const { reached, bare } = await stopsWithoutFocusRing(page, 40);
    expect(reached, `${path}: Tab moves through the page`).toBeGreaterThan(10);
    expect(bare, path).toEqual([]);
  }
});

test('on a phone, the bottom bar never hides the control that has focus', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/instructors/assign/');
  await hydrateAll(page);
  const bar = page.locator('.builder-jump');
  await expect(bar).toBeVisible();
  const hidden: string[] = [];
  await page.getByRole('checkbox').first().focus();
  for (let i = 0; i < 30; i++) {
    const covered = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const bar = document.querySelector('.builder-jump') as HTMLElement;
      if (!el || bar.contains(el)) return undefined;
      const a = el.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      // Entirely hidden: the focused box lies wholly inside the bar's box.
      const inside = a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
      return inside ? (el.closest('label')?.textContent ?? el.tagName).trim().slice(0, 40) : undefined;
    });
    if (covered) hidden.push(covered);
    await page.keyboard.press('Tab');
  }
  expect(hidden).toEqual([]);
});

test('the statement lists every criterion of the report with its conformance', async ({ page }) => {
  await page.goto('/accessibility/');
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  const rows = page.locator('table.conformance tbody tr');
  await expect(rows).toHaveCount(CRITERIA.length);
  for (const c of CRITERIA.slice(0, 5)) {
    const escaped = `${c.id} ${c.name}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const row = page.getByRole('row', { name: new RegExp(`^${escaped}`) });
    await expect(row.getByRole('cell').first()).toHaveText(c.conformance);
  }
  // The footer of every page leads here.
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Accessibility' }).click();
  await expect(page).toHaveURL(/\/accessibility\/$/);
});
