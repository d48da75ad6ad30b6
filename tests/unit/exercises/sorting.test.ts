import { describe, expect, it } from 'vitest';
import { exerciseSchema, type SortingExercise } from '../../../src/schemas/exercise';
import { gradeSorting } from '../../../src/lib/exercises/sorting/grade-sorting';
import { parseSortingState } from '../../../src/lib/exercises/sorting/sorting-state';
import { loadExercise, readExerciseData } from './load-exercise';

const consumers = loadExercise('consumer-types-sort', 'sorting');

describe('sorting content', () => {
  it('loads the three sorting exercises with every category used', () => {
    for (const id of ['consumer-types-sort', 'channel-fit-sort', 'kpi-family-sort']) {
      const exercise = loadExercise(id, 'sorting');
      expect(new Set(exercise.items.map((i) => i.category))).toEqual(new Set(exercise.categories.map((c) => c.id)));
    }
  });
  it('rejects an item in an undefined category, an unused category and a repeated item', () => {
    const data = readExerciseData('consumer-types-sort') as { items: { category: string }[]; categories: object[] };
    const messages = (d: unknown) => {
      const r = exerciseSchema.safeParse(d);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(messages({ ...data, items: [{ ...data.items[0], category: 'fans' }, ...data.items.slice(1)] })).toContain(
      "items.0.category: item 'subscriber-three-years': category 'fans' is not defined under categories",
    );
    expect(
      messages({
        ...data,
        categories: [...data.categories, { id: 'lapsed', label: 'Lapsed', description: 'Used to buy, stopped.' }],
      }),
    ).toContain("categories.3: category 'lapsed' has no items");
    expect(messages({ ...data, items: [...data.items, data.items[0]] })).toContain(
      "items.9.id: item id 'subscriber-three-years' is used twice",
    );
  });
});

describe('gradeSorting', () => {
  it('scores one point per item in its category, with feedback for each item', () => {
    const placements = { 'subscriber-three-years': 'loyal-to-us', 'always-rival-espresso': 'swing' };
    const result = gradeSorting(consumers, placements);
    expect(result).toMatchObject({ score: 1, max: 9, unsorted: 7 });
    expect(result.items[0]).toMatchObject({ id: 'subscriber-three-years', correct: true });
    expect(result.items[0]!.feedback).toMatch(/^Right\. Three years/);
    expect(result.items[1]!.feedback).toMatch(
      /^It belongs under Loyal to another brand, not Swing buyer\. Ignoring a discount/,
    );
    expect(result.items[2]!.feedback).toMatch(/^Not sorted yet; it belongs under Swing buyer\./);
  });
  it('gives full marks when every item is in place', () => {
    const all = Object.fromEntries(consumers.items.map((i) => [i.id, i.category]));
    expect(gradeSorting(consumers, all)).toMatchObject({ score: 9, max: 9, unsorted: 0 });
  });
});

describe('parseSortingState', () => {
  const ex: SortingExercise = consumers;
  it('keeps valid placements and the checked flag', () => {
    expect(parseSortingState({ placements: { 'new-every-time': 'swing' }, checked: true }, ex)).toEqual({
      state: { placements: { 'new-every-time': 'swing' }, checked: true },
      problems: [],
    });
  });
  it('reports placements that no longer fit, keeps the rest and asks for a fresh check', () => {
    const { state, problems } = parseSortingState(
      { placements: { 'new-every-time': 'swing', gone: 'swing', 'alternates-two': 'nope' }, checked: true },
      ex,
    );
    expect(state).toEqual({ placements: { 'new-every-time': 'swing' }, checked: false });
    expect(problems).toHaveLength(2);
  });
  it('reports a state of the wrong shape', () => {
    expect(parseSortingState(42, ex).problems).toHaveLength(1);
    expect(parseSortingState(undefined, ex)).toEqual({ state: { placements: {}, checked: false }, problems: [] });
  });
});
