// Pages whose scripts fill in server-rendered markup must not move what the reader already sees
// (Lighthouse's CLS). Counted with the browser's own layout-shift entries, on a phone-sized window.
import { test, expect, type Page } from '@playwright/test';

test.use({ viewport: { width: 412, height: 823 } });

async function shiftsAfterLoad(page: Page, path: string): Promise<{ value: number; sources: string[] }[]> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
        shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) => s.node?.textContent?.slice(0, 60) ?? '?'),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // Islands on this page hydrate on load or idle; give idle callbacks their turn.
  await page.waitForTimeout(1_000);
  return page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
}

test('/progress/ keeps its layout while the record is read, with nothing saved', async ({ page }) => {
  expect(await shiftsAfterLoad(page, '/progress/')).toEqual([]);
  await expect(page.locator('.course-record')).toHaveAttribute('data-hydrated', 'true');
});

test('/progress/ keeps its layout while a saved record is read', async ({ page }) => {
  await page.goto('/lessons/what-is-imc/');
  await page.getByRole('button', { name: /mark lesson as done/i }).click();
  await expect(page.getByRole('button', { name: /lesson done/i })).toHaveAttribute('aria-pressed', 'true');
  expect(await shiftsAfterLoad(page, '/progress/')).toEqual([]);
  await expect(page.locator('.review')).toHaveAttribute('data-hydrated', 'true');
});

test('the glossary shows its review buttons without moving the terms', async ({ page }) => {
  expect(await shiftsAfterLoad(page, '/glossary/')).toEqual([]);
  await expect(page.getByRole('button', { name: 'Add to review' }).first()).toBeVisible();
});

test('a lesson quiz hydrating in view moves none of its questions', async ({ page }) => {
  // The fragment scrolls the quiz into view on load, so the island hydrates while the reader looks at it.
  expect(await shiftsAfterLoad(page, '/lessons/approaches-to-integration/#lesson-quiz')).toEqual([]);
  await expect(page.locator('form.quiz')).toHaveAttribute('data-hydrated', 'true');
});

/** Where each question of the quiz starts, from the top of its form (a question that moves, moves this). */
const questionTops = (page: Page) =>
  page
    .locator('form.quiz fieldset.quiz-question')
    .evaluateAll((questions) =>
      questions.map((q) => Math.round(q.getBoundingClientRect().top - q.closest('form')!.getBoundingClientRect().top)),
    );

test('with practice mode on from an earlier quiz of this visit, the quiz hydrating moves none of its questions', async ({
  page,
}) => {
  // Practice mode was turned on in another lesson: the choice lasts the visit (sessionStorage).
  await page.addInitScript(() => sessionStorage.setItem('one-voice:quiz-practice', 'on'));
  // Hold the quiz's data until the page as the server drew it has been measured.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/quizzes/*.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/lessons/approaches-to-integration/#lesson-quiz');
  const quiz = page.locator('form.quiz');
  await expect(quiz.locator('fieldset.quiz-question').first()).toBeVisible();
  const before = await questionTops(page);
  release();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await expect(quiz.getByRole('button', { name: 'Check each answer as I go' })).toHaveAttribute('aria-pressed', 'true');
  await expect(quiz.getByRole('button', { name: 'Check this answer' })).toHaveCount(before.length);
  expect(await questionTops(page)).toEqual(before);
});

test('with practice mode off, the rows it would add take no room before the quiz hydrates', async ({ page }) => {
  await page.route('**/quizzes/*.json', (route) => route.abort()); // the quiz stays as the server drew it
  await page.goto('/lessons/approaches-to-integration/');
  await expect(page.locator('.quiz-check-one').first()).toBeAttached();
  await expect(page.locator('.quiz-check-one').first()).toBeHidden();
  for (const box of await page
    .locator('.quiz-check-one')
    .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height)))
    expect(box).toBe(0);
});

test("a returning learner's last attempt is drawn before the quiz scrolls into view, moving nothing they see", async ({
  page,
}) => {
  const lesson = '/lessons/approaches-to-integration/';
  await page.goto(`${lesson}#lesson-quiz`);
  const quiz = page.locator('form.quiz');
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await quiz.locator('fieldset.quiz-question').first().locator('input').first().check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('.quiz-verdict').first()).toBeVisible();

  // Back at the top of the lesson: the reader scrolls down until the quiz is half a screen away.
  await page.goto(lesson);
  await expect(quiz).not.toHaveAttribute('data-hydrated', 'true');
  await page.evaluate(() => {
    const top = document.querySelector('form.quiz')!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 1.5);
  });
  const shiftsFrom = await page.evaluate(() => {
    const shifts: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    }).observe({ type: 'layout-shift' });
    Object.assign(window, { __shifts: shifts });
    return true;
  });
  expect(shiftsFrom).toBe(true);
  // Not yet in view, the quiz has woken up and drawn the last attempt.
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await expect(quiz.locator('.quiz-verdict')).toHaveCount(await quiz.locator('fieldset.quiz-question').count());
  expect(await quiz.evaluate((form) => form.getBoundingClientRect().top > window.innerHeight)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
});

test('an exercise embedded in a lesson wakes up half a screen before the reader reaches it', async ({ page }) => {
  await page.goto('/lessons/eight-planning-steps/');
  const exercise = page.locator('.exercise astro-island');
  await expect(exercise).toHaveAttribute('ssr', '');
  await page.evaluate(() => {
    const top = document.querySelector('.exercise')!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 1.5);
  });
  await expect(exercise).not.toHaveAttribute('ssr');
  expect(await page.locator('.exercise').evaluate((e) => e.getBoundingClientRect().top > window.innerHeight)).toBe(
    true,
  );
});
