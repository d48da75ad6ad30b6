import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { COMMUNICATION_GOAL_IDS } from '../../../src/schemas/vocabulary/communication-goals';
import { explainPairing, gradeGoalPick } from '../../../src/lib/exercises/goal-picker/grade-goal-pick';
import {
  describeGoalConfusion,
  tallyGoalConfusions,
} from '../../../src/lib/exercises/goal-picker/tally-goal-confusions';
import {
  firstUnanswered,
  parseGoalPickerState,
  scoreGoalPicker,
} from '../../../src/lib/exercises/goal-picker/goal-picker-state';
import { loadExercise, readExerciseData } from './load-exercise';

const exercise = loadExercise('goal-picker', 'goal-picker');
const metric = (id: string) => exercise.metrics.find((m) => m.id === id)!;
const scenario = (id: string) => exercise.scenarios.find((s) => s.id === id)!;

describe('goal-picker content', () => {
  it('has at least 16 scenarios across at least 6 industries, every goal primary somewhere', () => {
    expect(exercise.scenarios.length).toBeGreaterThanOrEqual(16);
    expect(new Set(exercise.scenarios.map((s) => s.industry)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(exercise.scenarios.map((s) => s.primaryGoal))).toEqual(new Set(COMMUNICATION_GOAL_IDS));
  });
  it('has scenarios where a second goal is defensible', () => {
    expect(exercise.scenarios.filter((s) => s.defensibleGoal).length).toBeGreaterThanOrEqual(3);
  });
  it('offers every scenario a metric for each of at least three different goals, so the pairing is a real choice', () => {
    for (const s of exercise.scenarios)
      expect(new Set(s.metricOptions.map((id) => metric(id).evidences)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('goal-picker schema', () => {
  const valid = readExerciseData('goal-picker') as Record<string, unknown> & { scenarios: Record<string, unknown>[] };
  const withScenario = (change: Record<string, unknown>) => ({
    ...valid,
    scenarios: [{ ...valid.scenarios[0], ...change }],
  });
  const messages = (data: unknown) => {
    const result = exerciseSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('accepts the real file', () => expect(messages(valid)).toEqual([]));
  it('rejects a metric that is not defined', () => {
    expect(
      messages(withScenario({ metricOptions: ['unaided-brand-recall', 'no-such-metric', 'offer-redemptions'] })),
    ).toContain(
      "scenarios.0.metricOptions.1: scenario 'oat-cold-brew-launch': metric 'no-such-metric' is not defined under metrics",
    );
  });
  it('rejects a scenario with no metric for its primary goal', () => {
    expect(
      messages(withScenario({ metricOptions: ['unaided-brand-recall', 'brand-preference', 'offer-redemptions'] })),
    ).toContain(
      "scenarios.0.metricOptions: scenario 'oat-cold-brew-launch': no offered metric gives evidence for the primary goal 'create-product-demand'",
    );
  });
  it('rejects a defensible goal equal to the primary goal', () => {
    expect(messages(withScenario({ defensibleGoal: 'create-product-demand' }))).toContain(
      "scenarios.0.defensibleGoal: scenario 'oat-cold-brew-launch': the defensible goal must differ from the primary goal",
    );
  });
  it('rejects misspelt fields and unknown goals', () => {
    expect(
      messages(withScenario({ primaryGoal: 'sell-more' })).some((m) => m.startsWith('scenarios.0.primaryGoal')),
    ).toBe(true);
    expect(messages(withScenario({ audiance: 'typo' })).some((m) => m.includes('audiance'))).toBe(true);
    expect(messages({ ...valid, kind: 'goal-pickr' })).not.toEqual([]);
  });
  it('rejects a scenario missing feedback for one goal', () => {
    const { 'build-brand-equity': _dropped, ...partial } = (
      valid.scenarios[0] as { goalFeedback: Record<string, string> }
    ).goalFeedback;
    expect(
      messages(withScenario({ goalFeedback: partial })).some((m) =>
        m.startsWith('scenarios.0.goalFeedback.build-brand-equity'),
      ),
    ).toBe(true);
  });
});

describe('gradeGoalPick', () => {
  const pension = scenario('freelancer-pension-app'); // primary: demand, defensible: equity
  it('gives 3 points for the primary goal with a metric for it', () => {
    const r = gradeGoalPick(pension, metric('category-consideration'), {
      goal: 'create-product-demand',
      metric: 'category-consideration',
    });
    expect(r).toMatchObject({
      goalVerdict: 'primary',
      metricFitsPrimary: true,
      pairingConsistent: true,
      points: 3,
      maxPoints: 3,
    });
    expect(r.goalFeedback).toMatch(/^Right goal\./);
    expect(r.pairingFeedback).toMatch(/^Consistent pair/);
  });
  it('gives 1 point for the defensible goal and names the primary and why', () => {
    const r = gradeGoalPick(pension, metric('unaided-brand-recall'), {
      goal: 'build-brand-equity',
      metric: 'unaided-brand-recall',
    });
    expect(r).toMatchObject({
      goalVerdict: 'defensible',
      metricFitsPrimary: false,
      pairingConsistent: true,
      points: 1,
    });
    expect(r.goalFeedback).toContain('Create product demand leads');
    expect(r.goalFeedback).toContain(pension.whyPrimary);
    expect(r.metricFeedback).toContain('but the primary goal here is "Create product demand"');
  });
  it('gives 0 for a wrong goal and a metric for another goal', () => {
    const r = gradeGoalPick(pension, metric('offer-redemptions'), {
      goal: 'strengthen-brand-attitude',
      metric: 'offer-redemptions',
    });
    expect(r).toMatchObject({ goalVerdict: 'wrong', metricFitsPrimary: false, pairingConsistent: false, points: 0 });
  });
  it('scores the metric against the primary goal even when the chosen goal is wrong', () => {
    const r = gradeGoalPick(pension, metric('category-consideration'), {
      goal: 'strengthen-brand-attitude',
      metric: 'category-consideration',
    });
    expect(r.points).toBe(1);
    expect(r.pairingConsistent).toBe(false);
  });
});

describe('explainPairing', () => {
  it('calls an equity goal judged by a conversion metric a mismatch and says why', () => {
    const text = explainPairing('build-brand-equity', metric('visit-to-order-conversion'));
    expect(text).toMatch(
      /^Mismatch: your goal "Build brand equity" is about brand awareness and brand attitude built up over time/,
    );
    expect(text).toContain('only sees who acts this week');
  });
  it('explains the reverse mismatch: an act-now goal judged by an awareness metric', () => {
    expect(explainPairing('influence-purchase-intention', metric('unaided-brand-recall'))).toContain(
      'can happen while nobody buys',
    );
  });
  it('explains a mismatch between two act-now goals', () => {
    expect(explainPairing('create-product-demand', metric('offer-redemptions'))).toContain(
      'measures brand purchase intention, not category need',
    );
  });
});

describe('tallyGoalConfusions', () => {
  const scenarios = exercise.scenarios;
  it('counts each (needed -> chosen) pair, most frequent first, and marks defensible picks', () => {
    const answers = {
      'freelancer-pension-app': { goal: 'build-brand-equity', metric: 'unaided-brand-recall' }, // demand -> equity (defensible)
      'oat-cold-brew-launch': { goal: 'build-brand-equity', metric: 'unaided-brand-recall' }, // demand -> equity
      'merged-regional-bank': { goal: 'influence-purchase-intention', metric: 'visit-to-order-conversion' }, // equity -> intention
      'own-label-pasta-clearance': { goal: 'influence-purchase-intention', metric: 'offer-redemptions' }, // right
    } as const;
    expect(tallyGoalConfusions(scenarios, answers)).toEqual([
      {
        expected: 'create-product-demand',
        chosen: 'build-brand-equity',
        count: 2,
        defensibleCount: 1,
        scenarioIds: ['oat-cold-brew-launch', 'freelancer-pension-app'],
      },
      {
        expected: 'build-brand-equity',
        chosen: 'influence-purchase-intention',
        count: 1,
        defensibleCount: 0,
        scenarioIds: ['merged-regional-bank'],
      },
    ]);
  });
  it('is empty when every answer is the primary goal', () => {
    const answers = Object.fromEntries(
      scenarios.map((s) => [s.id, { goal: s.primaryGoal, metric: s.metricOptions[0]! }]),
    );
    expect(tallyGoalConfusions(scenarios, answers)).toEqual([]);
  });
});

describe('goal-picker state', () => {
  it('keeps valid saved answers and scores them', () => {
    const saved = {
      answers: { 'oat-cold-brew-launch': { goal: 'create-product-demand', metric: 'new-product-unit-sales' } },
    };
    const { state, problems } = parseGoalPickerState(saved, exercise);
    expect(problems).toEqual([]);
    expect(state.answers).toEqual(saved.answers);
    expect(scoreGoalPicker(exercise, state)).toEqual({ score: 3, max: exercise.scenarios.length * 3 });
    expect(firstUnanswered(exercise, state)).toBe(1);
  });
  it('starts empty without a saved state', () => {
    expect(parseGoalPickerState(undefined, exercise)).toEqual({ state: { answers: {} }, problems: [] });
  });
  it('reports a state of the wrong shape instead of using it', () => {
    expect(parseGoalPickerState('garbage', exercise).problems).toEqual([
      'The saved answers are not in a format this exercise understands.',
    ]);
    expect(parseGoalPickerState({ answers: [] }, exercise).problems).toHaveLength(1);
  });
  it('reports answers for removed scenarios or options, keeping the rest', () => {
    const saved = {
      answers: {
        gone: { goal: 'create-product-demand', metric: 'x' },
        'oat-cold-brew-launch': { goal: 'create-product-demand', metric: 'brand-preference' },
        'merged-regional-bank': { goal: 'build-brand-equity', metric: 'unaided-brand-recall' },
      },
    };
    const { state, problems } = parseGoalPickerState(saved, exercise);
    expect(Object.keys(state.answers)).toEqual(['merged-regional-bank']);
    expect(problems).toEqual([
      "A saved answer belongs to a scenario that no longer exists ('gone').",
      "The saved answer for 'Harbour Beans' does not match the current options.",
    ]);
  });
  it('reports -1 when every scenario is answered', () => {
    const answers = Object.fromEntries(
      exercise.scenarios.map((s) => [s.id, { goal: s.primaryGoal, metric: s.metricOptions[0]! }]),
    );
    expect(firstUnanswered(exercise, { answers } as GoalPickerExerciseState)).toBe(-1);
  });
});
type GoalPickerExerciseState = Parameters<typeof scoreGoalPicker>[1];

describe('describeGoalConfusion', () => {
  const base = {
    expected: 'create-product-demand',
    chosen: 'build-brand-equity',
    scenarioIds: [] as string[],
  } as const;
  it('says which goal was taken for which, how often, and how many picks were defensible', () => {
    expect(describeGoalConfusion({ ...base, count: 1, defensibleCount: 0 })).toBe(
      'You chose build brand equity where create product demand was needed: once.',
    );
    expect(describeGoalConfusion({ ...base, count: 3, defensibleCount: 1 })).toBe(
      'You chose build brand equity where create product demand was needed: 3 times (1 of them a defensible second choice).',
    );
    expect(describeGoalConfusion({ ...base, count: 2, defensibleCount: 2 })).toContain(
      '(each time a defensible second choice)',
    );
  });
});
