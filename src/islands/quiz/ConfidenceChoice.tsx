// "How sure are you?": an optional pair of toggle buttons under a question (press one again to take it
// back). Buttons, not radios: the quiz reads a question's chosen inputs by name, and a radio pair could
// not be cleared.
import type { Confidence } from '../../lib/progress/progress-schema';

interface Props {
  /** Unique on the page: the question's input name. */
  name: string;
  value: Confidence | undefined;
  disabled: boolean;
  onChange(next: Confidence | undefined): void;
}

const choices: [Confidence, string][] = [
  ['sure', "I'm sure"],
  ['guessing', "I'm guessing"],
];

export function ConfidenceChoice({ name, value, disabled, onChange }: Props) {
  const labelId = `${name}--confidence`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset inside the question's fieldset would be read as a second question by the quiz's own markup rules and styles.
    <div class="quiz-confidence" role="group" aria-labelledby={labelId}>
      <span id={labelId} class="quiz-confidence-label">
        How sure are you? (optional)
      </span>
      {choices.map(([choice, text]) => (
        <button
          key={choice}
          type="button"
          class="quiz-confidence-button"
          aria-pressed={value === choice}
          disabled={disabled}
          onClick={() => onChange(value === choice ? undefined : choice)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
