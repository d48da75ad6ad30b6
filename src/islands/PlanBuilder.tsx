// The IMC plan worksheet: eight steps with guidance and an example, consistency hints, autosave to
// the progress store, Markdown export and import, clear-all with confirmation, and a print layout.
// Typed text is only ever rendered as text (Preact escapes it); rules live in src/lib/exercises/plan-builder.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import type { PlanBuilderExercise } from '../schemas/exercise/plan-builder';
import {
  COMMUNICATION_GOAL_IDS,
  COMMUNICATION_GOALS,
  type CommunicationGoalId,
} from '../schemas/vocabulary/communication-goals';
import {
  PLAN_STEP_IDS,
  completedSteps,
  emptyPlan,
  parsePlan,
  type Plan,
  type PlanStepId,
} from '../lib/exercises/plan-builder/plan';
import { planHints } from '../lib/exercises/plan-builder/plan-hints';
import { planFromMarkdown, planToMarkdown } from '../lib/exercises/plan-builder/plan-markdown';
import { planFileName, planSummary } from '../lib/exercises/plan-builder/plan-summary';
import type { ProgressStore } from '../lib/progress/progress-store';
import { SaveStatus, useStoredRecord } from './hooks/use-stored-record';
import PlanStepNav, { PLAN_SUMMARY_ANCHOR, PlanStepPager, planStepAnchor } from './PlanStepNav';

interface Props {
  exerciseId: string;
  exercise: PlanBuilderExercise;
  children?: ComponentChildren;
  /** Injected in tests; the page uses the browser's store. */
  store?: ProgressStore;
}

/** Whether replacing this plan would lose anything the learner typed or chose. */
const hasContent = (plan: Plan) => JSON.stringify(plan) !== JSON.stringify(emptyPlan());

/** Typing is saved this long after the last key; leaving the page saves at once. */
export const AUTOSAVE_MS = 400;

