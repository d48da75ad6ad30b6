// Where a student stands on each assignment item, from their saved progress.
import type { Progress } from '../progress/progress-schema';
import type { Assignment, AssignmentItem } from './assignment';
import { meetsPassMark } from './pass-mark';
import { ownValue } from './own';

export interface ItemStatus {
  item: AssignmentItem;
  done: boolean;
  /** ISO date the lesson was marked done, of the best quiz attempt, or of the exercise's last save. */
  at: string | undefined;
  /** Best quiz score, or the exercise's saved score, when there is one. */
  score: { score: number; max: number } | undefined;
}

/** A quiz counts by its best attempt; an exercise by its saved work (exercises keep only the latest). */
function scoredRecord(
  item: AssignmentItem,
  progress: Progress,
): { score: number; max: number; at: string } | undefined {
  if (item.kind === 'quiz') return ownValue(progress.quizzes, item.id)?.best;
  return ownValue(progress.exercises, item.id);
}

export function itemStatuses(assignment: Assignment, progress: Progress): ItemStatus[] {
  return assignment.items.map((item) => {
    if (item.kind === 'lesson') {
      const at = ownValue(progress.lessonsDone, item.id);
      return { item, done: at !== undefined, at, score: undefined };
    }
    const record = scoredRecord(item, progress);
    if (!record) return { item, done: false, at: undefined, score: undefined };
    const { score, max, at } = record;
    return { item, done: meetsPassMark(score, max, assignment.passPercent), at, score: { score, max } };
  });
}
