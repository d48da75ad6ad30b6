// The ordering exercise's rules: its saved state and its grade in the shape every exercise kind shares.
import type { OrderingExercise } from '../../../schemas/exercise/ordering';
import type { ExerciseRules } from '../exercise-result';
import { gradeOrdering } from './grade-ordering';
import { parseOrderingState, startingOrder, type OrderingState } from './ordering-state';

export { gradeOrdering, type OrderingResult } from './grade-ordering';
export { parseOrderingState, startingOrder, type OrderingState } from './ordering-state';

export const orderingRules: ExerciseRules<OrderingExercise, OrderingState> = {
  parseState(saved, exercise) {
    const parsed = parseOrderingState(saved, exercise.items);
    return {
      state: parsed.state ?? { order: startingOrder(exercise.items, exercise.id), checked: false },
      problems: parsed.problem ? [parsed.problem] : [],
    };
  },
  grade(exercise, state) {
    const { score, max, misplaced } = gradeOrdering(exercise.items, state.order);
    const out = new Set(misplaced.map((m) => m.id));
    const items = exercise.items.map((item) => ({ id: item.id, answered: state.checked, correct: !out.has(item.id) }));
    return { score, max, items };
  },
};