export default function PlanBuilder({ exerciseId, exercise, children, store }: Props) {
  const [plan, setPlan] = useState<Plan | undefined>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  /** An imported plan waiting for "replace my plan?" (the current plan has content). */
  const [incoming, setIncoming] = useState<{ plan: Plan; note: string } | undefined>();
  const replaceButton = useRef<HTMLButtonElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  /** A saved value that is not a plan: copied aside before the first save replaces it. */
  const unreadable = useRef<unknown>(undefined);
  const clearButton = useRef<HTMLButtonElement>(null);
  const titles = exercise.steps.map((s) => s.title);

  const stored = useStoredRecord({
    store,
    label: 'your IMC plan',
    select: (p) => p.exercises[exerciseId]?.state,
    // Another tab saved its plan and nothing typed here is waiting: show theirs, the newest.
    follow: (saved) => {
      const parsed = parsePlan(saved);
      if (!parsed.plan) return;
      setPlan(parsed.plan);
      setStatus('Updated with the changes saved in another tab.');
    },
  });

  useEffect(() => {
    if (!stored.ready) return;
    const saved = stored.value;
    const parsed = saved === undefined ? { plan: emptyPlan() } : parsePlan(saved);
    if (parsed.error) {
      unreadable.current = saved;
      setError(
        `Your saved plan could not be read (${parsed.error}). An empty worksheet is shown; ` +
          'the saved copy is kept aside, not deleted, when you start typing.',
      );
    }
    setPlan(parsed.plan ?? emptyPlan());
  }, [stored.ready]);

  // The wrapper gives the island a box: client:visible cannot observe a bare (display: contents) slot.
  if (!plan) return <div>{children}</div>;

  const change = (patch: Partial<Plan>) => {
    const next = { ...plan, ...patch };
    setPlan(next);
    setStatus('');
    const record = {
      at: new Date().toISOString(),
      score: completedSteps(next).length,
      max: PLAN_STEP_IDS.length,
      state: next,
    };
    stored.save(
      (s) => {
        if (unreadable.current !== undefined) {
          const kept = s.keepAside('your saved plan that could not be read', unreadable.current);
          if (kept.status !== 'saved') return kept; // never replace it before a copy exists
          unreadable.current = undefined;
        }
        return s.recordExercise(exerciseId, record);
      },
      { delay: AUTOSAVE_MS },
    );
  };
  const text = (
    key: 'brand' | 'audience' | 'objectives' | 'design' | 'totalBudget' | 'budgetMethod' | 'management',
    label: string,
    rows = 3,
  ) => (
    // biome-ignore lint/a11y/noLabelWithoutControl: the label wraps the input or textarea chosen below.
    <label class="plan-field">
      {label}
      {rows === 1 ? (
        <input type="text" value={plan[key]} onInput={(e) => change({ [key]: e.currentTarget.value })} />
      ) : (
        <textarea rows={rows} value={plan[key]} onInput={(e) => change({ [key]: e.currentTarget.value })} />
      )}
    </label>
  );
  const setAt = <K extends 'channels' | 'measures'>(key: K, i: number, value: Plan[K][number]) =>
    change({ [key]: plan[key].map((v, j) => (j === i ? value : v)) });
  const remove = (key: 'channels' | 'measures', i: number) => change({ [key]: plan[key].filter((_, j) => j !== i) });
  const toggleGoal = (goal: CommunicationGoalId, on: boolean) =>
    change({ goals: on ? [...plan.goals, goal] : plan.goals.filter((g) => g !== goal) });

  const fields: Record<PlanStepId, () => JSX.Element> = {
    audience: () => text('audience', 'Target audience'),
    objectives: () => (
      <>
        <fieldset>
          <legend>Communication goals</legend>
          {COMMUNICATION_GOAL_IDS.map((g) => (
            <label key={g} class="choice">
              <input
                type="checkbox"
                checked={plan.goals.includes(g)}
                onChange={(e) => toggleGoal(g, e.currentTarget.checked)}
              />
              {COMMUNICATION_GOALS[g].label}
            </label>
          ))}
        </fieldset>
        {text('objectives', 'Objectives: what should change, for whom, by how much, by when')}
      </>
    ),
    design: () => text('design', 'Message, creative approach and source', 4),
    channels: () => (
      <>
        {plan.channels.map((c, i) => (
          <div class="plan-row" key={i}>
            <label class="plan-field">
              Channel {i + 1}
              <input
                type="text"
                value={c.name}
                onInput={(e) => setAt('channels', i, { ...c, name: e.currentTarget.value })}
              />
            </label>
            <button type="button" onClick={() => remove('channels', i)}>
              Remove channel {i + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => change({ channels: [...plan.channels, { name: '', budget: '' }] })}>
          Add a channel
        </button>
      </>
    ),
    budget: () => (
      <>
        {text('totalBudget', 'Total budget', 1)}
        {text('budgetMethod', 'How you set it', 2)}
      </>
    ),
    mix: () => {
      const named = plan.channels.map((c, i) => ({ c, i })).filter(({ c }) => c.name.trim());
      return named.length === 0 ? (
        <p>Name your channels in step 4 first.</p>
      ) : (
        <>
          {named.map(({ c, i }) => (
            <label class="plan-field" key={i}>
              Budget for {c.name}
              <input
                type="text"
                inputMode="decimal"
                value={c.budget}
                onInput={(e) => setAt('channels', i, { ...c, budget: e.currentTarget.value })}
              />
            </label>
          ))}
        </>
      );
    },
    measurement: () => (
      <>
        {plan.measures.map((m, i) => (
          <div class="plan-row" key={i}>
            <label class="plan-field">
              Goal measured ({i + 1})
              <select
                value={m.goal}
                onChange={(e) =>
                  setAt('measures', i, { ...m, goal: e.currentTarget.value as CommunicationGoalId | '' })
                }
              >
                <option value="">Choose a goal</option>
                {COMMUNICATION_GOAL_IDS.map((g) => (
                  <option key={g} value={g}>
                    {COMMUNICATION_GOALS[g].label}
                  </option>
                ))}
              </select>
            </label>
            <label class="plan-field">
              Metric ({i + 1})
              <input
                type="text"
                value={m.metric}
                onInput={(e) => setAt('measures', i, { ...m, metric: e.currentTarget.value })}
              />
            </label>
            <button type="button" onClick={() => remove('measures', i)}>
              Remove measure {i + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => change({ measures: [...plan.measures, { goal: '', metric: '' }] })}>
          Add a measure
        </button>
      </>
    ),
    management: () =>
      text('management', 'Who coordinates, how often you review, what you change if a channel underperforms'),
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([planToMarkdown(plan, titles)], { type: 'text/markdown' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: planFileName(plan.brand) });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = planFromMarkdown(await file.text(), titles);
    if (!result.ok) return (setStatus(''), setError(`${file.name}: ${result.error}`));
    setError('');
    const edited = result.readableEdited
      ? ' The text above its data block was edited; those edits are not part of the imported plan, so check each step.'
      : '';
    const note = `Imported the plan for ${result.plan.brand.trim() || 'an untitled brand'}.${edited}`;
    if (!hasContent(plan)) return (change(result.plan), setStatus(note));
    setIncoming({ plan: result.plan, note });
    requestAnimationFrame(() => replaceButton.current?.focus());
  };
  const endImport = (replace: boolean) => {
    if (replace && incoming) change(incoming.plan), setStatus(incoming.note);
    else setStatus('Nothing was imported; your plan is unchanged.');
    setIncoming(undefined);
    requestAnimationFrame(() => importInput.current?.focus());
  };
  const endConfirm = (clear: boolean) => {
    if (clear) change(emptyPlan()), setStatus('The plan was cleared.');
    setConfirming(false);
    requestAnimationFrame(() => clearButton.current?.focus());
  };
  const hints = planHints(plan);
  const filled = completedSteps(plan);

  return (
    <div class="plan-builder">
      <div class="plan-screen">
        {text('brand', 'Brand', 1)}
        <PlanStepNav steps={exercise.steps} filled={filled} />
        {exercise.steps.map((step, i) => (
          <section
            key={step.id}
            id={planStepAnchor(step.id)}
            tabIndex={-1}
            class="plan-step"
            aria-labelledby={`plan-${step.id}`}
          >
            <h2 id={`plan-${step.id}`}>
              Step {i + 1}: {step.title}
            </h2>
            <p>{step.guidance}</p>
            <details>
              <summary>Example for step {i + 1}</summary>
              <p>{step.example}</p>
            </details>
            {fields[step.id]()}
            <div aria-live="polite">
              {hints
                .filter((h) => h.step === step.id)
                .map((h) => (
                  <p key={h.text} class="plan-hint">
                    Hint: {h.text}
                  </p>
                ))}
            </div>
            <PlanStepPager index={i} steps={exercise.steps} />
          </section>
        ))}
        <h2 id={PLAN_SUMMARY_ANCHOR} tabIndex={-1}>
          Your plan
        </h2>
        <p>
          {filled.length} of {exercise.steps.length} steps filled in.{' '}
          {hints.length === 0 ? 'No consistency hints.' : `${hints.length} consistency hint(s) above.`}
        </p>
        <div class="plan-actions">
          <div class="plan-action-row">
            <button type="button" class="exercise-primary" onClick={download}>
              Download as Markdown
            </button>
            <button type="button" onClick={() => window.print()}>
              Print
            </button>
            {!confirming ? (
              <button type="button" ref={clearButton} class="plan-clear" onClick={() => setConfirming(true)}>
                Clear all
              </button>
            ) : (
              // biome-ignore lint/a11y/useSemanticElements: two inline buttons in the action row, not a form section.
              <span role="group" aria-label="Confirm clearing the plan" class="plan-clear">
                Clear every step?{' '}
                <button type="button" onClick={() => endConfirm(true)}>
                  Yes, clear everything
                </button>{' '}
                <button type="button" onClick={() => endConfirm(false)}>
                  Keep my plan
                </button>
              </span>
            )}
          </div>
          <div class="plan-import">
            <label class="plan-field">
              Import a downloaded plan
              <input
                ref={importInput}
                type="file"
                accept=".md,.markdown,text/markdown,text/plain"
                onChange={(e) => void importFile(e.currentTarget)}
              />
            </label>
            {incoming && (
              // biome-ignore lint/a11y/useSemanticElements: two inline buttons in the action row, not a form section.
              <span role="group" aria-label="Confirm replacing the plan">
                Replace your plan with the imported plan for {incoming.plan.brand.trim() || 'an untitled brand'} (
                {completedSteps(incoming.plan).length} of 8 steps filled in)?{' '}
                <button type="button" ref={replaceButton} onClick={() => endImport(true)}>
                  Yes, replace my plan
                </button>{' '}
                <button type="button" onClick={() => endImport(false)}>
                  Keep my current plan
                </button>
              </span>
            )}
          </div>
        </div>
        <SaveStatus record={stored} note={status} />
        <p role="alert">{error}</p>
      </div>
      <article class="plan-print">
        <h2>IMC plan: {plan.brand.trim() || 'untitled'}</h2>
        {planSummary(plan, titles).map((s) => (
          <section key={s.title}>
            <h3>{s.title}</h3>
            {s.lines.map((l, i) => (
              <p key={i}>{l}</p>
            ))}
          </section>
        ))}
      </article>
    </div>
  );
}
