// Helpers shared by the instructor browser tests: keyboard navigation and a real assignment link,
// made through the builder the way an instructor makes one.
import { expect, type Page } from '@playwright/test';
import { courseContentDir, loadContentDir } from '../helpers/load-content-dir';
import { hydrateAll } from './page-guards';

const { content } = loadContentDir(courseContentDir);
export const firstModule = [...content.modules].sort((a, b) => a.data.order - b.data.order)[0]!;
export const firstLesson = content.lessons.find((l) => l.id === firstModule.data.lessons[0])!;
export const quizId = firstLesson.data.quiz ?? firstModule.data.quiz!;
export const quiz = content.quizzes.find((q) => q.id === quizId)!.data;

/** The accessible-ish label of the focused control: its <label>'s text, else its own text. */
export const focusedLabel = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
  });

/** Presses Tab until the focused control has this label (keyboard only, no clicks). */
export async function tabTo(page: Page, label: RegExp): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (label.test(await focusedLabel(page))) return;
  }
  throw new Error(`no focusable control labelled ${label}`);
}

/** Builds a link for the first module with the keyboard alone; returns it site-relative (path + hash). */
export async function buildLinkByKeyboard(page: Page): Promise<string> {
  await page.goto('/instructors/assign/');
  await hydrateAll(page);
  await page.locator('h1').click(); // start tabbing from the top of the content
  await tabTo(page, /^The whole module$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Title/);
  await page.keyboard.type('Week 1 <b>reading</b>');
  await tabTo(page, /^Copy link$/);
  return relativeLink(page);
}

/** The builder's current link, site-relative. */
export async function relativeLink(page: Page): Promise<string> {
  const link = await page.getByLabel(/^Assignment link/).inputValue();
  expect(link).toMatch(/\/instructors\/assignment\/#a=1\./);
  return new URL(link).pathname + new URL(link).hash;
}
