// Sort items into categories with a native <select> per item (no dragging needed), then check for
// feedback on every item. Grading lives in src/lib/exercises/sorting.
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { SortingExercise } from '../schemas/exercise/sorting';
import { gradeSorting } from '../lib/exercises/sorting/grade-sorting';
import { parseSortingState, type SortingState } from '../lib/exercises/sorting/sorting-state';
import type { ProgressStore } from '../lib/progress/progress-store';
import { SaveStatus, useExerciseRecord } from './hooks/use-stored-record';

interface Props {
  exerciseId: string;
  exercise: SortingExercise;
  children?: ComponentChildren;
  /** Injected in tests; the page uses the browser's store. */
  store?: ProgressStore;
}

export default function Sorting({ exerciseId, exercise, children, store }: Props) {
  const [state, setState] = useState<SortingState | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  const adopt = (saved: unknown) => {
    const parsed = parseSortingState(saved, exercise);
    setProblems(parsed.problems);
    setState(parsed.state);
  };
  // Another tab's checked (or cleared) answers replace these; unchecked placements here are not saved.
  const stored = useExerciseRecord({ store, exerciseId, title: exercise.title, adopt });

  // The wrapper gives the island a box: client:visible cannot observe a bare (display: contents) slot.
  if (!state) return <div>{children}</div>;

  const result = state.checked ? gradeSorting(exercise, state.placements) : undefined;
  const byItem = new Map(result?.items.map((r) => [r.id, r]));

  // Saved when checked (or cleared), so the record's score always belongs to the saved placements.
  const update = (next: SortingState, save = next.checked) => {
    setState(next);
    if (!save) return;
    const { score, max } = gradeSorting(exercise, next.placements);
    const record = { at: new Date().toISOString(), score, max, state: next };
    stored.save((s) => s.recordExercise(exerciseId, record));
  };
  const place = (itemId: string, category: string) => {
    const placements = { ...state.placements };
    if (category) placements[itemId] = category;
    else delete placements[itemId];
    update({ placements, checked: false });
  };
  const check = () => {
    update({ ...state, checked: true });
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  return (
    <section class="sorting" aria-label={exercise.title}>
      {problems.length > 0 && (
        <div class="exercise-notice" role="note">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <h2>Categories</h2>
      <dl class="sorting-categories">
        {exercise.categories.map((c) => (
          <div key={c.id}>
            <dt>{c.label}</dt>
            <dd>{c.description}</dd>
          </div>
        ))}
      </dl>
      <h2>Items</h2>
      <ol class="sorting-items">
        {exercise.items.map((item) => {
          const verdict = byItem.get(item.id);
          const feedbackId = `${exerciseId}-${item.id}-feedback`;
          const status = !verdict
            ? undefined
            : verdict.correct
              ? 'is-right'
              : verdict.chosen === undefined
                ? 'is-unsorted'
                : 'is-wrong';
          return (
            <li key={item.id} class={status}>
              <label for={`${exerciseId}-${item.id}`}>{item.text}</label>
              <select
                id={`${exerciseId}-${item.id}`}
                value={state.placements[item.id] ?? ''}
                aria-describedby={verdict ? feedbackId : undefined}
                onChange={(e) => place(item.id, e.currentTarget.value)}
              >
                <option value="">Choose a category</option>
                {exercise.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
              {verdict && (
                <p id={feedbackId} class="sorting-feedback">
                  <strong>{verdict.verdict}</strong> {verdict.why}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <p class="exercise-actions">
        <button type="button" class="exercise-primary" onClick={check}>
          Check answers
        </button>{' '}
        <button type="button" onClick={() => update({ placements: {}, checked: false }, true)}>
          Clear answers
        </button>
      </p>
      <div class="exercise-feedback" aria-live="polite">
        {result && (
          <h2 ref={summaryRef} tabIndex={-1}>
            {result.score} of {result.max} items in the right category
            {result.unsorted > 0 ? ` (${result.unsorted} not sorted yet)` : ''}
          </h2>
        )}
      </div>
      <SaveStatus record={stored} />
    </section>
  );
}
