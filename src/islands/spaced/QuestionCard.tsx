// A quiz question re-asked as a review card: its options (or a figure to type), "I'm sure", Check,
// then right or wrong by the quiz's own rules with the right answer and why. Matching questions are
// shown with their answer and rated by the learner (a list of lists is not worth a card's room).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardQuestion } from '../../lib/review/review-parts';
import { kindRules } from '../../lib/quiz/kinds';
import { seededShuffle } from '../../lib/quiz/seeded-shuffle';
import { gradeAnswer, ratingFor, type Grade } from '../../lib/review/spaced-review';
import { SelfRating } from './SelfRating';

interface Props {
  cardId: string;
  found: CardQuestion;
  /** Shuffles differently on each review of the card. */
  reps: number;
  onRated: (rating: Grade) => void;
  onNext: () => void;
}

export function QuestionCard({ cardId, found, reps, onRated, onNext }: Props) {
  const { question, quiz } = found;
  const mode = kindRules(question.kind).choose;
  const [chosen, setChosen] = useState<string[]>([]);
  const [sure, setSure] = useState(false);
  const [checked, setChecked] = useState<boolean | undefined>();
  const [problem, setProblem] = useState('');
  const options = kindRules(question.kind).shuffles
    ? seededShuffle(question.options, `${cardId}/review-${reps}`)
    : question.options;
  const right = question.options.filter((o) => o.correct).map((o) => o.text);
  const name = `review-${cardId}`;
  const action = useRef<HTMLButtonElement>(null);
  // After checking, "Next card" is the one thing to do: focus follows it.
  useEffect(() => {
    if (checked !== undefined) action.current?.focus();
  }, [checked]);

  if (mode === 'match')
    return (
      <div class="spaced-card">
        <p class="spaced-stem">{question.stem}</p>
        <SelfRating
          revealLabel="Show the answer"
          answer={
            <>
              <ul>
                {right.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
              <p>{question.explanation}</p>
            </>
          }
          onRated={(rating) => {
            onRated(rating);
            onNext();
          }}
        />
        <p class="spaced-source">
          From <a href={quiz.href}>{quiz.title}</a>
        </p>
      </div>
    );

  const check = (event: Event) => {
    event.preventDefault();
    if (checked !== undefined) return onNext();
    const correct = gradeAnswer(question, chosen);
    if (correct === undefined)
      return setProblem(mode === 'number' ? 'Type a figure first.' : 'Choose an answer first.');
    setProblem('');
    setChecked(correct);
    onRated(ratingFor({ correct, assisted: false, confidence: sure ? 'sure' : undefined }));
  };

  const toggle = (id: string, on: boolean) =>
    setChosen((had) => (mode === 'many' ? (on ? [...had, id] : had.filter((x) => x !== id)) : on ? [id] : had));

  return (
    <form class="spaced-card" onSubmit={check} noValidate>
      <fieldset disabled={checked !== undefined}>
        <legend class="spaced-stem">{question.stem}</legend>
        {mode === 'number' ? (
          <p>
            <label for={`${name}-figure`}>Your answer</label>{' '}
            <input
              id={`${name}-figure`}
              type="text"
              inputMode="decimal"
              autocomplete="off"
              value={chosen[0] ?? ''}
              onInput={(e) => setChosen([(e.target as HTMLInputElement).value])}
            />
          </p>
        ) : (
          <ul class="option-list">
            {options.map((option) => (
              <li class="option-card" key={option.id}>
                <label>
                  <input
                    type={mode === 'many' ? 'checkbox' : 'radio'}
                    name={name}
                    value={option.id}
                    checked={chosen.includes(option.id)}
                    onChange={(e) => toggle(option.id, (e.target as HTMLInputElement).checked)}
                  />{' '}
                  {option.text}
                </label>
              </li>
            ))}
          </ul>
        )}
        <p class="spaced-sure">
          <label>
            <input type="checkbox" checked={sure} onChange={(e) => setSure((e.target as HTMLInputElement).checked)} /> I
            am sure of this answer
          </label>
        </p>
      </fieldset>
      <div role="status" class={`result-banner${checked === undefined ? '' : checked ? ' is-pass' : ' is-fail'}`}>
        {problem}
        {checked !== undefined && (
          <>
            <p>
              <strong>{checked ? 'Right.' : 'Not quite.'}</strong>{' '}
              {checked
                ? sure
                  ? 'Marked easy: it comes back later.'
                  : 'It comes back in a few days.'
                : 'It comes back tomorrow, and once more at the end of this session.'}
            </p>
            <p>
              <strong>Correct answer:</strong> {right.join('; ')}
            </p>
            <p>
              <strong>Why:</strong> {question.explanation}
            </p>
          </>
        )}
      </div>
      <div class="action-row">
        <button type="submit" class="primary" ref={action}>
          {checked === undefined ? 'Check' : 'Next card'}
        </button>
      </div>
      <p class="spaced-source">
        From <a href={quiz.href}>{quiz.title}</a>
      </p>
    </form>
  );
}
