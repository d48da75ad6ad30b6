// What the saved record means for the course: where to continue, how far each module is, and each
// exercise's status. Pure rules over the progress record and the course's order, shared by the
// progress page, the "continue" links and the practice index.
import type { ExerciseRecord, Progress } from './progress-schema';
import { scorePercent } from '../format';
import { continueLesson } from './continue-lesson';

export { continueLesson } from './continue-lesson';

export interface Share {
  done: number;
  total: number;
}

/** How many of `lessonIds` are done. */
export function lessonsDoneOf(lessonIds: readonly string[], lessonsDone: Progress['lessonsDone']): Share {
  return { done: lessonIds.filter((id) => lessonsDone[id]).length, total: lessonIds.length };
}

export type ExerciseStatus =
  | { kind: 'not-started' }
  | ({ kind: 'done' } & Pick<ExerciseRecord, 'score' | 'max' | 'at'>);

export function exerciseStatus(exerciseId: string, progress: Progress): ExerciseStatus {
  const record = progress.exercises[exerciseId];
  return record ? { kind: 'done', score: record.score, max: record.max, at: record.at } : { kind: 'not-started' };
}

export interface NextStepInput {
  lessonIds: readonly string[];
  exerciseIds: readonly string[];
  quizIds: readonly string[];
}

export type NextStep =
  | { kind: 'start' }
  | { kind: 'lesson'; lessonId: string }
  | { kind: 'quiz'; quizId: string }
  | { kind: 'exercise'; exerciseId: string }
  | { kind: 'finished' };

/**
 * What to do next: continue the lessons; once they are all done, take a quiz not yet taken, then try
 * an exercise not yet started. "start" when nothing is saved yet.
 */
export function nextStep({ lessonIds, exerciseIds, quizIds }: NextStepInput, progress: Progress): NextStep {
  const lesson = continueLesson(lessonIds, progress.lessonsDone);
  if (lesson) return { kind: 'lesson', lessonId: lesson };
  const anyDone = lessonIds.some((id) => progress.lessonsDone[id]);
  const anything = anyDone || Object.keys(progress.quizzes).length + Object.keys(progress.exercises).length > 0;
  if (!anything) return { kind: 'start' };
  // continueLesson found no gap, so either no lesson is done yet or every one is.
  const first = lessonIds[0];
  if (!anyDone && first) return { kind: 'lesson', lessonId: first };
  const quizId = quizIds.find((id) => !progress.quizzes[id]);
  if (quizId) return { kind: 'quiz', quizId };
  const exerciseId = exerciseIds.find((id) => !progress.exercises[id]);
  if (exerciseId) return { kind: 'exercise', exerciseId };
  return { kind: 'finished' };
}

export type ExamStatus =
  | { kind: 'not-taken' }
  | { kind: 'taken'; attempts: number; best: { score: number; max: number; at: string }; passed: boolean };

/** An exam's record (src/lib/exam): its best result, and whether that reaches the pass mark. */
export function examStatus(examId: string, passPercent: number, progress: Progress): ExamStatus {
  const record = progress.quizzes[examId];
  if (!record) return { kind: 'not-taken' };
  const passed = scorePercent(record.best.score, record.best.max) >= passPercent;
  return { kind: 'taken', attempts: record.attempts, best: record.best, passed };
}
