// The data of each exercise whose kind loads it as a file (the registry's `dataFile`): its island fetches
// it when it wakes up, so the page does not carry the exercise a second time as the island's props.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../collections';
import { exerciseKinds } from '../../components/exercises/registry';
import type { Exercise } from '../../schemas/exercise';
import type { IdentifiedExercise } from '../../lib/exercises/exercise-result';
import { exerciseFile } from '../../lib/exercises/exercise-file';

export const getStaticPaths = (async () => {
  const { exercises } = await getCourse();
  return [...exercises.values()]
    .filter((exercise) => exerciseKinds[exercise.kind].dataFile)
    .map((exercise) => ({ params: { exercise: exercise.id }, props: { exercise } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ exercise: IdentifiedExercise<Exercise> }> = ({ props: { exercise } }) =>
  new Response(JSON.stringify(exerciseFile(exercise)), { headers: { 'Content-Type': 'application/json' } });
