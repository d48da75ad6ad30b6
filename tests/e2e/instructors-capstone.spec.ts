// The capstone assignment and what the items measure, as instructors use them: the capstone page reached
// from the instructor guide, its rubric read as a table, axe in both themes, the exemplar left out of
// the printed copy by keyboard; the module guide's objective counts and the answer key's "Measures".
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { axe } from './axe';
import { watchPage } from './page-guards';
import { firstModule, focusedLabel, tabTo } from './instructors-helpers';
import { courseContentDir, loadContentDir } from '../helpers/load-content-dir';
import type { Capstone } from '../../src/schemas/capstone';

const capstone = parse(readFileSync(join(courseContentDir, 'capstones', 'larkfield-lido.yaml'), 'utf8')) as Capstone;
const { content } = loadContentDir(courseContentDir);

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

test('the capstone page is linked from the instructor guide and renders brief, deliverables, rubric and exemplar', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const problems = await watchPage(page);
  await page.goto('/instructors/');
  await page.getByRole('link', { name: 'Open the capstone assignment' }).click();
  await expect(page).toHaveURL(/\/instructors\/capstone\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(capstone.title);
  for (const name of ['The brief', 'Deliverables', 'Rubric', 'Objectives behind the rubric', 'Exemplar (abridged)'])
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  await expect(page.locator('.deliverables > li')).toHaveCount(capstone.deliverables.length);
  await expect(page.locator('.exemplar-part h3')).toHaveCount(capstone.exemplar.sections.length);

  // The rubric as a screen reader reads it: a named table, a header per level, a row header per criterion.
  const rubric = page.getByRole('table', { name: /^Rubric: \d+ criteria, 100 points in all$/ });
  await expect(rubric).toBeVisible();
  await expect(rubric.getByRole('columnheader')).toHaveText([
    'Criterion',
    ...capstone.rubric.levels.map((l) => l.label),
  ]);
  const rowHeaders = rubric.getByRole('rowheader');
  await expect(rowHeaders).toHaveCount(capstone.rubric.criteria.length);
  await expect(rowHeaders.first()).toContainText(capstone.rubric.criteria[0]!.title);
  await expect(rubric.getByRole('row').nth(1).getByRole('cell').first()).toContainText(
    `${capstone.rubric.criteria[0]!.levels[0]!.points} points`,
  );
  // The objectives behind each criterion link to the lessons that teach them.
  const objectiveLinks = page.locator('.criterion-objectives a');
  expect(await objectiveLinks.count()).toBeGreaterThanOrEqual(capstone.rubric.criteria.length);

  await expectNoAxeViolations(page, 'capstone');
  // On a phone the rubric scrolls inside its region; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('the rubric scrolls by keyboard, and the printed copy leaves the exemplar out once it is unticked', async ({
  page,
}) => {
  await page.goto('/instructors/capstone/');
  await page.locator('h1').click();
  await tabTo(page, /^Include the exemplar when printing/);
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/^Include the exemplar when printing/)).not.toBeChecked();
  // The rubric's scroll region is a tab stop of its own (a table wider than a phone must be reachable).
  for (
    let i = 0;
    i < 60 &&
    (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== 'Rubric: criteria by level';
    i++
  )
    await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'Rubric: criteria by level',
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.print-choice')).toBeHidden();
  await expect(page.locator('.rubric')).toBeVisible();
  await expect(page.locator('.exemplar')).toBeHidden();
  expect(await page.locator('.rubric-section').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel(/^Include the exemplar when printing/).check();
  expect(await focusedLabel(page)).toMatch(/^Include the exemplar/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.exemplar')).toBeVisible();
  const ink = await page
    .locator('.rubric td')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  expect(ink).toBe('rgb(0, 0, 0)');
});

test('the module guide counts the items measuring each objective, and the answer key names what each item measures', async ({
  page,
}) => {
  await page.goto(`/instructors/${firstModule.id}/`);
  const table = page.getByRole('table', { name: /^Lesson objectives of Module 1 and the number of quiz items/ });
  await expect(table).toBeVisible();
  const lessons = firstModule.data.lessons.map((id) => content.lessons.find((l) => l.id === id)!);
  const objectives = lessons.flatMap((l) => l.data.objectives);
  await expect(table.getByRole('rowheader')).toHaveCount(objectives.length + lessons.length);
  // No objective of the module rests on nothing: every row's total is at least one item.
  const totals = await table.locator('tbody tr:has(th[scope="row"]) td:last-child').allTextContents();
  expect(totals).toHaveLength(objectives.length);
  for (const total of totals) expect(total).toMatch(/^[1-9]\d*$/);

  // On a phone the table scrolls inside its region; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const firstKeyItem = page.locator('.answer-key ol > li').first();
  await expect(firstKeyItem.locator('.objective')).toContainText('Measures:');
  const quiz = content.quizzes.find((q) => q.id === lessons[0]!.data.quiz)!.data;
  const measured = objectives.find((o) => o.id === quiz.questions[0]!.objective)!;
  await expect(firstKeyItem.locator('.objective')).toContainText(measured.text);
  await expectNoAxeViolations(page, 'module guide');
});
