// Grades a learner's sequence against the authored one.
// Credit rule (pairwise order): every pair of items the learner put in the same relative order as
// the answer earns a point, so max = n(n-1)/2. Swapping two neighbours costs one point, reversing
// the list costs everything: the score grows with how much of the order is right, wherever it sits.
// Items named as out of place: those outside one longest run that is already in the right relative
// order (a longest increasing subsequence), i.e. the fewest items whose moving fixes the sequence.
import type { OrderingItem } from '../../../schemas/exercise/ordering';

export interface MisplacedItem {
  id: string;
  text: string;
  why: string;
  /** 1-based position the item belongs in. */
  correctPosition: number;
  /** 1-based position the learner gave it. */
  givenPosition: number;
}

export interface OrderingResult {
  score: number;
  max: number;
  allCorrect: boolean;
  misplaced: MisplacedItem[];
}

export function gradeOrdering(items: readonly OrderingItem[], order: readonly string[]): OrderingResult {
  const rank = new Map(items.map((item, i) => [item.id, i]));
  const ranks = order.map((id) => rank.get(id) ?? -1);
  let score = 0;
  for (let i = 0; i < ranks.length; i++)
    for (let j = i + 1; j < ranks.length; j++) if (ranks[i]! < ranks[j]!) score += 1;
  const keep = new Set(longestIncreasingRun(ranks));
  const misplaced = order
    .map((id, given) => ({ id, given }))
    .filter(({ given }) => !keep.has(given))
    .map(({ id, given }) => {
      const item = items[rank.get(id)!]!;
      return { id, text: item.text, why: item.why, correctPosition: rank.get(id)! + 1, givenPosition: given + 1 };
    })
    .sort((a, b) => a.correctPosition - b.correctPosition);
  const max = (items.length * (items.length - 1)) / 2;
  return { score, max, allCorrect: score === max, misplaced };
}

/** Indexes into `values` of one longest strictly increasing subsequence (O(n^2); lists are short). */
export function longestIncreasingRun(values: readonly number[]): number[] {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++)
      if (values[j]! < values[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    if (best === -1 || length[i]! > length[best]!) best = i;
  }
  const run: number[] = [];
  for (let i = best; i !== -1; i = previous[i]!) run.unshift(i);
  return run;
}
