// Progress leaves the browser and comes back whole: download it, clear storage, restore it from the
// file; open a move link in another browser (context) and merge it; a file that is not ours is
// refused with the reason and changes nothing. Driven with the keyboard; axe in both themes.
import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './exercise-helpers';
import { waitForIslands, watchPage } from './page-guards';

const PROGRESS_KEY = 'one-voice:progress';
const saved = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);

/** Marks the first lesson done and takes its quiz, with the keyboard. */
async function makeProgress(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the course' }).click();
  await page.getByRole('link', { name: 'Start with lesson 1' }).click();
  const done = page.getByRole('button', { name: /mark lesson as done/i });
  await expect(done).toBeVisible({ timeout: 10_000 });
  await done.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /lesson done/i })).toHaveAttribute('aria-pressed', 'true');
  const quiz = page.locator('form.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await quiz.locator('fieldset').first().locator('input').first().check();
  await page.getByRole('button', { name: 'Check answers' }).focus();
  await page.keyboard.press('Enter');
  await expect(quiz.locator('.quiz-summary')).toContainText('You scored');
}

async function openProgress(page: Page, fragment = '') {
  await page.goto(`/progress/${fragment}`);
  const transfer = page.locator('.progress-transfer');
  await transfer.scrollIntoViewIfNeeded();
  await expect(transfer).toHaveAttribute('data-hydrated', 'true');
  await waitForIslands(page);
  return transfer;
}

async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

test('download, clear storage, restore from the file: the same record comes back', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = await watchPage(page);
  await makeProgress(page);
  const before = await saved(page);
  expect(Object.keys(before.lessonsDone)).toHaveLength(1);
  expect(Object.keys(before.quizzes)).toHaveLength(1);

  const transfer = await openProgress(page);
  await expectNoAxeViolations(page, '/progress/');
  const downloading = page.waitForEvent('download');
  await press(page, 'Download my progress');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^one-voice-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(before);

  await page.evaluate(() => localStorage.clear());
  await openProgress(page);
  await page.getByLabel('Progress file').setInputFiles(file);
  const preview = transfer.getByRole('region', { name: /Restore from the file/ });
  await expect(preview).toContainText('1 lesson done, 1 quiz, 0 exercises');
  await expect(preview).toContainText('This browser holds 0 lessons done');
  expect(await saved(page)).toBeNull(); // nothing changes before the learner chooses
  await expectNoAxeViolations(page, '/progress/ preview');
  await press(page, "Replace this browser's progress");
  await expect(transfer.getByRole('status')).toContainText("Replaced this browser's progress");
  await expect(transfer.getByRole('status')).toContainText('Saved in this browser.');
  expect(await saved(page)).toEqual(before);
  await page.reload();
  await expect(page.locator('.review')).toContainText(/1 of \d+ quizzes taken/);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('a move link opened in another browser carries the whole record, merged on confirmation', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await makeProgress(page);
  const record = await saved(page);
  const transfer = await openProgress(page);
  await press(page, 'Make a move link');
  const link = await transfer.getByRole('textbox', { name: 'Move link' }).inputValue();
  expect(link).toMatch(/\/progress\/#move=[A-Za-z0-9_-]+$/);
  await expect(transfer.getByRole('img', { name: 'QR code of the move link' })).toBeVisible();
  await expectNoAxeViolations(page, '/progress/ move link');

  const other = await browser.newContext();
  const phone = await other.newPage();
  const problems = await watchPage(phone);
  // The other device already has something of its own: merging keeps it.
  await phone.goto('/progress/');
  await phone.evaluate(
    (key) =>
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 1,
          lessonsDone: { 'only-on-the-phone': '2026-01-01T00:00:00.000Z' },
          quizzes: {},
          exercises: {},
        }),
      ),
    PROGRESS_KEY,
  );
  await phone.goto('about:blank'); // a fresh load, as a link opened on another device is
  const received = await openProgress(phone, new URL(link).hash);
  const preview = received.getByRole('region', { name: 'Restore from the move link?' });
  await expect(preview).toContainText('1 lesson done, 1 quiz');
  expect(new URL(phone.url()).hash).toBe(''); // the record does not stay in the address bar
  await press(phone, "Merge with this browser's progress");
  await expect(received.getByRole('status')).toContainText('Merged the progress from the move link.');
  const merged = await saved(phone);
  expect(merged.quizzes).toEqual(record.quizzes);
  expect(merged.lessonsDone).toEqual({ ...record.lessonsDone, 'only-on-the-phone': '2026-01-01T00:00:00.000Z' });
  expect(problems.consoleErrors).toEqual([]);
  await other.close();
});

test('a foreign file and a damaged link are refused with the reason, and nothing changes', async ({ page }) => {
  await makeProgress(page);
  const before = await saved(page);
  const transfer = await openProgress(page);
  await page.getByLabel('Progress file').setInputFiles({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name":"something-else","dependencies":{}}'),
  });
  const alert = transfer.getByRole('alert');
  await expect(alert).toContainText('Could not restore from package.json');
  await expect(alert).toContainText('not a One Voice progress file');
  await expect(alert).toContainText("This browser's progress is unchanged.");
  await expect(transfer.getByRole('region', { name: /Restore from the file/ })).toHaveCount(0);
  expect(await saved(page)).toEqual(before);
  await expectNoAxeViolations(page, '/progress/ refused');

  // Pasted into the address bar of the open page: the page follows the new fragment.
  await page.goto('/progress/#move=bm90LWEtcmVjb3Jk');
  await expect(page.locator('.progress-transfer').getByRole('alert')).toContainText('The move link was not used');
  expect(await saved(page)).toEqual(before);
});

test('/modules/ lists every module with its lessons, marks the done ones, and passes axe', async ({ page }) => {
  const problems = await watchPage(page);
  await makeProgress(page);
  const lessonPath = new URL(page.url()).pathname;
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Modules' }).click();
  await expect(page).toHaveURL(/\/modules\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'All modules' })).toBeVisible();
  const moduleHeadings = page.locator('.module-index-list h2');
  expect(await moduleHeadings.count()).toBeGreaterThan(1);
  await expect(page.locator(`.module-index-lessons a[href="${lessonPath}"]`)).toHaveAttribute('data-done', 'true');
  await expect(page.locator('.module-index-list .progress').first()).toHaveText(/^1 of \d+ lessons done$/);
  await expectNoAxeViolations(page, '/modules/');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});
