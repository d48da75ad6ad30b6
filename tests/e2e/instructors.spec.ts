// Instructor journeys: build an assignment link with the keyboard alone; a student opens it,
// completes a quiz, sees the checklist update and prints a receipt; damaged links give messages.
import { test, expect } from '@playwright/test';
import { hydrateAll, watchPage } from './page-guards';
import { buildLinkByKeyboard as buildLink, firstLesson, firstModule, quiz, quizId } from './instructors-helpers';

test('an instructor builds a link with the keyboard; a student completes a quiz and prints a receipt', async ({
  page,
}) => {
  const problems = await watchPage(page);
  const link = await buildLink(page);
  const classroom = page.getByRole('link', { name: 'Share to Google Classroom' });
  await expect(classroom).toHaveAttribute('href', /^https:\/\/classroom\.google\.com\/share\?url=/);

  await page.goto(link);
  await hydrateAll(page);
  await expect(page.getByRole('heading', { name: 'Week 1 <b>reading</b>' })).toBeVisible();
  const items = page.locator('.checklist li');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(firstModule.data.lessons.length);
  await expect(page.locator('.assignment-progress')).toContainText(`0 of ${count} done`);

  // Complete the first quiz of the module with every answer right.
  await page.goto(`/lessons/${firstLesson.id}/`);
  const form = page.locator(`form.quiz[aria-label="${quiz.title}"]`);
  await form.scrollIntoViewIfNeeded();
  await expect(form).toHaveAttribute('data-hydrated', 'true');
  for (const question of quiz.questions) {
    const name = `${quizId}--${question.id}`;
    if (question.kind === 'numeric') {
      await form.locator(`input[name="${name}"]`).fill(String(question.answer));
      continue;
    }
    if (question.kind === 'matching') {
      for (const pair of question.pairs)
        await form.locator(`select[name="${name}"][data-left="${pair.id}"]`).selectOption(`${pair.id}:${pair.id}`);
      continue;
    }
    const right =
      question.kind === 'true-false'
        ? [String(question.answer)]
        : question.options.filter((o) => o.correct).map((o) => o.id);
    for (const id of right) await form.locator(`input[name="${name}"][value="${id}"]`).check();
  }
  await form.getByRole('button', { name: 'Check answers' }).click();

  await page.goto(link);
  await hydrateAll(page);
  await expect(page.locator('.checklist li[data-done="true"]')).toHaveCount(1);
  await expect(page.locator('.assignment-progress')).toContainText(`1 of ${count} done`);

  await page.getByLabel(/Your name/).fill('<img src=x> Zoë');
  await page.getByRole('link', { name: /Open my receipt/ }).click();
  await hydrateAll(page);
  await expect(page.getByText('<img src=x> Zoë', { exact: true })).toBeVisible();
  await expect(page.locator('.check-code')).toHaveText(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', 'yes')));
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('a tampered or cut-off assignment link shows its message', async ({ page }) => {
  const link = await buildLink(page);
  const last = link.at(-1) === 'A' ? 'B' : 'A';
  await page.goto(link.slice(0, -1) + last);
  await hydrateAll(page);
  await expect(page.getByRole('alert')).toContainText('changed after it was made');
  await page.goto(link.slice(0, -8));
  await page.reload();
  await hydrateAll(page);
  await expect(page.getByRole('alert')).toContainText('incomplete');
});

test('the instructor guide links each module guide and the export files (or explains a missing site address)', async ({
  page,
  request,
}) => {
  await page.goto('/instructors/');
  await expect(page.getByRole('link', { name: new RegExp(firstModule.data.title) }).first()).toBeVisible();
  const gift = page.getByRole('link', { name: /Moodle question bank/ });
  expect((await request.get((await gift.getAttribute('href'))!)).status()).toBe(200);
  const cartridge = page.getByRole('link', { name: /Common Cartridge 1\.1/ });
  if ((await cartridge.count()) > 0) {
    const response = await request.get((await cartridge.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  } else {
    await expect(page.getByText('Common Cartridge: not available from this copy of the site.')).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'After restoring a cartridge in Moodle' })).toBeVisible();
  const finalExam = page.getByRole('link', { name: 'final exam', exact: true });
  expect(await finalExam.getAttribute('href')).toMatch(/exports\/scorm\/final-exam\.zip$/);
  expect((await request.get((await finalExam.getAttribute('href'))!)).status()).toBe(200);
  await page.goto(`/instructors/${firstModule.id}/`);
  const examZip = page.getByRole('link', { name: 'SCORM 1.2 package of the module exam (.zip)' });
  expect(await examZip.getAttribute('href')).toMatch(new RegExp(`exports/scorm/${firstModule.id}-exam\\.zip$`));
  expect((await (await request.get((await examZip.getAttribute('href'))!)).body()).subarray(0, 2).toString()).toBe(
    'PK',
  );
  const scorm = page.getByRole('link', { name: 'SCORM 1.2 package of the module quiz (.zip)' });
  const scormZip = await request.get((await scorm.getAttribute('href'))!);
  expect(scormZip.status()).toBe(200);
  expect((await scormZip.body()).subarray(0, 2).toString()).toBe('PK');
  await expect(page.locator('.answer-key[data-pagefind-ignore]').first()).toBeVisible();
  await expect(page.getByText('students can read these answers too')).toBeVisible();
});
