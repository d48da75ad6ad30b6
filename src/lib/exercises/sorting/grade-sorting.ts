// Grades a sorting exercise item by item: one point per item placed in its category, and for every
// item the feedback that says why it belongs where it does.
import type { SortingExercise } from '../../../schemas/exercise/sorting';

export interface SortedItemResult {
  id: string;
  correct: boolean;
  /** Category the learner chose, or undefined when the item was left unsorted. */
  chosen: string | undefined;
  expected: string;
  /** "Right." or where the item belongs instead. */
  verdict: string;
  /** Why the item belongs where it does (authored). */
  why: string;
  /** verdict and why together, for plain-text use. */
  feedback: string;
}

export interface SortingResult {
  score: number;
  max: number;
  unsorted: number;
  items: SortedItemResult[];
}

export function gradeSorting(exercise: SortingExercise, placements: Readonly<Record<string, string>>): SortingResult {
  const label = new Map(exercise.categories.map((c) => [c.id, c.label]));
  const items = exercise.items.map((item): SortedItemResult => {
    const chosen = placements[item.id];
    const correct = chosen === item.category;
    const verdict = correct
      ? 'Right.'
      : chosen === undefined
        ? `Not sorted yet; it belongs under ${label.get(item.category)}.`
        : `It belongs under ${label.get(item.category)}, not ${label.get(chosen)}.`;
    return {
      id: item.id,
      correct,
      chosen,
      expected: item.category,
      verdict,
      why: item.feedback,
      feedback: `${verdict} ${item.feedback}`,
    };
  });
  return {
    score: items.filter((i) => i.correct).length,
    max: items.length,
    unsorted: items.filter((i) => i.chosen === undefined).length,
    items,
  };
}
