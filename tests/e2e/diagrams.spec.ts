// Lesson diagrams: each one a named, described image, drawn with no JavaScript, readable in both themes
// and on paper, and fitting a 390 px phone. Which lesson draws which diagram comes from the MDX itself.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { diagramTexts, type DiagramName } from '../../src/components/diagrams/texts';
import { findDiagramUses } from '../../src/lib/content/diagram-uses';
import { axe } from './axe';

const lessonsDir = 'content/lessons';
const lessons = readdirSync(lessonsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({
    path: `/lessons/${basename(file, '.mdx')}/`,
    names: findDiagramUses(readFileSync(join(lessonsDir, file), 'utf8')).map((use) => use.name as DiagramName),
  }))
  .filter((lesson) => lesson.names.length > 0);

/**
 * The lowest contrast ratio between any diagram text's fill and what it sits on: the page background,
 * or for the numbers in round badges the badge's fill. (Boxes are light tints of the background, and
 * every text token meets AA on those too; see tokens.css.)
 */
async function lowestTextContrast(page: Page): Promise<number> {
  return page.evaluate(() => {
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = channels(colour).map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = luminance(getComputedStyle(document.body).backgroundColor);
    const ratios = [...document.querySelectorAll('figure.diagram text')].map((text) => {
      const fill = luminance(getComputedStyle(text).fill);
      const badge = text.classList.contains('d-on-badge') ? text.previousElementSibling : null;
      const under = badge ? luminance(getComputedStyle(badge).fill) : background;
      return (Math.max(fill, under) + 0.05) / (Math.min(fill, under) + 0.05);
    });
    return Math.min(...ratios);
  });
}

test('lessons draw twelve or more diagrams', () => {
  expect(lessons.flatMap((lesson) => lesson.names).length).toBeGreaterThanOrEqual(12);
});

for (const lesson of lessons) {
  test.describe(lesson.path, () => {
    test('each diagram is an image with its title as name and its description', async ({ page }) => {
      await page.goto(lesson.path);
      for (const name of lesson.names) {
        const { title, description, caption } = diagramTexts[name];
        const figure = page.locator(`figure[data-diagram="${name}"]`);
        const image = figure.getByRole('img', { name: title, exact: true });
        await expect(image).toBeVisible();
        await expect(image).toHaveAccessibleDescription(description);
        await expect(figure.locator('figcaption')).toHaveText(caption);
        await expect(figure.locator('script, astro-island')).toHaveCount(0);
      }
    });

    test('readable in the light and dark themes: axe and text contrast', async ({ page }) => {
      await page.goto(lesson.path);
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        const results = await axe(page).include('figure.diagram').analyze();
        expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
        expect(await lowestTextContrast(page), `${theme} theme`).toBeGreaterThanOrEqual(4.5);
      }
    });

    test('prints in ink on paper, even from the dark theme', async ({ page }) => {
      await page.goto(lesson.path);
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      await page.emulateMedia({ media: 'print' });
      for (const name of lesson.names) {
        await expect(page.locator(`figure[data-diagram="${name}"] svg`)).toBeVisible();
      }
      expect(await lowestTextContrast(page)).toBeGreaterThanOrEqual(4.5);
    });

    test('fits a 390 px phone without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(lesson.path);
      for (const name of lesson.names) {
        const figure = await page.locator(`figure[data-diagram="${name}"]`).boundingBox();
        const drawing = await page.locator(`figure[data-diagram="${name}"] svg`).boundingBox();
        expect(drawing?.width ?? 0).toBeGreaterThan(300);
        expect((drawing?.x ?? 0) + (drawing?.width ?? 0)).toBeLessThanOrEqual(
          (figure?.x ?? 0) + (figure?.width ?? 0) + 1,
        );
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });
}
