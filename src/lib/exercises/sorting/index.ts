// The sorting exercise's rules: its saved state and its grade in the shape every exercise kind shares.
import type { SortingExercise } from '../../../schemas/exercise/sorting';
import type { ExerciseRules } from '../exercise-result';
import { gradeSorting } from './grade-sorting';
import { parseSortingState, type SortingState } from './sorting-state';

export { gradeSorting, type SortingResult } from './grade-sorting';
export { parseSortingState, type SortingState } from './sorting-state';

export const sortingRules: ExerciseRules<SortingExercise, SortingState> = {
  parseState: (saved, exercise) => parseSortingState(saved, exercise),
  grade(exercise, state) {
    const { score, max, items } = gradeSorting(exercise, state.placements);
    const parts = items.map((i) => ({ id: i.id, answered: i.chosen !== undefined, correct: i.correct }));
    return { score, max, items: parts };
  },
};
