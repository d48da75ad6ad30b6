// The registry of exercise kinds (src/components/exercises/registry.ts) is the one list that joins a
// schema kind to its rules and its view. The compiler checks its shape (`satisfies`); these tests
// check the same at run time and play every kind's rules end to end on the real content: a state
// saved by a learner who solved the exercise reads back and grades as full marks.
import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS, type ExerciseKind, type ExerciseOf } from '../../../src/schemas/exercise';
import { exerciseKindEntry, exerciseKinds } from '../../../src/components/exercises/registry';
import type { Plan } from '../../../src/lib/exercises/plan-builder';
import { loadAllExercises } from './load-exercise';

/** What a learner who got everything right would have saved, per kind (a new kind must add one). */
const solvedState = {
  'goal-picker': (exercise: ExerciseOf<'goal-picker'>) => {
    const evidences = new Map(exercise.metrics.map((m) => [m.id, m.evidences]));
    const answers = exercise.scenarios.map((s) => {
      const metric = s.metricOptions.find((id) => evidences.get(id) === s.primaryGoal);
      return [s.id, { goal: s.primaryGoal, metric }];
    });
    return { answers: Object.fromEntries(answers) };
  },
  ordering: (exercise: ExerciseOf<'ordering'>) => ({ order: exercise.items.map((i) => i.id), checked: true }),
  sorting: (exercise: ExerciseOf<'sorting'>) => ({
    placements: Object.fromEntries(exercise.items.map((i) => [i.id, i.category])),
    checked: true,
  }),
  'plan-builder': (): Plan => ({
    brand: 'Spoke & Chain',
    audience: 'Commuters who ride every day',
    goals: ['build-brand-equity'],
    objectives: 'Half of local commuters know the shop by June',
    design: 'The repair that gets you to work on time',
    channels: [{ name: 'Local radio', budget: '2000' }],
    totalBudget: '2000',
    budgetMethod: 'Objective and task',
    measures: [{ goal: 'build-brand-equity', metric: 'Aided recall in a street survey' }],
    management: 'The owner reviews results every month',
  }),
} satisfies { [K in ExerciseKind]: (exercise: ExerciseOf<K>) => unknown };

const exercises = loadAllExercises();
const pascal = (kind: string) => kind.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase());

describe('the exercise registry', () => {
  it('lists exactly the kinds the schema accepts', () => {
    expect(Object.keys(exerciseKinds).sort()).toEqual([...EXERCISE_KINDS].sort());
    expect(EXERCISE_KINDS).toEqual(['goal-picker', 'ordering', 'sorting', 'plan-builder']);
  });

  it("points every kind at its own view, so a copied line cannot show another kind's exercise", () => {
    for (const kind of EXERCISE_KINDS)
      expect((exerciseKinds[kind].View as unknown as { file: string }).file).toBe(`${pascal(kind)}View.astro`);
  });

  it('gives every kind a distinct label for the practice index', () => {
    const labels = EXERCISE_KINDS.map((kind) => exerciseKinds[kind].label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label.length).toBeGreaterThan(2);
  });

  it('fails loudly, naming the registry, for a kind it does not list', () => {
    expect(() => exerciseKindEntry('crossword' as ExerciseKind)).toThrow(
      "exercise kind 'crossword' is missing from src/components/exercises/registry.ts",
    );
  });

  it('covers every kind used in content/exercises/', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(EXERCISE_KINDS.length);
    for (const kind of EXERCISE_KINDS)
      expect(
        exercises.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
  });
});

describe.each(exercises)('the rules of $id ($kind)', (exercise) => {
  const { rules } = exerciseKindEntry(exercise.kind);

  it('start from nothing on a first visit and grade that as unfinished', () => {
    const { state, problems } = rules.parseState(undefined, exercise);
    expect(problems).toEqual([]);
    const result = rules.grade(exercise, state);
    expect(result.max).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(result.max);
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.every((item) => !item.answered)).toBe(true);
  });

  it('report a saved value they cannot read instead of using it', () => {
    expect(rules.parseState({}, exercise).problems).toHaveLength(1);
  });

  it('read back a solved state and grade it as full marks, part by part', () => {
    const solve = solvedState[exercise.kind] as (e: typeof exercise) => unknown;
    const saved = JSON.parse(JSON.stringify(solve(exercise))) as unknown; // as it comes back from localStorage
    const { state, problems } = rules.parseState(saved, exercise);
    expect(problems).toEqual([]);
    const result = rules.grade(exercise, state);
    expect(result.score).toBe(result.max);
    expect(result.items.every((item) => item.answered && item.correct)).toBe(true);
  });
});
