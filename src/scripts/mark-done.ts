// "Mark lesson as done" as a plain script over server markup (src/components/MarkDone.astro): a toggle
// button over the progress store, so a lesson ships no framework until its quiz is reached. The
// markup is hidden until this runs (a button that does nothing would mislead). A toggle merges with
// other tabs: it changes this lesson's mark and nothing else, and follows marks made elsewhere.
import type { ProgressStore } from '../lib/progress/progress-store';
import { describeSaveOutcome } from '../lib/progress/save-outcome-message';
import type { SaveOutcome } from '../lib/progress/save-outcome';

/** The words on the button and in its live region; "Saved in this browser." is not said, problems are. */
export function markDoneView(done: boolean, outcome: SaveOutcome | undefined) {
  return {
    label: done ? '✓ Lesson done' : 'Mark lesson as done',
    announced: done ? 'Marked as done.' : '',
    status: outcome && outcome.status !== 'saved' ? describeSaveOutcome(outcome) : '',
  };
}

function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`mark-done markup lacks ${selector}`);
  return element;
}

/** Wires the markup in `root` to the lesson's mark; returns a function that stops following the store. */
export function mountMarkDone(root: HTMLElement, lessonId: string, store: ProgressStore): () => void {
  const toggle = part<HTMLButtonElement>(root, 'button');
  const announced = part(root, '[aria-live]');
  const status = part(root, '[role="status"]');
  let outcome: SaveOutcome | undefined;
  const render = () => {
    const done = lessonId in store.get().lessonsDone;
    const view = markDoneView(done, outcome);
    toggle.setAttribute('aria-pressed', String(done));
    toggle.textContent = view.label;
    announced.textContent = view.announced;
    status.textContent = view.status;
    if (outcome) status.dataset.saveStatus = outcome.status;
  };
  toggle.addEventListener('click', () => {
    outcome = store.setLessonDone(lessonId, !(lessonId in store.get().lessonsDone));
    render();
  });
  render();
  root.hidden = false;
  return store.subscribe(render);
}
