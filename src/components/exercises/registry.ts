// The one list of exercise kinds. Each line joins a kind of the schema (src/schemas/exercise/) to its
// rules (src/lib/exercises/<kind>/) and to its view (the island with its static, no-JS version).
// `satisfies` makes a kind without an entry, or an entry whose parts belong to another kind, a
// compile error; tests/unit/exercises/registry.test.ts checks the same at run time.
import type { ExerciseKind, ExerciseOf } from '../../schemas/exercise';
import type { ExerciseRules, IdentifiedExercise } from '../../lib/exercises/exercise-result';
import { goalPickerRules } from '../../lib/exercises/goal-picker';
import { orderingRules } from '../../lib/exercises/ordering';
import { planBuilderRules } from '../../lib/exercises/plan-builder';
import { sortingRules } from '../../lib/exercises/sorting';
import GoalPickerView from './GoalPickerView.astro';
import OrderingView from './OrderingView.astro';
import PlanBuilderView from './PlanBuilderView.astro';
import SortingView from './SortingView.astro';

export interface ExerciseKindEntry<K extends ExerciseKind> {
  /** The kind as a learner reads it, in the practice index ("Sorting"). */
  label: string;
  /** Its state type stays the kind's own business (rule methods are bivariant, so `unknown` accepts any). */
  rules: ExerciseRules<ExerciseOf<K>, unknown>;
  /** Renders the exercise: its island, with the static view inside until it hydrates. */
  View: (props: { exercise: IdentifiedExercise<ExerciseOf<K>> }) => unknown;
  /**
   * The island fetches the exercise's data as a file (src/lib/exercises/exercise-file.ts) instead of
   * taking it as props: for a kind whose data is far larger than its static view (the goal picker's
   * feedback for every goal and metric of every scenario is 34 KB, its props were 4.4 KB gzip of the page).
   */
  dataFile: boolean;
}

export const exerciseKinds = {
  'goal-picker': { label: 'Goal and metric', rules: goalPickerRules, View: GoalPickerView, dataFile: true },
  ordering: { label: 'Ordering', rules: orderingRules, View: OrderingView, dataFile: false },
  sorting: { label: 'Sorting', rules: sortingRules, View: SortingView, dataFile: false },
  'plan-builder': { label: 'Worksheet', rules: planBuilderRules, View: PlanBuilderView, dataFile: false },
} satisfies { [K in ExerciseKind]: ExerciseKindEntry<K> };

/** The registry entry for an exercise's kind, typed for that kind; fails loudly for a kind it does not list. */
export function exerciseKindEntry<K extends ExerciseKind>(kind: K): ExerciseKindEntry<K> {
  const byKind: { [J in ExerciseKind]?: ExerciseKindEntry<J> } = exerciseKinds;
  const entry: ExerciseKindEntry<K> | undefined = byKind[kind];
  if (!entry) throw new Error(`exercise kind '${kind}' is missing from src/components/exercises/registry.ts`);
  return entry;
}
