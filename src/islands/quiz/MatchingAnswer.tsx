// The answer of a matching question: one native <select> per left item (keyboard-first: Tab to it,
// type or arrow to a text), the right-hand texts in alphabetical order so their order gives nothing
// away, and once checked a verdict and the reason for each pair. Server-rendered the lists work too;
// the answer sits behind the quiz's <details>.
import type { QuestionOf } from '../../lib/quiz/kinds/kind-rules';
import { matchEntry, matchesOf } from '../../lib/quiz/kinds/matching';

interface Props {
  name: string;
  question: QuestionOf<'matching'>;
  chosen: readonly string[];
  disabled: boolean;
  /** Show each pair's verdict and reason (after checking or "Show all answers"). */
  reveal: boolean;
  firstAnswer: boolean;
  onChange(chosen: string[]): void;
}

export function MatchingAnswer({ name, question, chosen, disabled, reveal, firstAnswer, onChange }: Props) {
  const matches = matchesOf(chosen);
  const rights = [...question.pairs].sort((a, b) => a.right.localeCompare(b.right));
  const textOf = (pairId: string | undefined) => question.pairs.find((p) => p.id === pairId)?.right;
  function choose(leftId: string, rightId: string) {
    const next = new Map(matches);
    if (rightId) next.set(leftId, rightId);
    else next.delete(leftId);
    onChange([...next].map(([left, right]) => matchEntry(left, right)));
  }
  return (
    <ul class="quiz-matching option-list">
      {question.pairs.map((pair, index) => {
        const id = `${name}--${pair.id}`;
        const given = matches.get(pair.id);
        const status = reveal
          ? given === pair.id
            ? 'chosen-right'
            : given
              ? 'chosen-wrong'
              : 'missed-right'
          : undefined;
        return (
          <li key={pair.id} class="quiz-match option-card" data-status={status}>
            <div class="quiz-match-row">
              <label for={id}>{pair.left}</label>
              <select
                id={id}
                name={name}
                data-left={pair.id}
                disabled={disabled}
                onChange={(e) => choose(pair.id, e.currentTarget.value.split(':')[1] ?? '')}
              >
                <option value="" selected={!given}>
                  Choose a match
                </option>
                {rights.map((right) => (
                  <option key={right.id} value={matchEntry(pair.id, right.id)} selected={given === right.id}>
                    {right.right}
                  </option>
                ))}
              </select>
            </div>
            {status && (
              <p
                class="quiz-feedback option-card-feedback"
                tabIndex={firstAnswer && index === 0 ? -1 : undefined}
                data-first-answer={firstAnswer && index === 0 ? 'true' : undefined}
              >
                <strong>
                  {status === 'chosen-right'
                    ? 'Your match: correct.'
                    : status === 'chosen-wrong'
                      ? `Your match: not correct (you chose "${textOf(given)}").`
                      : 'Correct match.'}
                </strong>{' '}
                {pair.left} goes with {pair.right}. {pair.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
