// Put items in sequence. Every move works from the keyboard (Move up / Move down buttons, as WCAG
// 2.2's dragging alternative asks); native drag and drop is an extra for mouse users. Grading and
// moves live in src/lib/exercises/ordering.
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { OrderingExercise } from '../schemas/exercise/ordering';
import { gradeOrdering } from '../lib/exercises/ordering/grade-ordering';
import {
  moveItem,
  parseOrderingState,
  startingOrder,
  type OrderingState,
} from '../lib/exercises/ordering/ordering-state';
import type { ProgressStore } from '../lib/progress/progress-store';
import { SaveStatus, useExerciseRecord } from './hooks/use-stored-record';

interface Props {
  exerciseId: string;
  exercise: OrderingExercise;
  children?: ComponentChildren;
  /** Injected in tests; the page uses the browser's store. */
  store?: ProgressStore;
}

export default function Ordering({ exerciseId, exercise, children, store }: Props) {
  const [state, setState] = useState<OrderingState | undefined>();
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const dragFrom = useRef<number | undefined>(undefined);
  const listRef = useRef<HTMLOListElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const textOf = new Map(exercise.items.map((item) => [item.id, item.text]));

  const adopt = (saved: unknown) => {
    const parsed = parseOrderingState(saved, exercise.items);
    setNotice(parsed.problem ?? '');
    setState(parsed.state ?? { order: startingOrder(exercise.items, exerciseId), checked: false });
  };
  // Another tab's checked order replaces this one; moves here are only saved once checked.
  const stored = useExerciseRecord({ store, exerciseId, title: exercise.title, adopt });

  // The wrapper gives the island a box: client:visible cannot observe a bare (display: contents) slot.
  if (!state) return <div>{children}</div>;

  const result = state.checked ? gradeOrdering(exercise.items, state.order) : undefined;
  const misplaced = new Set(result?.misplaced.map((m) => m.id));
  // Only a checked order is saved: the record's score is then always the score of the saved order.
  const record = (next: OrderingState) => {
    setState(next);
    if (!next.checked) return;
    const { score, max } = gradeOrdering(exercise.items, next.order);
    const saved = { at: new Date().toISOString(), score, max, state: next };
    stored.save((s) => s.recordExercise(exerciseId, saved));
  };
  const move = (from: number, to: number, focusButton?: 'up' | 'down') => {
    const order = moveItem(state.order, from, to);
    const id = state.order[from]!;
    const position = order.indexOf(id);
    record({ order, checked: false });
    setAnnouncement(`${textOf.get(id)}: now ${position + 1} of ${order.length}.`);
    if (!focusButton) return;
    // Keep focus on the moved item; at either end its button in that direction is disabled, so use the other.
    const edge = (focusButton === 'up' && position === 0) || (focusButton === 'down' && position === order.length - 1);
    const which = edge ? (focusButton === 'up' ? 'down' : 'up') : focusButton;
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-item="${id}"] [data-move="${which}"]`)?.focus(),
    );
  };
  const check = () => {
    record({ ...state, checked: true });
    requestAnimationFrame(() => feedbackRef.current?.focus());
  };
  const restart = () => {
    record({ order: startingOrder(exercise.items, exerciseId), checked: false });
    setAnnouncement('The items are shuffled again.');
  };

  return (
    <section class="ordering" aria-label={exercise.title}>
      {notice && (
        <p class="exercise-notice" role="note">
          {notice}
        </p>
      )}
      <ol class="ordering-list" ref={listRef}>
        {state.order.map((id, index) => (
          <li
            key={id}
            data-item={id}
            class={result ? (misplaced.has(id) ? 'is-wrong' : 'is-right') : undefined}
            draggable
            onDragStart={() => (dragFrom.current = index)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragFrom.current !== undefined) move(dragFrom.current, index);
              dragFrom.current = undefined;
            }}
          >
            {/* A flex item loses its list marker, so the position is drawn here (the list already announces it). */}
            <span class="ordering-text">
              <span aria-hidden="true">{index + 1}. </span>
              {textOf.get(id)}
            </span>
            <span class="ordering-buttons">
              <button
                type="button"
                data-move="up"
                disabled={index === 0}
                aria-label={`Move up: ${textOf.get(id)}`}
                onClick={() => move(index, index - 1, 'up')}
              >
                Move up
              </button>
              <button
                type="button"
                data-move="down"
                disabled={index === state.order.length - 1}
                aria-label={`Move down: ${textOf.get(id)}`}
                onClick={() => move(index, index + 1, 'down')}
              >
                Move down
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p class="exercise-actions">
        <button type="button" class="exercise-primary" onClick={check}>
          Check order
        </button>{' '}
        <button type="button" onClick={restart}>
          Shuffle again
        </button>
      </p>
      <div class="exercise-feedback" aria-live="polite">
        {result && (
          <>
            <h2 ref={feedbackRef} tabIndex={-1}>
              {result.allCorrect ? 'All in the right order' : 'Not quite'}: {result.score} of {result.max} pairs in the
              right order
            </h2>
            {result.misplaced.length > 0 && (
              <ul>
                {result.misplaced.map((m) => (
                  <li key={m.id}>
                    <strong>{m.text}</strong> is at position {m.givenPosition}; it belongs at position{' '}
                    {m.correctPosition}. {m.why}
                  </li>
                ))}
              </ul>
            )}
            <p>{exercise.explanation}</p>
          </>
        )}
      </div>
      <SaveStatus record={stored} />
    </section>
  );
}
