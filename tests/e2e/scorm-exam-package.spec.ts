// The final exam's SCORM 1.2 package in a real SCORM run-time (tests/e2e/scorm-lms.ts): taken by
// keyboard only, a question flagged and one marked "I'm sure"; the exam in progress reaches the LMS
// on its timer and a reload brings it back; all 40 answered right and handed in gives raw 100 and
// "passed"; the suspend data stays within SCORM 1.2's 4,096 characters; axe finds nothing in either
// theme; and the package asks for nothing outside itself (its pools are embedded).
import { expect, type Frame, type Page, test } from '@playwright/test';
import { drawExam, examSeed, groupOfPool, type ExamQuestion } from '../../src/lib/exam/exam-draw';
import type { ScormExamPageData } from '../../src/lib/scorm/package';
import { questionOptions } from '../../src/lib/quiz/kinds';
import { axe } from './axe';
import { builtPackage, cmi, LMS, packageFrame, serveLms, servePackageAlone } from './scorm-lms';

const pkg = builtPackage('final-exam');
const data = pkg.data as ScormExamPageData;
const drawn = drawExam(data.pools.map(groupOfPool), data.exam.size, examSeed(data.exam.id, 1));
const examFrame = (page: Page) => packageFrame(page, '.exam[data-phase]');

interface Focus {
  fieldset: number;
  tag: string;
  type: string;
  value: string;
  text: string;
}
const focused = (frame: Frame): Promise<Focus> =>
  frame.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const fieldsets = [...document.querySelectorAll('form.quiz fieldset.quiz-question')];
    const box = el?.closest('fieldset');
    return {
      fieldset: box ? fieldsets.indexOf(box) : -1,
      tag: el?.tagName ?? '',
      type: el?.type ?? '',
      value: el?.value ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });

