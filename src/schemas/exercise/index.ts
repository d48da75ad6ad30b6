// Practice exercises (content/exercises/<exercise-id>.yaml). One schema per kind, each in its own
// file next to this one, joined here on `kind`; every object is strict so a misspelt field fails the
// build. Rules that tie items of one file together (a scenario naming a metric that does not
// exist...) are refinements in the kind's file, so Astro reports them with the file and the item's path.
// A new kind: add its file, list its schema below, then follow the compiler (docs/architecture.md).
import { z } from 'astro/zod';
import { goalPickerExerciseSchema } from './goal-picker';
import { orderingExerciseSchema } from './ordering';
import { planBuilderExerciseSchema } from './plan-builder';
import { sortingExerciseSchema } from './sorting';

export const exerciseSchema = z.discriminatedUnion('kind', [
  goalPickerExerciseSchema,
  orderingExerciseSchema,
  sortingExerciseSchema,
  planBuilderExerciseSchema,
]);

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseKind = Exercise['kind'];
/** The exercise data of one kind: `ExerciseOf<'sorting'>` is a SortingExercise. */
export type ExerciseOf<K extends ExerciseKind> = Extract<Exercise, { kind: K }>;

/** Every kind the schema accepts, read from the union itself so the list cannot fall behind it. */
export const EXERCISE_KINDS: readonly ExerciseKind[] = exerciseSchema.options.map((option) => option.shape.kind.value);

export type { GoalPickerExercise, GoalPickerMetric, GoalPickerScenario } from './goal-picker';
export type { OrderingExercise, OrderingItem } from './ordering';
export type { PlanBuilderExercise } from './plan-builder';
export type { SortingExercise, SortingItem } from './sorting';
