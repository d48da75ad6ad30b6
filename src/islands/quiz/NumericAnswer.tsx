// The answer box of a numeric question: a text box (inputmode="decimal", so phones show digits while
// "1,200", "12.5%" or "$40" can still be typed), its unit after it, and once checked the feedback of
// the figure it landed on. Server-rendered it is a plain box; the answer sits behind the quiz's <details>.
import type { ChoiceOption } from '../../lib/quiz/kinds';
import { parseNumber } from '../../lib/quiz/parse-number';

interface Props {
  name: string;
  typed: string;
  unit: string | undefined;
  disabled: boolean;
  /** The option the typed figure landed on, once answers are shown (undefined: not shown yet). */
  landed: ChoiceOption | undefined;
  /** Shown with every answer revealed: the right figure. */
  answer: ChoiceOption | undefined;
  firstAnswer: boolean;
  onType(text: string): void;
}

export function NumericAnswer({ name, typed, unit, disabled, landed, answer, firstAnswer, onType }: Props) {
  const id = `${name}--box`;
  const notANumber = typed.trim() !== '' && parseNumber(typed) === undefined;
  const status = landed ? (landed.correct ? 'chosen-right' : 'chosen-wrong') : answer ? 'missed-right' : undefined;
  return (
    <div class="quiz-numeric option-card" data-status={status}>
      <div class="quiz-numeric-box">
        <label for={id}>Your answer</label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          name={name}
          value={typed}
          size={12}
          disabled={disabled}
          aria-describedby={notANumber && !disabled ? `${id}-hint` : undefined}
          onInput={(e) => onType(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter would submit the whole quiz (implicit submission): it must not.
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
        {unit && <span class="quiz-unit">{unit}</span>}
      </div>
      {notANumber && !disabled && (
        <p class="quiz-hint" id={`${id}-hint`}>
          Not read as a number yet: write it like 1,200 or 12.5 (a % or $ sign is fine).
        </p>
      )}
      {(landed || answer) && (
        <p
          class="quiz-feedback option-card-feedback"
          tabIndex={firstAnswer ? -1 : undefined}
          data-first-answer={firstAnswer ? 'true' : undefined}
        >
          <strong>
            {landed ? (landed.correct ? 'Your figure: correct.' : 'Your figure: not correct.') : 'Correct answer.'}
          </strong>{' '}
          {landed ? landed.feedback : answer?.text}
          {answer && landed && !landed.correct && (
            <>
              {' '}
              <strong>Correct answer:</strong> {answer.text}.
            </>
          )}
        </p>
      )}
    </div>
  );
}
