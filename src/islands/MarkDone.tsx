// "Mark lesson as done": a toggle button over the progress store. Without JavaScript it is not
// rendered at all (a button that does nothing would mislead).
import { useEffect, useState } from 'preact/hooks';
import type { ProgressStore } from '../lib/progress/progress-store';
import { browserProgressStore } from '../lib/progress/browser-progress';
import '../styles/islands/mark-done.css';

interface Props {
  lessonId: string;
  store?: ProgressStore;
}

export default function MarkDone({ lessonId, store: injected }: Props) {
  const [store, setStore] = useState<ProgressStore | undefined>();
  const [done, setDone] = useState(false);

  useEffect(() => {
    const active = injected ?? browserProgressStore();
    setStore(active);
    setDone(lessonId in active.get().lessonsDone);
    return active.subscribe((p) => setDone(lessonId in p.lessonsDone));
  }, [injected, lessonId]);

  if (!store) return null;
  return (
    <div class="mark-done">
      <button type="button" aria-pressed={done} onClick={() => store.setLessonDone(lessonId, !done)}>
        {done ? '✓ Lesson done' : 'Mark lesson as done'}
      </button>
      <span class="visually-hidden" aria-live="polite">
        {done ? 'Marked as done.' : ''}
      </span>
    </div>
  );
}
