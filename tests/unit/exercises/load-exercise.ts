// Reads and validates exercise files from content/exercises/ the way the build does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exerciseSchema, type Exercise, type ExerciseKind, type ExerciseOf } from '../../../src/schemas/exercise';

const dir = join(import.meta.dirname, '..', '..', '..', 'content', 'exercises');

export function readExerciseData(id: string): unknown {
  return parse(readFileSync(join(dir, `${id}.yaml`), 'utf8'));
}

export function loadExercise<K extends ExerciseKind>(id: string, kind: K): ExerciseOf<K> & { id: string } {
  const data = exerciseSchema.parse(readExerciseData(id));
  if (data.kind !== kind) throw new Error(`${id} is a ${data.kind} exercise, not ${kind}`);
  return { ...(data as ExerciseOf<K>), id };
}

/** Every exercise of the course, with its id (the file name), as the build assembles them. */
export function loadAllExercises(): (Exercise & { id: string })[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const id = file.replace(/\.yaml$/, '');
      return { ...exerciseSchema.parse(readExerciseData(id)), id };
    });
}
