// "Mark lesson as done": a toggle button over the progress store. Without JavaScript it is not
// rendered at all (a button that does nothing would mislead).
import type { ProgressStore } from '../lib/progress/progress-store';
import { SaveStatus, useStoredRecord } from './hooks/use-stored-record';
import '../styles/islands/mark-done.css';

interface Props {
  lessonId: string;
  store?: ProgressStore;
}

export default function MarkDone({ lessonId, store }: Props) {
  // A toggle merges with other tabs: it changes this lesson's mark and nothing else.
  const stored = useStoredRecord({ store, writes: 'merge', select: (p) => lessonId in p.lessonsDone });
  if (!stored.ready) return null;
  const done = stored.value === true;
  return (
    <div class="mark-done">
      <button type="button" aria-pressed={done} onClick={() => stored.save((s) => s.setLessonDone(lessonId, !done))}>
        {done ? '✓ Lesson done' : 'Mark lesson as done'}
      </button>
      <span class="visually-hidden" aria-live="polite">
        {done ? 'Marked as done.' : ''}
      </span>
      <SaveStatus record={stored} announceSaved={false} />
    </div>
  );
}
