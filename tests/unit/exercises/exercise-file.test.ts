import { describe, expect, it } from 'vitest';
import { exerciseFile, exerciseOfFile, exerciseVersion } from '../../../src/lib/exercises/exercise-file';
import { contentVersion } from '../../../src/lib/content-version';
import { loadExercise } from './load-exercise';

const goalPicker = loadExercise('goal-picker', 'goal-picker');
const expected = { exerciseId: 'goal-picker', version: exerciseVersion(goalPicker), kind: 'goal-picker' } as const;
/** The file as it arrives: through JSON, as fetch gives it. */
const fetched = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('exercise file', () => {
  it('gives back the exercise of the file the page was built with', () => {
    expect(exerciseOfFile(fetched(exerciseFile(goalPicker)), expected)).toEqual(goalPicker);
  });

  it('changes version with any edit to the exercise, and only then', () => {
    expect(exerciseVersion(structuredClone(goalPicker))).toBe(exerciseVersion(goalPicker));
    const reworded = structuredClone(goalPicker);
    reworded.scenarios[0]!.situation += ' Still.';
    expect(exerciseVersion(reworded)).not.toBe(exerciseVersion(goalPicker));
    expect(exerciseVersion(goalPicker)).toBe(contentVersion(goalPicker));
    expect(exerciseVersion(goalPicker)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('refuses a file from another build, of another exercise or of another kind', () => {
    const edited = { ...goalPicker, minutes: goalPicker.minutes + 1 };
    expect(exerciseOfFile(fetched(exerciseFile(edited)), expected)).toBeUndefined();
    const other = { ...goalPicker, id: 'other' };
    expect(exerciseOfFile(fetched(exerciseFile(other)), expected)).toBeUndefined();
    expect(exerciseOfFile(fetched(exerciseFile(goalPicker)), { ...expected, kind: 'sorting' })).toBeUndefined();
  });

  it('refuses what is not an exercise file at all', () => {
    const { exerciseId, version } = expected;
    for (const value of [
      null,
      'goal-picker',
      [],
      {},
      { exerciseId, version },
      { exerciseId, version, exercise: null },
      { exerciseId, version, exercise: { ...goalPicker, id: 'someone-else' } },
    ])
      expect(exerciseOfFile(value, expected)).toBeUndefined();
  });
});
