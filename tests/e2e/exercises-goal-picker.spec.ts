// Plays the goal picker with the keyboard alone: every scenario, some answers deliberately wrong,
// then checks the feedback, the confusion summary, persistence across reloads and axe.
import { test, expect, type Page } from '@playwright/test';
import { watchPage } from './page-guards';
import { exerciseData, expectNoAxeViolations, hydrateExercise } from './exercise-helpers';

interface Scenario {
  id: string;
  brand: string;
  primaryGoal: string;
  metricOptions: string[];
}
interface Data {
  scenarios: Scenario[];
  metrics: { id: string; evidences: string }[];
}
const data = exerciseData<Data>('goal-picker');
const GOALS = [
  'create-product-demand',
  'build-brand-equity',
  'strengthen-brand-attitude',
  'influence-purchase-intention',
];
const metricGoal = new Map(data.metrics.map((m) => [m.id, m.evidences]));

/** Selects option `n` of the radio group that holds `first`, by keyboard: Space checks, arrows move. */
async function pickRadio(page: Page, n: number) {
  await page.keyboard.press('Space');
  for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
}

function scenarioHeading(page: Page, scenario: Scenario) {
  return page.getByRole('heading', { level: 2, name: new RegExp(scenario.brand) });
}

async function answer(page: Page, scenario: Scenario, goal: string, metric: string) {
  await expect(scenarioHeading(page, scenario)).toBeVisible();
  await page.getByRole('group', { name: 'Primary communication goal' }).getByRole('radio').first().focus();
  await pickRadio(page, GOALS.indexOf(goal));
  await page.keyboard.press('Tab'); // one tab stop per radio group: on to the metrics
  // The metrics are shown in a shuffled order: find the chosen one's row on the page.
  const shownMetrics = await page
    .getByRole('group', { name: 'Metric that would show success' })
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
  await pickRadio(page, shownMetrics.indexOf(metric));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: /^Feedback:/ })).toBeFocused();
}

test('the goal picker is playable by keyboard, explains each answer, tallies confusions and survives a reload', async ({
  page,
}) => {
  // Nineteen scenarios by keyboard plus three axe passes in two themes: longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const problems = await watchPage(page);
  await page.goto('/practice/goal-picker/');
  await hydrateExercise(page);
  await expectNoAxeViolations(page, 'first scenario');

  // Scenario 1: an equity goal judged by a sales metric, on a demand scenario: goal wrong, pairing a mismatch.
  const [first, second] = data.scenarios;
  const salesMetric = first!.metricOptions.find((m) => metricGoal.get(m) === 'create-product-demand')!;
  await answer(page, first!, 'build-brand-equity', salesMetric);
  const feedback = page.locator('.exercise-feedback');
  await expect(feedback).toContainText('1 of 3 points');
  await expect(feedback).toContainText('Not the goal here: Create product demand leads.');
  await expect(feedback).toContainText('Mismatch: your goal "Build brand equity" is about brand awareness');
  // The disclosure explaining every goal comes next in tab order; open it by keyboard.
  await page.keyboard.press('Tab');
  const whyEachGoal = page.getByText(`Why each goal does or does not fit ${first!.brand}`);
  await expect(whyEachGoal).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(feedback.locator('details li')).toHaveCount(4);
  await expectNoAxeViolations(page, 'feedback');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next scenario' })).toBeFocused();
  await page.keyboard.press('Enter');

  // A reload resumes at the first unanswered scenario.
  await page.reload();
  await hydrateExercise(page);
  await expect(page.getByText(`Scenario 2 of ${data.scenarios.length}`)).toBeVisible();

  const rest = data.scenarios.slice(1);
  for (const [i, scenario] of rest.entries()) {
    const goal = scenario === second ? GOALS.find((g) => g !== scenario.primaryGoal)! : scenario.primaryGoal;
    const metric = scenario.metricOptions.find((m) => metricGoal.get(m) === scenario.primaryGoal)!;
    await answer(page, scenario, goal, metric);
    await page.keyboard.press('Tab'); // the "why each goal" disclosure
    await page.keyboard.press('Tab'); // Next scenario / See your summary
    await page.keyboard.press('Enter');
    // "Next scenario" moves focus to the new scenario's heading a frame later; a keyboard user starts
    // from there. Answering before it lands would have focus pulled away mid-answer on a busy machine.
    const upcoming = rest[i + 1];
    if (upcoming) await expect(scenarioHeading(page, upcoming)).toBeFocused();
  }

  const max = data.scenarios.length * 3;
  const expected = max - 2 - 2; // scenarios 1 and 2 each scored 1 of 3
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeFocused();
  await expect(page.getByText(`Score: ${expected} of ${max} points`)).toBeVisible();
  const confusions = page.locator('.exercise-summary li');
  await expect(confusions).toHaveCount(2);
  await expect(confusions.first()).toContainText(
    'You chose build brand equity where create product demand was needed: once.',
  );
  await expectNoAxeViolations(page, 'summary');

  await page.reload();
  await hydrateExercise(page);
  await expect(page.getByText(`Score: ${expected} of ${max} points`)).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the goal picker shows every scenario with its model answer behind a disclosure', async ({ page }) => {
    await page.goto('/practice/goal-picker/');
    await expect(page.locator('details')).toHaveCount(data.scenarios.length);
    const firstAnswer = page.locator('details').first();
    await expect(firstAnswer.getByText('Primary goal: Create product demand.')).toBeHidden();
    await firstAnswer.locator('summary').click();
    await expect(firstAnswer.getByText('Primary goal: Create product demand.')).toBeVisible();
  });
});

