// Spaced-review cards without the scheduler: ids, what is due, adding a card, the card limit. Kept apart
// from spaced-review.ts (which brings ts-fsrs) so a page that only adds a card or counts due ones
// (the glossary's "Add to review", /progress/) does not load the scheduler for it.
import { REVIEW_CARD_LIMIT, type ReviewCard, type ReviewState } from '../progress/progress-schema';

export const TERM_CARD_PREFIX = 'term:';

/** A quiz question's card: `<quizId>/<questionId>` (exam attempts already key their answers so). */
export const questionCardId = (quizId: string, questionId: string) => `${quizId}/${questionId}`;
export const termCardId = (termId: string) => `${TERM_CARD_PREFIX}${termId}`;

export type CardRef = { kind: 'term'; termId: string } | { kind: 'question'; quizId: string; questionId: string };

export function parseCardId(id: string): CardRef | undefined {
  if (id.startsWith(TERM_CARD_PREFIX)) return { kind: 'term', termId: id.slice(TERM_CARD_PREFIX.length) };
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1) return undefined;
  return { kind: 'question', quizId: id.slice(0, slash), questionId: id.slice(slash + 1) };
}

export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** The ids of the cards due by `until`, the most overdue first (ties in id order, so the order is stable). */
export function dueCardIds(review: ReviewState, until: Date): string[] {
  const limit = epochSeconds(until);
  return Object.entries(review.cards)
    .filter(([, card]) => card.d <= limit)
    .sort(([a, x], [b, y]) => x.d - y.d || (a < b ? -1 : 1))
    .map(([id]) => id);
}

/** The end of the learner's local day containing `now`: "due today" means due before it. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** A card never reviewed, due at once. */
export const newCard = (now: Date): ReviewCard => ({ d: epochSeconds(now), s: 0, f: 0, r: 0, l: 0, t: 0 });

/**
 * Keeps at most `limit` cards. The ones dropped are those the learner knows best (the highest
 * stability, then the one due latest): they are the least useful to review. Counted in `dropped`,
 * which /review/ reports.
 */
export function withinCardLimit(review: ReviewState, limit = REVIEW_CARD_LIMIT): ReviewState {
  const entries = Object.entries(review.cards);
  const over = entries.length - limit;
  if (over <= 0) return review;
  const leastUseful = entries
    .sort(([a, x], [b, y]) => y.s - x.s || y.d - x.d || (a < b ? -1 : 1))
    .slice(0, over)
    .map(([id]) => id);
  const cards = { ...review.cards };
  for (const id of leastUseful) delete cards[id];
  return { ...review, cards, dropped: (review.dropped ?? 0) + over };
}

/** Adds a new card for each id that has none (a starred question, a glossary term); known cards stay as they are. */
export function addCards(review: ReviewState, ids: readonly string[], now: Date): ReviewState {
  const fresh = ids.filter((id) => !Object.hasOwn(review.cards, id) && parseCardId(id));
  if (fresh.length === 0) return review;
  const cards = { ...review.cards };
  for (const id of fresh) cards[id] = newCard(now);
  return withinCardLimit({ ...review, cards });
}

export const hasCard = (review: ReviewState, id: string) => Object.hasOwn(review.cards, id);
