// The ordering exercise's working order: where it starts, how a move changes it, and reading a
// saved order back (it must be a complete arrangement of the current items, else it is reported).
import type { OrderingItem } from '../../../schemas/exercise/ordering';
import { seededShuffle } from '../../quiz/seeded-shuffle';

export interface OrderingState {
  /** Item ids in the learner's order. */
  order: string[];
  /** Whether the learner has checked this order (feedback is then shown). */
  checked: boolean;
}

/**
 * A shuffled starting order that is never already correct. Deterministic for a given seed (the
 * exercise id), so the server-rendered list and the hydrated island agree.
 */
export function startingOrder(items: readonly OrderingItem[], seed: string): string[] {
  const ids = seededShuffle(
    items.map((i) => i.id),
    seed,
  );
  const alreadyCorrect = ids.every((id, i) => id === items[i]!.id);
  return alreadyCorrect ? [...ids.slice(1), ids[0]!] : ids;
}

/** Moves the item at `from` to `to` (both 0-based, clamped to the list). */
export function moveItem(order: readonly string[], from: number, to: number): string[] {
  const next = [...order];
  const target = Math.max(0, Math.min(order.length - 1, to));
  const [item] = next.splice(from, 1);
  if (item === undefined) return [...order];
  next.splice(target, 0, item);
  return next;
}

export function parseOrderingState(
  saved: unknown,
  items: readonly OrderingItem[],
): { state: OrderingState | undefined; problem?: string } {
  if (saved === undefined || saved === null) return { state: undefined };
  const { order, checked } = (typeof saved === 'object' ? saved : {}) as { order?: unknown; checked?: unknown };
  const expected = new Set(items.map((i) => i.id));
  const valid =
    Array.isArray(order) &&
    order.length === expected.size &&
    new Set(order).size === order.length &&
    order.every((id) => typeof id === 'string' && expected.has(id));
  if (!valid)
    return { state: undefined, problem: 'Your saved order no longer matches this exercise, so it starts afresh.' };
  return { state: { order: order as string[], checked: checked === true } };
}
