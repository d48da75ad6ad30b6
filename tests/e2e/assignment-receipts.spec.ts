// Assignments with exercises and fractional quiz scores, receipts that refuse impossible content,
// the builder's summary that keeps the link in view, the skip link that keeps the page's data, the
// licence line on every page and the class report.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { hydrateAll, waitForIslands, watchPage } from './page-guards';
import { expectNoAxeViolations } from './exercise-helpers';
import { relativeLink } from './instructors-helpers';
import { builtPagePaths } from './built-pages';
import { courseContentDir, loadContentDir } from '../helpers/load-content-dir';
import { encodeToken } from '../../src/lib/assignment/link-token';
import { classLinks, receiptLink } from '../fixtures/class-report/class-receipts';

const { content } = loadContentDir(courseContentDir);
const planningQuiz = content.quizzes.find((q) => q.id === 'module-planning')!.data;

/** Picks the planning module's quiz and two exercises in the builder; returns the link, site-relative. */
async function buildExerciseAssignment(page: Page): Promise<string> {
  await page.goto('/instructors/assign/');
  await hydrateAll(page);
  await page.getByLabel(`Quiz: ${planningQuiz.title}`, { exact: true }).check();
  await page.getByLabel('Exercise: Goal picker', { exact: true }).check();
  await page.getByLabel('Exercise: From visitor to customer', { exact: true }).check();
  await expect(page.locator('.result .picked')).toHaveText('Picked: 1 quiz, 2 exercises.');
  return relativeLink(page);
}

/** Saved progress as the quiz and exercise islands write it: a fractional best score from partial credit. */
async function saveProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const at = '2026-11-21T09:00:00.000Z';
    const progress = {
      version: 1,
      lessonsDone: {},
      quizzes: {
        'module-planning': {
          attempts: 1,
          best: { score: 4.25, max: 6, at },
          last: { at, score: 4.25, max: 6, answers: {} },
        },
      },
      exercises: {
        'goal-picker': { at, score: 7.5, max: 10, state: {} },
        'funnel-order': { at, score: 2, max: 10, state: {} },
      },
    };
    localStorage.setItem('one-voice:progress', JSON.stringify(progress));
  });
}

test('an assignment with exercises: the checklist and the receipt show saved scores, fractions alike', async ({
  page,
}) => {
  const problems = await watchPage(page);
  const link = await buildExerciseAssignment(page);
  await saveProgress(page);
  await page.goto(link);
  await hydrateAll(page);
  const items = page.locator('.checklist li');
  await expect(items).toHaveCount(3);
  const quiz = items.filter({ hasText: `Quiz: ${planningQuiz.title}` });
  await expect(quiz).toHaveAttribute('data-done', 'true');
  await expect(quiz).toContainText('(best 4.25 out of 6 (71%))');
  const goals = items.filter({ hasText: 'Exercise: Goal picker' });
  await expect(goals).toHaveAttribute('data-done', 'true');
  await expect(goals).toContainText('Exercise: Goal picker (saved 7.5 out of 10 (75%))');
  const funnel = items.filter({ hasText: 'Exercise: From visitor to customer' });
  await expect(funnel).toHaveAttribute('data-done', 'false');
  await expect(funnel).toContainText('(saved 2 out of 10 (20%))');
  await expect(page.locator('.assignment-progress')).toContainText('2 of 3 done');
  await expectNoAxeViolations(page, 'checklist with exercises');

  await page.getByRole('link', { name: /Open my receipt/ }).click();
  await hydrateAll(page);
  const rows = page.locator('.receipt tbody tr');
  await expect(rows).toHaveCount(3);
  const quizRow = rows.filter({ hasText: `Quiz: ${planningQuiz.title}` });
  await expect(quizRow.locator('td').nth(1)).toHaveText('Done');
  await expect(quizRow.locator('td').nth(3)).toHaveText('4.25 out of 6 (71%)');
  await expect(rows.filter({ hasText: 'Exercise: Goal picker' }).locator('td').nth(3)).toHaveText(
    '7.5 out of 10 (75%)',
  );
  await expect(rows.filter({ hasText: 'Exercise: From visitor to customer' }).locator('td').nth(1)).toHaveText(
    'Not done',
  );
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('a receipt re-encoded with 9 out of 6, or "Done" at 1 out of 6, is refused with a message for the instructor', async ({
  page,
}) => {
  const at = '2026-11-21T09:00:00.000Z';
  const receipt = (row: unknown[]) =>
    encodeToken({
      a: { t: 'Week 3', d: '', p: 70, i: ['q:module-planning'] },
      n: 'Sam',
      at: '2026-11-22T09:00:00.000Z',
      r: [row],
    });
  await page.goto(`/instructors/receipt/#r=${receipt([1, at, 9, 6])}`);
  await hydrateAll(page);
  await expect(page.getByRole('alert')).toContainText('cannot happen');
  await expect(page.getByRole('alert')).toContainText('ask the student');
  await page.goto(`/instructors/receipt/#r=${receipt([1, at, 1, 6])}`);
  await page.reload();
  await hydrateAll(page);
  await expect(page.getByRole('alert')).toContainText('contradicts itself');
});

/** Tabs to the skip link first, follows it with Enter: the URL is kept, focus is in main, the next Tab stays there. */
async function useSkipLink(page: Page): Promise<void> {
  const url = page.url();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  expect(page.url()).toBe(url);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
}

test('the skip link moves focus to the content and keeps the assignment and the receipt in the URL', async ({
  page,
}) => {
  const link = await buildExerciseAssignment(page);
  await saveProgress(page);
  await page.goto(link);
  await hydrateAll(page);
  await useSkipLink(page);
  await expect(page.locator('.checklist li')).toHaveCount(3);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('link', { name: /Open my receipt/ }).click();
  await hydrateAll(page);
  await expect(page.locator('.receipt')).toBeVisible();
  await page.reload(); // start again from the top of the page, focus on nothing
  await hydrateAll(page);
  await useSkipLink(page);
  await expect(page.locator('.receipt tbody tr')).toHaveCount(3);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto('/glossary/');
  await useSkipLink(page);
});

test('on a wide screen the link stays in view while you pick, module by module', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/instructors/assign/');
  await hydrateAll(page);
  const planning = page.locator('fieldset', { has: page.getByLabel('Exercise: Goal picker') });
  const whole = planning.getByLabel('The whole module');
  await page.getByLabel('Exercise: Goal picker', { exact: true }).check();
  await expect(whole).toHaveJSProperty('indeterminate', true);
  await expect(planning.locator('.module-count')).toHaveText(/^1 of \d+ picked$/);
  await whole.focus();
  await page.keyboard.press('Space');
  await expect(whole).toHaveJSProperty('indeterminate', false);
  await expect(whole).toBeChecked();
  await expect(page.getByLabel(/^Assignment link/)).toBeInViewport();
  // Down at the last item of the list, the link is still on screen.
  await page.locator('.builder-items input[type="checkbox"]').last().focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/^Assignment link/)).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Go to your link' })).toBeHidden();
  await expectNoAxeViolations(page, 'builder, wide');
});

