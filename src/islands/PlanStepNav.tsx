// The plan builder's step navigator: every step with whether it is filled in (a mark and words, not
// colour alone), each a jump link to its card. Plain links, so the keyboard and "open in place" just work.
import type { PlanStepId } from '../lib/exercises/plan-builder/plan';

/** The id of a step's card, the target of the navigator's links and of "Next step" / "Previous step". */
export const planStepAnchor = (id: PlanStepId) => `plan-step-${id}`;
/** The id of the "Your plan" summary after the last step. */
export const PLAN_SUMMARY_ANCHOR = 'plan-summary';

interface Props {
  steps: { id: PlanStepId; title: string }[];
  filled: readonly PlanStepId[];
}

export default function PlanStepNav({ steps, filled }: Props) {
  return (
    <nav class="plan-steps" aria-label="Plan steps">
      <p class="plan-steps-count">
        {filled.length} of {steps.length} steps filled in
      </p>
      <ol>
        {steps.map((step, i) => {
          const done = filled.includes(step.id);
          return (
            <li key={step.id} class={done ? 'is-filled' : undefined}>
              <a href={`#${planStepAnchor(step.id)}`}>
                <span class="plan-steps-mark" aria-hidden="true">
                  {done ? '✓' : i + 1}
                </span>
                <span class="plan-steps-title">{step.title}</span>
                <span class="plan-steps-state">{done ? 'Filled in' : 'Not yet'}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

interface StepPagerProps {
  index: number;
  steps: { id: PlanStepId; title: string }[];
}

/** "Previous step" / "Next step" under a step's fields; the last step's next is the plan summary. */
export function PlanStepPager({ index, steps }: StepPagerProps) {
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return (
    <div class="plan-pager">
      {previous && (
        <a class="button secondary" href={`#${planStepAnchor(previous.id)}`}>
          <span aria-hidden="true">←</span> Previous step
          <span class="visually-hidden">
            : step {index}, {previous.title}
          </span>
        </a>
      )}
      <a class="button secondary plan-pager-next" href={`#${next ? planStepAnchor(next.id) : PLAN_SUMMARY_ANCHOR}`}>
        {next ? 'Next step' : 'Your plan'}
        {next && (
          <span class="visually-hidden">
            : step {index + 2}, {next.title}
          </span>
        )}{' '}
        <span aria-hidden="true">→</span>
      </a>
    </div>
  );
}