test('the practice index lists the goal picker', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByRole('link', { name: 'Goal picker' }).click();
  await expect(page).toHaveURL(/\/practice\/goal-picker\/$/);
  await expectNoAxeViolations(page, 'index');
});

test.describe('its data file', () => {
  test('the page carries the exercise once: the island fetches its data when it wakes up', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/exercises/')) fetched.push(new URL(request.url()).pathname);
    });
    const response = await page.goto('/practice/goal-picker/');
    const html = (await response?.text()) ?? '';
    // The static view shows the model answers; why each other goal does not fit is only in the file.
    const decoded = html
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    const first = data.scenarios[0] as unknown as Scenario & {
      defensibleGoal?: string;
      goalFeedback: Record<string, string>;
    };
    const onlyInFile = GOALS.filter((g) => g !== first.primaryGoal && g !== first.defensibleGoal).map(
      (g) => first.goalFeedback[g]!,
    );
    expect(onlyInFile.length).toBeGreaterThan(0);
    for (const line of onlyInFile) expect(decoded).not.toContain(line);
    // The exercise is in view at load, so it wakes up (and fetches) at once: once, and only its own file.
    await hydrateExercise(page);
    await expect(page.getByRole('group', { name: 'Primary communication goal' })).toBeVisible();
    expect(fetched).toEqual(['/exercises/goal-picker.json']);
  });

  for (const [label, fulfil] of [
    ['cannot be fetched', { status: 503, body: 'offline' }],
    [
      'is from another build',
      {
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ exerciseId: 'goal-picker', version: '00000000', exercise: {} }),
      },
    ],
  ] as const) {
    test(`when the file ${label}, the static scenarios stay and a message says the exercise could not load`, async ({
      page,
    }) => {
      await page.route('**/exercises/goal-picker.json', (route) => route.fulfill(fulfil));
      await page.goto('/practice/goal-picker/');
      await hydrateExercise(page);
      await expect(page.getByText(/^The interactive exercise could not load/)).toBeVisible();
      await expect(page.locator('.exercise-static details')).toHaveCount(data.scenarios.length);
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expectNoAxeViolations(page, `file ${label}`);
    });
  }
});
