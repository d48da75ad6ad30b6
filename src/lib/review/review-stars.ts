// "Star for review": the learner marks a question (or any card) to see again. Small and free of the
// scheduler, because a lesson's quiz loads it. A star makes the card due today (a new card if it had
// none); unstarring keeps the card and its schedule, as Anki does when a flag is taken off.
import type { ReviewState } from '../progress/progress-schema';
import { addCards, epochSeconds } from './review-cards';

export const isStarred = (review: ReviewState, id: string) => Object.hasOwn(review.starred ?? {}, id);

/** The review with `id` starred (due now, kept due: see starredDue) or unstarred (its card untouched). */
export function setStar(review: ReviewState, id: string, on: boolean, now: Date): ReviewState {
  const { [id]: _, ...others } = review.starred ?? {};
  if (!on) return { ...review, starred: others };
  const at = epochSeconds(now);
  const withCard = addCards(review, [id], now);
  const card = withCard.cards[id];
  // addCards refuses an id that names no card kind: then there is nothing to star.
  if (!card) return review;
  const cards = card.d > at ? { ...withCard.cards, [id]: { ...card, d: at } } : withCard.cards;
  return { ...withCard, cards, starred: { ...others, [id]: at } };
}

/**
 * The due date of a card after a quiz answer was scheduled: a starred card that has not been rated
 * on /review/ since its star stays due from the star (an answer given just before or after starring
 * must not push it to next week). `ratedBefore` is the card's last review before this scheduling.
 */
export function starredDue(review: ReviewState, id: string, due: number, ratedBefore: number | undefined): number {
  const at = review.starred?.[id];
  if (at === undefined || (ratedBefore ?? -1) >= at) return due;
  return Math.min(due, at);
}
