// Spaced review with FSRS (ts-fsrs): quiz attempts waiting in the store become card reviews, and a
// rating given on /review/ moves a card. Everything here is pure (dates are passed in), so the store
// can replay it over a fresh read, and the unit tests use fixed dates.
//
// Outcome -> rating: wrong (or partly right) -> Again; right only after a retry or a reveal -> Hard;
// right -> Good; right and "sure" -> Easy. Unanswered questions are not reviews.
import { type Card, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { Confidence, ReviewCard, ReviewState, WaitingAttempt } from '../progress/progress-schema';
import { answeredWith, gradeChoices } from '../quiz/kinds';
import type { ReviewQuestion } from './review-quizzes';
import { epochSeconds, newCard, questionCardId, withinCardLimit } from './review-cards';
import { starredDue } from './review-stars';

export { Rating };
export type { Grade };

/**
 * Days, not minutes: a course is revisited on later days, so FSRS's short-term learning steps (a
 * card back in 10 minutes) are off, and the smallest interval is a day. No fuzz: the same answers on
 * the same dates always give the same schedule (a merge of two devices agrees with either).
 */
export const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

const round = (n: number) => Math.round(n * 10_000) / 10_000;

export function toFsrsCard(card: ReviewCard): Card {
  return {
    due: new Date(card.d * 1000),
    stability: card.s,
    difficulty: card.f,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: card.r,
    lapses: card.l,
    state: card.t,
    ...(card.v === undefined ? {} : { last_review: new Date(card.v * 1000) }),
  };
}

export function fromFsrsCard(card: Card): ReviewCard {
  return {
    d: epochSeconds(card.due),
    s: round(card.stability),
    f: round(card.difficulty),
    r: card.reps,
    l: card.lapses,
    t: card.state as ReviewCard['t'],
    ...(card.last_review ? { v: epochSeconds(card.last_review) } : {}),
  };
}

export interface Outcome {
  correct: boolean;
  /** Right only after a retry or after the answers were shown. */
  assisted: boolean;
  confidence?: Confidence | undefined;
}

export function ratingFor({ correct, assisted, confidence }: Outcome): Grade {
  if (!correct) return Rating.Again;
  if (assisted) return Rating.Hard;
  return confidence === 'sure' ? Rating.Easy : Rating.Good;
}

/** The card after a review with `rating` at `when` (a card the learner never had starts then). */
export function reviewCard(card: ReviewCard | undefined, rating: Grade, when: Date): ReviewCard {
  return fromFsrsCard(scheduler.next(toFsrsCard(card ?? newCard(when)), when, rating).card);
}

/** Rates one card now (the self-rating of a glossary term, a question re-asked on /review/). */
export function rateCard(review: ReviewState, id: string, rating: Grade, now: Date): ReviewState {
  return withinCardLimit({ ...review, cards: { ...review.cards, [id]: reviewCard(review.cards[id], rating, now) } });
}

/** A re-asked question, graded with the quiz's own rules: undefined when the answer picks nothing. */
export function gradeAnswer(question: ReviewQuestion, chosen: readonly string[]): boolean | undefined {
  if (!answeredWith(question.kind, question.options, chosen)) return undefined;
  return gradeChoices(question.kind, question.options, chosen) === 1;
}

/** Card id of each answer of an attempt: exam attempts key answers `<quizId>/<questionId>` already. */
const cardIdOf = (entry: WaitingAttempt, key: string) => (key.includes('/') ? key : questionCardId(entry.quiz, key));

/** The question ids (as card ids) an attempt answered: what must be loaded to schedule it. */
export const waitingCardIds = (entry: WaitingAttempt) => Object.keys(entry.answers).map((key) => cardIdOf(entry, key));

/**
 * Turns every waiting attempt into card reviews, oldest first, graded against `questionOf` (card id
 * -> question; the caller loads the parts of every quiz the attempts name). An answer to a question
 * that no longer exists, or older than the card's last review (already counted, or a merge brought
 * an old attempt), changes nothing. A starred card stays due (review-stars.ts). The queue is emptied.
 */
export function scheduleWaiting(
  review: ReviewState,
  questionOf: (cardId: string) => ReviewQuestion | undefined,
): ReviewState {
  if (review.waiting.length === 0) return review;
  const cards = { ...review.cards };
  for (const entry of review.waiting) {
    const when = new Date(entry.at);
    if (Number.isNaN(when.getTime())) continue;
    for (const [key, chosen] of Object.entries(entry.answers)) {
      const id = cardIdOf(entry, key);
      const question = questionOf(id);
      const card = cards[id];
      if (!question || (card?.v !== undefined && card.v >= epochSeconds(when))) continue;
      const correct = gradeAnswer(question, chosen);
      if (correct === undefined) continue;
      const rating = ratingFor({
        correct,
        assisted: entry.assisted?.includes(key) ?? false,
        confidence: entry.confidence?.[key],
      });
      const next = reviewCard(card, rating, when);
      cards[id] = { ...next, d: starredDue(review, id, next.d, review.cards[id]?.v) };
    }
  }
  const { waiting: _scheduled, ...rest } = review;
  return withinCardLimit({ ...rest, cards, waiting: [] });
}
