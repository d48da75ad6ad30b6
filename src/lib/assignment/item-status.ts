// Where a student stands on each assignment item, from their saved progress.
import type { Progress } from '../progress/progress-schema';
import type { Assignment, AssignmentItem } from './assignment';

export interface ItemStatus {
  item: AssignmentItem;
  done: boolean;
  /** ISO date the lesson was marked done, or of the best quiz attempt. */
  at: string | undefined;
  /** Best quiz score, when the item is a quiz that was attempted. */
  score: { score: number; max: number } | undefined;
}

export function itemStatuses(assignment: Assignment, progress: Progress): ItemStatus[] {
  return assignment.items.map((item) => {
    if (item.kind === 'lesson') {
      const at = progress.lessonsDone[item.id];
      return { item, done: at !== undefined, at, score: undefined };
    }
    const best = progress.quizzes[item.id]?.best;
    if (!best) return { item, done: false, at: undefined, score: undefined };
    const passed = best.max > 0 && (best.score / best.max) * 100 >= assignment.passPercent;
    return { item, done: passed, at: best.at, score: { score: best.score, max: best.max } };
  });
}
