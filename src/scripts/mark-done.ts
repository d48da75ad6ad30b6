// "Mark lesson as done" as a plain script over server markup (src/components/MarkDone.astro): a toggle
// button over the saved record, so a lesson ships no framework until its quiz is reached. It shows
// the mark from the page-load reader and loads the store only when clicked (page-progress.ts); the
// outcome it shows is the store's own. The markup is hidden until this runs (a button that does
// nothing would mislead). A toggle merges with other tabs: it changes this lesson's mark and nothing
// else, and follows marks made elsewhere.
import { type ProgressAccess, writerFor } from '../lib/progress/page-progress';

/** The words on the button and in its live region. */
export function markDoneView(done: boolean) {
  return { label: done ? '✓ Lesson done' : 'Mark lesson as done', announced: done ? 'Marked as done.' : '' };
}

function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`mark-done markup lacks ${selector}`);
  return element;
}

/** Wires the markup in `root` to the lesson's mark. */
export function mountMarkDone(root: HTMLElement, lessonId: string, progress: ProgressAccess): void {
  const toggle = part<HTMLButtonElement>(root, 'button');
  const announced = part(root, '[aria-live]');
  const status = part(root, '[role="status"]');
  let done = false;
  const render = () => {
    const view = markDoneView(done);
    toggle.setAttribute('aria-pressed', String(done));
    toggle.textContent = view.label;
    announced.textContent = view.announced;
  };
  toggle.addEventListener('click', async () => {
    const writer = await writerFor(progress, status);
    if (!writer) return;
    const { store, describeSaveOutcome } = writer;
    // The store's record, not the last one shown: it holds this page's unsaved changes too.
    const outcome = store.setLessonDone(lessonId, !(lessonId in store.get().lessonsDone));
    render();
    // "Saved" is not said (the button shows it); a problem is.
    status.textContent = outcome.status === 'saved' ? '' : describeSaveOutcome(outcome);
    status.dataset.saveStatus = outcome.status;
  });
  progress.watch((record) => {
    done = lessonId in record.lessonsDone;
    render();
  });
  root.hidden = false;
}
