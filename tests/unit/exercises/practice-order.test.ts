import { describe, expect, it } from 'vitest';
import { practiceOrder } from '../../../src/lib/exercises/practice-order';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { loadAllExercises, readExerciseData } from './load-exercise';

describe('practice order', () => {
  it('follows each file’s `order`, whatever order the files are read in', () => {
    const shuffled = [
      { id: 'c', order: 30 },
      { id: 'a', order: 10 },
      { id: 'b', order: 20 },
    ];
    expect(practiceOrder(shuffled).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('fails, naming both files, when two exercises claim the same place', () => {
    expect(() =>
      practiceOrder([
        { id: 'first', order: 10 },
        { id: 'second', order: 10 },
      ]),
    ).toThrow('content/exercises/second.yaml: order 10 is also used by content/exercises/first.yaml');
  });

  it('puts the course’s exercises in the order the course introduces their ideas', () => {
    expect(practiceOrder(loadAllExercises()).map((e) => e.id)).toEqual([
      'goal-picker',
      'planning-steps-order',
      'funnel-order',
      'consumer-types-sort',
      'channel-fit-sort',
      'kpi-family-sort',
      'plan-builder',
    ]);
  });

  it('requires `order` and `minutes` in every exercise file', () => {
    const { order: _order, minutes: _minutes, ...rest } = readExerciseData('funnel-order') as Record<string, unknown>;
    const result = exerciseSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['minutes', 'order']);
    expect(exerciseSchema.safeParse({ ...rest, order: 0, minutes: 5 }).success).toBe(false);
  });
});
