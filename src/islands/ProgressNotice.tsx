// Tells the learner when their saved progress could not be used as is: a corrupt value kept aside
// (with the key it was kept under), storage that is unavailable, or storage that is full.
import { useEffect, useState } from 'preact/hooks';
import type { ProgressNotice as Notice, ProgressStore } from '../lib/progress/progress-store';
import { browserProgressStore } from '../lib/progress/browser-progress';
import '../styles/islands/progress-notice.css';

const message = (notice: Notice): string => {
  switch (notice.kind) {
    case 'recovered-corrupt':
      return `Your saved progress could not be read, so this browser starts afresh. The old data was kept, not deleted, under the storage key "${notice.backupKey}".`;
    case 'storage-unavailable':
      return 'This browser is not letting the course save anything (private mode or blocked storage). Your progress lasts until you close this page.';
    case 'storage-full':
      return "This browser's storage is full, so your latest progress is kept only until you close this page.";
  }
};

export default function ProgressNotice({ store }: { store?: ProgressStore }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const [active, setActive] = useState<ProgressStore | undefined>();
  useEffect(() => {
    const current = store ?? browserProgressStore();
    setActive(current);
    setNotices(current.notices());
    return current.subscribe(() => setNotices(current.notices()));
  }, [store]);
  if (notices.length === 0) return null;
  return (
    <div class="progress-notice" role="alert">
      {notices.map((n) => (
        <p key={n.kind}>{message(n)}</p>
      ))}
      <button type="button" onClick={() => (active?.dismissNotices(), setNotices([]))}>
        Dismiss
      </button>
    </div>
  );
}
