// An exercise as a static JSON file (src/pages/exercises/[exercise].json.ts) that its island fetches
// when it wakes up, for the kinds whose data is much larger than their static view (the registry's
// `dataFile`): the page then carries the exercise once, as readable markup, instead of also as the
// island's serialized props. As with quizzes (src/lib/quiz/quiz-file.ts), the page names the version
// it was built with and a file from another build is refused.
import { contentVersion } from '../content-version';
import type { Exercise, ExerciseKind, ExerciseOf } from '../../schemas/exercise';
import type { IdentifiedExercise } from './exercise-result';

export interface ExerciseFile {
  exerciseId: string;
  /** exerciseVersion(exercise): the page and the file must agree on it. */
  version: string;
  exercise: IdentifiedExercise<Exercise>;
}

/** What a page tells its island about the file: where it is and which version the page was built with. */
export interface ExerciseFileRef {
  url: string;
  version: string;
}

export function exerciseVersion(exercise: IdentifiedExercise<Exercise>): string {
  return contentVersion(exercise);
}

export function exerciseFile(exercise: IdentifiedExercise<Exercise>): ExerciseFile {
  return { exerciseId: exercise.id, version: exerciseVersion(exercise), exercise };
}

/**
 * The exercise of a fetched file, or undefined when it is not the one the page was built with (another
 * exercise, another kind, another version, or not an exercise file at all): the page keeps its static view.
 */
export function exerciseOfFile<K extends ExerciseKind>(
  value: unknown,
  expected: { exerciseId: string; version: string; kind: K },
): IdentifiedExercise<ExerciseOf<K>> | undefined {
  const file = value as Partial<ExerciseFile> | null;
  if (typeof file !== 'object' || file === null) return undefined;
  if (file.exerciseId !== expected.exerciseId || file.version !== expected.version) return undefined;
  const exercise = file.exercise;
  if (typeof exercise !== 'object' || exercise === null) return undefined;
  if (exercise.id !== expected.exerciseId || exercise.kind !== expected.kind) return undefined;
  return exercise as IdentifiedExercise<ExerciseOf<K>>;
}
