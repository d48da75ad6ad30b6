import { describe, expect, it } from 'vitest';
import { exerciseSchema, type OrderingItem } from '../../../src/schemas/exercise';
import { gradeOrdering, longestIncreasingRun } from '../../../src/lib/exercises/ordering/grade-ordering';
import { moveItem, parseOrderingState, startingOrder } from '../../../src/lib/exercises/ordering/ordering-state';
import { loadExercise, readExerciseData } from './load-exercise';

const item = (id: string): OrderingItem => ({ id, text: id.toUpperCase(), why: `why ${id} goes where it goes` });
const abcd = ['a', 'b', 'c', 'd'].map(item);

describe('ordering content', () => {
  it('has the eight planning steps and the funnel from visitor to customer', () => {
    expect(loadExercise('planning-steps-order', 'ordering').items).toHaveLength(8);
    expect(loadExercise('funnel-order', 'ordering').items.map((i) => i.id)).toEqual([
      'visitor',
      'lead',
      'mql',
      'sql',
      'customer',
    ]);
  });
  it('rejects a repeated item id and a misspelt field', () => {
    const data = readExerciseData('funnel-order') as { items: object[] };
    const repeated = exerciseSchema.safeParse({ ...data, items: [...data.items, data.items[0]] });
    expect(repeated.success ? [] : repeated.error.issues.map((i) => i.message)).toContain(
      "item id 'visitor' is used twice",
    );
    expect(exerciseSchema.safeParse({ ...data, explanaton: 'typo typo typo typo' }).success).toBe(false);
  });
});

describe('gradeOrdering (pairwise credit)', () => {
  it('gives full marks for the right order and names nothing', () => {
    expect(gradeOrdering(abcd, ['a', 'b', 'c', 'd'])).toEqual({ score: 6, max: 6, allCorrect: true, misplaced: [] });
  });
  it('loses one point for a swapped neighbour pair and names one of the two', () => {
    const r = gradeOrdering(abcd, ['a', 'c', 'b', 'd']);
    expect(r.score).toBe(5);
    expect(r.misplaced).toHaveLength(1);
  });
  it('names only the item that moved when one item is out of place, with where it belongs and why', () => {
    const r = gradeOrdering(abcd, ['d', 'a', 'b', 'c']);
    expect(r.score).toBe(3);
    expect(r.misplaced).toEqual([
      { id: 'd', text: 'D', why: 'why d goes where it goes', correctPosition: 4, givenPosition: 1 },
    ]);
  });
  it('gives nothing for the reversed order', () => {
    const r = gradeOrdering(abcd, ['d', 'c', 'b', 'a']);
    expect(r.score).toBe(0);
    expect(r.misplaced).toHaveLength(3);
  });
});

describe('longestIncreasingRun', () => {
  it('finds one longest increasing subsequence by index', () => {
    expect(longestIncreasingRun([3, 0, 1, 2])).toEqual([1, 2, 3]);
    expect(longestIncreasingRun([0, 1, 2])).toEqual([0, 1, 2]);
    expect(longestIncreasingRun([])).toEqual([]);
  });
});

describe('ordering state', () => {
  it('starts shuffled, never in the right order, the same way for the same seed', () => {
    for (const seed of ['funnel-order', 'planning-steps-order', 'x', 'y', 'z']) {
      const order = startingOrder(abcd, seed);
      expect([...order].sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(order).not.toEqual(['a', 'b', 'c', 'd']);
      expect(startingOrder(abcd, seed)).toEqual(order);
    }
  });
  it('moves an item and clamps at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });
  it('reads back a saved order and reports one that does not fit', () => {
    expect(parseOrderingState({ order: ['b', 'a', 'c', 'd'], checked: true }, abcd)).toEqual({
      state: { order: ['b', 'a', 'c', 'd'], checked: true },
    });
    expect(parseOrderingState(undefined, abcd)).toEqual({ state: undefined });
    for (const bad of [
      { order: ['a', 'b', 'c'] },
      { order: ['a', 'a', 'b', 'c'] },
      { order: ['a', 'b', 'c', 'x'] },
      'junk',
    ])
      expect(parseOrderingState(bad, abcd).problem).toMatch(/no longer matches/);
  });
});
