// "Star for review" under a question whose answer is shown (quiz results, practice feedback, exam
// results): a toggle that makes the question's card due today on /review/ (src/lib/review/review-stars.ts).
// Its name stays the same and aria-pressed says whether it is on; the star glyph and the filled button
// show it. What the save did is said beside it: a failed save never reads as starred and saved.
import { useEffect, useState } from 'preact/hooks';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { describeSaveOutcome } from '../../lib/progress/save-outcome-message';
import { isStarred, setStar } from '../../lib/review/review-stars';

export const STAR_LABEL = 'Star for review';

interface Props {
  /** Undefined until the island has its store (server rendering, before hydration): nothing shown. */
  store: ProgressStore | undefined;
  /** The card: `<quizId>/<questionId>` (review-cards.ts). */
  cardId: string;
}

export function StarButton({ store, cardId }: Props) {
  const [on, setOn] = useState(() => (store ? isStarred(store.get().review, cardId) : false));
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!store) return;
    const follow = () => setOn(isStarred(store.get().review, cardId));
    follow();
    return store.subscribe(follow);
  }, [store, cardId]);
  if (!store) return null;

  function toggle() {
    if (!store) return;
    const next = !on;
    const outcome = store.updateReview((review) => setStar(review, cardId, next, new Date()));
    setOn(isStarred(store.get().review, cardId));
    setSaid(
      outcome.status !== 'saved'
        ? describeSaveOutcome(outcome)
        : next
          ? 'Starred: this question is due today on your review page.'
          : 'Star taken off; the question stays in your review.',
    );
  }

  return (
    <p class="quiz-star">
      <button type="button" class="quiz-toggle" aria-pressed={on} onClick={toggle}>
        <span aria-hidden="true">{on ? '★' : '☆'}</span> {STAR_LABEL}
      </button>{' '}
      <span class="quiz-star-said" aria-live="polite">
        {said}
      </span>
    </p>
  );
}
