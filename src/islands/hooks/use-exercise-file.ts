// For an exercise island whose data comes as a file (src/lib/exercises/exercise-file.ts): fetches it
// once the island wakes up and hands back the exercise, or says it could not be had. Until then the
// island shows the server's static view, which stays readable (and usable on paper) if the file fails.
import { useEffect, useState } from 'preact/hooks';
import type { ExerciseKind, ExerciseOf } from '../../schemas/exercise';
import type { IdentifiedExercise } from '../../lib/exercises/exercise-result';
import { exerciseOfFile, type ExerciseFileRef } from '../../lib/exercises/exercise-file';

export const EXERCISE_LOAD_FAILED =
  'The interactive exercise could not load, so answers cannot be checked or saved on this page. Each model answer is still under its heading; reloading the page may bring the exercise back.';

/** Fetches a JSON file; injected in tests instead. */
export type LoadJson = (url: string) => Promise<unknown>;

const fetchJson: LoadJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
};

export interface ExerciseFileState<K extends ExerciseKind> {
  exercise: IdentifiedExercise<ExerciseOf<K>> | undefined;
  failed: boolean;
}

export function useExerciseFile<K extends ExerciseKind>(
  file: ExerciseFileRef,
  expected: { exerciseId: string; kind: K },
  load: LoadJson = fetchJson,
): ExerciseFileState<K> {
  const [state, setState] = useState<ExerciseFileState<K>>({ exercise: undefined, failed: false });
  useEffect(() => {
    load(file.url)
      .then((value) => {
        const exercise = exerciseOfFile(value, { ...expected, version: file.version });
        // A file from another build does not match the page: keep the static view and say so.
        setState(exercise ? { exercise, failed: false } : { exercise: undefined, failed: true });
      })
      .catch(() => setState({ exercise: undefined, failed: true }));
  }, []);
  return state;
}
