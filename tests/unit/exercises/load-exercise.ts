// Reads and validates an exercise file from content/exercises/ the way the build does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exerciseSchema, type Exercise } from '../../../src/schemas/exercise';

const dir = join(import.meta.dirname, '..', '..', '..', 'content', 'exercises');

export function readExerciseData(id: string): unknown {
  return parse(readFileSync(join(dir, `${id}.yaml`), 'utf8'));
}

export function loadExercise<K extends Exercise['kind']>(id: string, kind: K): Extract<Exercise, { kind: K }> {
  const data = exerciseSchema.parse(readExerciseData(id));
  if (data.kind !== kind) throw new Error(`${id} is a ${data.kind} exercise, not ${kind}`);
  return data as Extract<Exercise, { kind: K }>;
}