test('on a phone a bar at the bottom says what is picked and leads to the link', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/instructors/assign/');
  await hydrateAll(page);
  await page.getByLabel('Exercise: Goal picker', { exact: true }).focus();
  await page.keyboard.press('Space');
  const jump = page.getByRole('button', { name: 'Go to your link' });
  await expect(jump).toBeInViewport();
  await expect(page.locator('.builder-jump')).toContainText('Picked: 1 exercise.');
  const url = page.url();
  await jump.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your link' })).toBeFocused();
  expect(page.url()).toBe(url);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/^Assignment link/)).toBeFocused();
  await expectNoAxeViolations(page, 'builder, phone');
});

test('every page credits the course and names both licences in its footer', async ({ page, request }) => {
  const paths = builtPagePaths();
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const footer = html.match(/<footer class="site-footer"[\s\S]*?<\/footer>/)?.[0] ?? '';
    expect(footer, path).toContain('rel="license" href="https://creativecommons.org/licenses/by/4.0/"');
    expect(footer, path).toContain('MIT licence');
  }
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'How to credit and remix' }).click();
  await expect(page.getByRole('heading', { name: 'How to credit and remix' })).toBeVisible();
  await expect(page.locator('.credit-line')).toContainText('licensed under CC BY 4.0');
});

test('the class report checks pasted receipts by keyboard, flags the edited one and downloads the CSV', async ({
  page,
}) => {
  const problems = await watchPage(page);
  const links = classLinks();
  await page.goto('/instructors/collect/');
  await waitForIslands(page);
  await page.getByLabel('Receipt links, one per line').fill(links.join('\n'));
  await page.getByLabel('Receipt links, one per line').press('Tab');
  await expect(page.getByRole('button', { name: 'Check the receipts' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'receipts counted' })).toHaveText(
    '26 of 30 receipts counted; 4 not counted (the reason is in their row).',
  );
  const rows = page.locator('.class-report tbody tr');
  await expect(rows).toHaveCount(30);
  await expect(rows.nth(26)).toContainText('Not counted: This receipt was changed after it was made');
  await expect(rows.nth(0).locator('td').nth(4)).toHaveText(/^Not done \(1\.75 out of 6 \(29%\)\)$/);
  await expect(page.locator('.most-missed li')).not.toHaveCount(0);
  await expectNoAxeViolations(page, 'class report');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the CSV for your gradebook' }).focus();
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('class-report.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')).toHaveLength(31);
  expect(csv).toContain('Line 1,Student 01,Accepted (self-reported)');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('the class report reads the CSV file an LMS exports', async ({ page }) => {
  await page.goto('/instructors/collect/');
  await waitForIslands(page);
  const csv = ['Identifier,Full name,Grade,Maximum Grade,Online text', `Participant 1,Ana Lima,,10,${receiptLink(2)}`];
  await page
    .getByLabel(/^Or choose/)
    .setInputFiles({ name: 'grades.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
  await expect(page.getByRole('status').filter({ hasText: 'receipts counted' })).toHaveText('1 of 1 receipts counted.');
  await expect(page.locator('.class-report tbody tr th')).toHaveText('Row 2');
  await page
    .getByLabel(/^Or choose/)
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n"x,1\n') });
  await expect(page.getByRole('alert')).toContainText('bad.csv: This file could not be read as CSV');
});
