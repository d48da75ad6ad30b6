// Reveal, then the learner's own rating (Again, Hard, Good, Easy): glossary terms and matching questions.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Rating, type Grade } from '../../lib/review/spaced-review';

const choices: { rating: Grade; label: string; hint: string }[] = [
  { rating: Rating.Again, label: 'Again', hint: 'I did not know it' },
  { rating: Rating.Hard, label: 'Hard', hint: 'with effort' },
  { rating: Rating.Good, label: 'Good', hint: 'I knew it' },
  { rating: Rating.Easy, label: 'Easy', hint: 'at once' },
];

interface Props {
  revealLabel: string;
  answer: ComponentChildren;
  onRated: (rating: Grade) => void;
}

export function SelfRating({ revealLabel, answer, onRated }: Props) {
  const [shown, setShown] = useState(false);
  const good = useRef<HTMLButtonElement>(null);
  // Once the answer shows, focus goes to the ratings (on "Good"), so Enter or Tab goes on from there.
  useEffect(() => {
    if (shown) good.current?.focus();
  }, [shown]);
  if (!shown)
    return (
      <div class="action-row">
        <button type="button" class="primary" onClick={() => setShown(true)}>
          {revealLabel}
        </button>
      </div>
    );
  return (
    <>
      <div class="spaced-answer">{answer}</div>
      {/* biome-ignore lint/a11y/useSemanticElements: four buttons answering one question, not a form section. */}
      <div class="action-row" role="group" aria-label="How well did you know it?">
        {choices.map(({ rating, label, hint }) => (
          <button
            type="button"
            key={label}
            ref={rating === Rating.Good ? good : undefined}
            onClick={() => onRated(rating)}
          >
            {label} <span class="spaced-hint">({hint})</span>
          </button>
        ))}
      </div>
    </>
  );
}
