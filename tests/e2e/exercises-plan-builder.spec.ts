// Fills the IMC plan builder by keyboard, checks the consistency hints, autosave across a reload,
// Markdown download and re-import (and refusal of a file that is not a plan), clear-all with
// confirmation, the print layout, that typed text never becomes HTML, and axe.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { watchPage } from './page-guards';
import { expectNoAxeViolations, hydrateExercise } from './exercise-helpers';

test('the plan builder autosaves, hints, exports, imports, clears and prints', async ({ page }) => {
  test.setTimeout(90_000); // a long keyboard fill plus axe in two themes, twice, on a shared two-core machine
  const problems = await watchPage(page);
  await page.goto('/practice/plan-builder/');
  await hydrateExercise(page);
  await expectNoAxeViolations(page, 'empty plan');

  const brand = page.getByRole('textbox', { name: 'Brand' });
  await brand.focus();
  await page.keyboard.type('Spoke & Chain');
  await page.getByRole('textbox', { name: 'Target audience' }).focus();
  await page.keyboard.type('Commuters <b>who cycle</b>');
  await page.getByRole('checkbox', { name: 'Influence purchase intention' }).focus();
  await page.keyboard.press('Space');

  // A channel without budget, and a metric for a goal that was not chosen, each raise a hint.
  await page.getByRole('textbox', { name: 'Channel 1' }).focus();
  await page.keyboard.type('Station posters');
  await expect(
    page.getByText('Hint: The channel "Station posters" has no budget in the communications mix.'),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Goal measured (1)' }).focus();
  await page.keyboard.press('ArrowDown'); // Create product demand: not among the chosen goals
  await page.getByRole('textbox', { name: 'Metric (1)' }).focus();
  await page.keyboard.type('units sold');
  await expect(
    page.getByText('"units sold" measures create product demand, which is not one of the goals chosen in step 2.'),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Budget for Station posters' }).focus();
  await page.keyboard.type('1200');
  await expect(page.getByText(/has no budget in the communications mix/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'with hints');

  // Typed markup stays text.
  await expect(page.locator('.plan-builder b')).toHaveCount(0);

  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
  await page.reload();
  await hydrateExercise(page);
  await expect(brand).toHaveValue('Spoke & Chain');
  await expect(page.getByRole('textbox', { name: 'Budget for Station posters' })).toHaveValue('1200');

  // Download by keyboard.
  await page.getByRole('button', { name: 'Download as Markdown' }).focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('imc-plan-spoke-chain.md');
  const file = await download.path();
  const markdown = readFileSync(file, 'utf8');
  expect(markdown).toContain('# IMC plan: Spoke & Chain');
  expect(markdown).toContain('Commuters \\<b\\>who cycle\\</b\\>'); // escaped for Markdown viewers

  // Clear all asks first; "Keep my plan" keeps it, "Yes" clears it.
  await page.getByRole('button', { name: 'Clear all' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Keep my plan' }).focus();
  await page.keyboard.press('Enter');
  await expect(brand).toHaveValue('Spoke & Chain');
  await expect(page.getByRole('button', { name: 'Clear all' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Yes, clear everything' }).focus();
  await page.keyboard.press('Enter');
  await expect(brand).toHaveValue('');

  // A file that is not a plan is refused and changes nothing; the exported file restores the plan.
  const picker = page.getByLabel('Import a downloaded plan');
  await brand.fill('Draft brand');
  await picker.setInputFiles({
    name: 'notes.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Shopping\n- milk\n'),
  });
  await expect(page.getByRole('alert')).toContainText('notes.md: This file is not a plan exported from One Voice');
  await expect(brand).toHaveValue('Draft brand');
  // The worksheet holds a draft, so the import asks before replacing it, with a preview.
  await picker.setInputFiles(file);
  await expect(page.getByRole('group', { name: 'Confirm replacing the plan' })).toContainText(
    'imported plan for Spoke & Chain',
  );
  await expect(page.getByRole('button', { name: 'Yes, replace my plan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Imported the plan' })).toContainText(
    'Imported the plan for Spoke & Chain.',
  );
  await expect(brand).toHaveValue('Spoke & Chain');
  await expect(page.getByRole('textbox', { name: 'Target audience' })).toHaveValue('Commuters <b>who cycle</b>');

  // The printed page shows the plan as text and hides the form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.plan-screen')).toBeHidden();
  const printed = page.locator('.plan-print');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText('IMC plan: Spoke & Chain');
  await expect(printed).toContainText('Commuters <b>who cycle</b>');
  await expect(printed).toContainText('- Station posters: 1200');
  await page.emulateMedia({ media: 'screen' });

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test('the step navigator shows what is filled in and moves between steps by keyboard', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/practice/plan-builder/');
  await hydrateExercise(page);
  const navigator = page.getByRole('navigation', { name: 'Plan steps' });
  const stepLinks = navigator.getByRole('link');
  await expect(stepLinks).toHaveCount(8);
  await expect(navigator).toContainText('0 of 8 steps filled in');
  await expect(stepLinks.nth(2)).toContainText('Not yet');

  // Jump to step 3 with the keyboard: focus lands on its card, and Tab carries on inside it.
  await stepLinks.nth(2).focus();
  await page.keyboard.press('Enter');
  const step3 = page.locator('section.plan-step').nth(2);
  await expect(step3).toBeFocused();
  await expect(step3.getByRole('heading', { level: 2 })).toHaveText(/^Step 3:/);
  await page.keyboard.press('Tab');
  await expect(step3.locator('summary')).toBeFocused();
  await page.getByRole('textbox', { name: 'Message, creative approach and source' }).focus();
  await page.keyboard.type('One calm voice');
  await expect(stepLinks.nth(2)).toContainText('Filled in');
  await expect(navigator).toContainText('1 of 8 steps filled in');

  // Next step and Previous step, by keyboard, move the focus from card to card.
  await step3.getByRole('link', { name: /^Next step/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('section.plan-step').nth(3)).toBeFocused();
  await page
    .locator('section.plan-step')
    .nth(3)
    .getByRole('link', { name: /^Previous step/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(step3).toBeFocused();
  // The last step's "Your plan" leads to the summary and the action row.
  await page.locator('section.plan-step').nth(7).getByRole('link', { name: 'Your plan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Download as Markdown' })).toBeInViewport();
  await expect(
    page
      .locator('section.plan-step')
      .first()
      .getByRole('link', { name: /^Previous step/ }),
  ).toHaveCount(0);
  await expectNoAxeViolations(page, 'navigator with a filled step');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the eight steps, their guidance and examples are readable', async ({ page }) => {
    await page.goto('/practice/plan-builder/');
    await expect(page.getByRole('heading', { level: 2, name: /^Step \d:/ })).toHaveCount(8);
    await expect(page.locator('details')).toHaveCount(8);
    // The static step list still jumps to each step.
    const stepLinks = page.getByRole('navigation', { name: 'Plan steps' }).getByRole('link');
    await expect(stepLinks).toHaveCount(8);
    await stepLinks.nth(5).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#static-/);
  });
});