async function tabUntil(page: Page, frame: Frame, done: (f: Focus) => boolean, what: string) {
  for (let i = 0; i < 80; i++) {
    if (done(await focused(frame))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached ${what}`);
}

/** Tab to question `index`'s answer and give the right one by keyboard, whatever its kind. */
async function answerRight(page: Page, frame: Frame, index: number) {
  const { question } = drawn[index]! as ExamQuestion;
  await tabUntil(page, frame, (f) => f.fieldset === index && f.tag !== 'BUTTON', `question ${index + 1}`);
  let now = await focused(frame);
  if (question.kind === 'numeric') {
    expect(now.type).toBe('text');
    await page.keyboard.type(String(question.answer));
    return;
  }
  if (question.kind === 'matching') {
    while (now.fieldset === index && now.tag === 'SELECT') {
      // Each list's right entry pairs the item with itself ("pair:pair").
      for (let i = 0; i < 8 && !/^([^:]+):\1$/.test(now.value); i++) {
        await page.keyboard.press('ArrowDown');
        now = await focused(frame);
      }
      await page.keyboard.press('Tab');
      now = await focused(frame);
    }
    return;
  }
  const right = new Set(
    questionOptions(question)
      .filter((o) => o.correct)
      .map((o) => o.id),
  );
  if (now.type === 'radio') {
    if (right.has(now.value)) await page.keyboard.press('Space');
    for (let i = 0; i < 8 && !right.has((await focused(frame)).value); i++) await page.keyboard.press('ArrowDown');
    return;
  }
  while (now.fieldset === index && now.type === 'checkbox') {
    if (right.has(now.value)) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    now = await focused(frame);
  }
}

async function pressButton(page: Page, frame: Frame, name: string, inside?: number) {
  await tabUntil(
    page,
    frame,
    (f) => f.tag === 'BUTTON' && f.text === name && (inside === undefined || f.fieldset === inside),
    `the button ${name}`,
  );
  await page.keyboard.press('Enter');
}

async function expectNoAxeViolations(page: Page, frame: Frame, when: string) {
  for (const theme of ['light', 'dark'] as const) {
    await frame.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await axe(page).include('iframe').analyze();
    expect(results.violations.map((v) => `${when}, ${theme}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
}

test('the final exam reports 100 and passed to a SCORM 1.2 run-time, and resumes the exam in progress', async ({
  page,
}) => {
  test.setTimeout(240_000);
  expect(drawn).toHaveLength(40);
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  const outside = await serveLms(page, pkg);
  const inFrame = () => page.frameLocator('iframe');

  let frame = await examFrame(page);
  await expect(inFrame().locator('.exam')).toHaveAttribute('data-phase', 'taking');
  await expect(inFrame().locator('#scorm-status')).toContainText('records your best score on this exam');
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
  expect(await cmi(page, 'cmi.suspend_data')).toBe('');
  await expectNoAxeViolations(page, frame, 'taking');

  // Five answers, "I'm sure" on the first, a flag on the third.
  await frame.locator('h1').focus();
  for (let i = 0; i < 5; i++) {
    await answerRight(page, frame, i);
    if (i === 0) await pressButton(page, frame, "I'm sure", 0);
    if (i === 2) await pressButton(page, frame, 'Flag for review', 2);
  }
  const jump = inFrame().locator('.exam-jump-title');
  await expect(jump).toHaveText('5 questions of 40 answered, 1 flagged');
  // The exam in progress reaches the LMS on its timer, without leaving the page.
  await expect.poll(() => cmi(page, 'cmi.suspend_data'), { timeout: 10_000 }).not.toBe('');

  await page.reload();
  frame = await examFrame(page);
  await expect(inFrame().locator('#scorm-status')).toContainText('Your exam in progress is back where you left it');
  await expect(jump).toHaveText('5 questions of 40 answered, 1 flagged');
  await expect(inFrame().locator('#exam-question-3').getByRole('button', { name: 'Flag for review' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(inFrame().locator('#exam-question-1').getByRole('button', { name: "I'm sure" })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await frame.locator('h1').focus();
  for (let i = 5; i < drawn.length; i++) await answerRight(page, frame, i);
  await expect(jump).toHaveText('40 questions of 40 answered, 1 flagged');
  await pressButton(page, frame, 'Hand in the exam');
  await expect(inFrame().locator('.exam-warning')).toContainText('Flagged to come back to');
  await pressButton(page, frame, 'Hand in anyway');
  await expect(inFrame().locator('.quiz-summary')).toContainText('40 out of 40 (100%)');

  expect(await cmi(page, 'cmi.core.score.raw')).toBe('100');
  expect(await cmi(page, 'cmi.core.score.min')).toBe('0');
  expect(await cmi(page, 'cmi.core.score.max')).toBe('100');
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('passed');
  const suspend = await cmi(page, 'cmi.suspend_data');
  expect(suspend.length).toBeGreaterThan(0);
  expect(suspend.length).toBeLessThanOrEqual(4096);
  await expect(inFrame().locator('#scorm-keep')).toHaveText('');
  await expectNoAxeViolations(page, frame, 'results');

  // Back again: the result, not a new draw.
  await page.reload();
  frame = await examFrame(page);
  await expect(inFrame().locator('.exam')).toHaveAttribute('data-phase', 'results');
  await expect(inFrame().locator('#scorm-status')).toContainText('Your last result is shown again');
  await expect(inFrame().locator('.quiz-best')).toContainText('40 out of 40');
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('passed');
  expect(problems).toEqual([]);
  expect(outside).toEqual([]);
});

test('opened without an LMS, the exam package runs in practice mode and says so', async ({ page }) => {
  await servePackageAlone(page, pkg);
  await page.goto(`${LMS}/index.html`);
  await expect(page.locator('#scorm-status')).toContainText('Practice mode');
  await expect(page.locator('.exam')).toHaveAttribute('data-phase', 'taking', { timeout: 15_000 });
});
