// One question's answer, whatever its kind: radios or checkboxes over the shown options, a number box,
// or a list per matching item; once revealed, each option's verdict and why. Shared by the quiz
// (src/islands/Quiz.tsx) and the exam (src/islands/Exam.tsx), so both show a kind the same way.
import type { Question } from '../../schemas/quiz';
import { choiceMode, type ChoiceOption } from '../../lib/quiz/kinds';
import type { QuestionResult } from '../../lib/quiz/grade-quiz';
import { optionStatus, optionStatusLabel } from '../../lib/quiz/option-status';
import { MatchingAnswer } from './MatchingAnswer';
import { NumericAnswer } from './NumericAnswer';

interface Props {
  /** The name of the question's inputs (the quiz reads choices made before hydration by it). */
  name: string;
  question: Question;
  /** The options in the order shown for this attempt. */
  options: ChoiceOption[];
  chosen: readonly string[];
  disabled: boolean;
  /** 'checked': the verdict on each part of the answer given; 'answers': only the right answers; none: hidden. */
  reveal: 'checked' | 'answers' | undefined;
  graded: QuestionResult | undefined;
  /** Marks the first answer shown as the place focus goes after "Show all answers". */
  focusFirst: boolean;
  /** Gets the change as a function of the current answer, so two quick changes both count. */
  onChange(update: (current: readonly string[]) => string[]): void;
}

/** Enter on an option would submit the whole form (implicit submission): it must not. */
function keepEnterOnOption(event: KeyboardEvent) {
  if (event.key === 'Enter') event.preventDefault();
}

export function QuestionAnswer({
  name,
  question,
  options,
  chosen,
  disabled,
  reveal,
  graded,
  focusFirst,
  onChange,
}: Props) {
  const mode = choiceMode(question);
  const firstAnswer = options.find((o) => o.correct);
  if (question.kind === 'matching')
    return (
      <MatchingAnswer
        name={name}
        question={question}
        chosen={chosen}
        disabled={disabled}
        reveal={reveal !== undefined}
        firstAnswer={focusFirst}
        onChange={(next) => onChange(() => next)}
      />
    );
  if (mode === 'number')
    return (
      <NumericAnswer
        name={name}
        typed={chosen[0] ?? ''}
        unit={question.kind === 'numeric' ? question.unit : undefined}
        disabled={disabled}
        landed={
          reveal === 'checked' && graded
            ? options.find((o) => graded.chosenRight.concat(graded.chosenWrong).includes(o.id))
            : undefined
        }
        answer={reveal ? firstAnswer : undefined}
        firstAnswer={focusFirst}
        onType={(text) => onChange(() => [text])}
      />
    );
  const many = mode === 'many';
  return (
    <ul class="quiz-options option-list">
      {options.map((option) => {
        const status =
          reveal === 'answers'
            ? option.correct
              ? 'missed-right'
              : 'not-chosen'
            : reveal === 'checked'
              ? optionStatus(option, chosen)
              : undefined;
        const first = focusFirst && option === firstAnswer;
        return (
          <li key={option.id} class="quiz-option option-card" data-status={status}>
            <label>
              <input
                type={many ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={chosen.includes(option.id)}
                disabled={disabled}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  onChange((current) =>
                    many
                      ? on
                        ? [...current.filter((id) => id !== option.id), option.id]
                        : current.filter((id) => id !== option.id)
                      : [option.id],
                  );
                }}
                onKeyDown={keepEnterOnOption}
              />{' '}
              {option.text}
            </label>
            {status && (
              <p
                class="quiz-feedback option-card-feedback"
                tabIndex={first ? -1 : undefined}
                data-first-answer={first ? 'true' : undefined}
              >
                <strong>
                  {reveal === 'answers' && option.correct ? 'Correct answer.' : optionStatusLabel[status]}
                </strong>{' '}
                {option.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
