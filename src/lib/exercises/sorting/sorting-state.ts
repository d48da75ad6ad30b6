// The sorting exercise's saved state. Placements of items or categories that no longer exist are
// reported and left out, so an edited exercise never shows a stale answer as the learner's own.
import type { SortingExercise } from '../../../schemas/exercise/sorting';

export interface SortingState {
  /** Category id by item id; items not yet sorted are absent. */
  placements: Record<string, string>;
  checked: boolean;
}

export function parseSortingState(
  saved: unknown,
  exercise: SortingExercise,
): { state: SortingState; problems: string[] } {
  const empty: SortingState = { placements: {}, checked: false };
  if (saved === undefined || saved === null) return { state: empty, problems: [] };
  const { placements, checked } = (typeof saved === 'object' ? saved : {}) as {
    placements?: unknown;
    checked?: unknown;
  };
  if (typeof placements !== 'object' || placements === null || Array.isArray(placements))
    return {
      state: empty,
      problems: ['Your saved answers are not in a format this exercise understands, so it starts afresh.'],
    };
  const items = new Set(exercise.items.map((i) => i.id));
  const categories = new Set(exercise.categories.map((c) => c.id));
  const kept: Record<string, string> = {};
  const problems: string[] = [];
  for (const [itemId, category] of Object.entries(placements)) {
    if (items.has(itemId) && typeof category === 'string' && categories.has(category)) kept[itemId] = category;
    else problems.push(`A saved answer ('${itemId}') no longer matches this exercise and was not used.`);
  }
  return { state: { placements: kept, checked: checked === true && problems.length === 0 }, problems };
}
