// Tells the learner when their saved progress could not be used as is: unreadable data kept aside
// (with the key it was kept under, and a download), unreadable data protected from being
// overwritten while storage is full, a copy kept when two tabs disagreed, storage that is
// unavailable, or storage that is full.
import { PROGRESS_KEY, type ProgressNotice as Notice, type ProgressStore } from '../lib/progress/progress-store';
import { useStoredRecord } from './hooks/use-stored-record';
import '../styles/islands/progress-notice.css';

const records = (names: string[]) => names.join(', ');

const message = (notice: Notice): string => {
  switch (notice.kind) {
    case 'recovered-corrupt':
      return notice.setAside
        ? `Some saved progress could not be read (${records(notice.setAside)}). It was kept, not deleted, under the ` +
            `storage key "${notice.backupKey}"; the rest of your progress is in use.`
        : `Saved progress that could not be read was kept, not deleted, under the storage key "${notice.backupKey}". ` +
            'Anything that could be read is in use.';
    case 'unreadable-protected':
      return (
        'Your saved progress could not be read' +
        (notice.setAside ? ` (${records(notice.setAside)})` : '') +
        ", and this browser's storage is too full to keep a copy of it aside. To protect it, nothing more is saved " +
        'until there is room: download it, then free some space (for example by clearing data of other sites).'
      );
    case 'kept-aside':
      return `A copy of ${notice.label} was kept, not deleted, under the storage key "${notice.backupKey}".`;
    case 'storage-unavailable':
      return (
        'This browser is not letting the course save anything (private mode or blocked storage). ' +
        'Your progress lasts until you close this page.'
      );
    case 'storage-full':
      return "This browser's storage is full, so your latest progress is kept only until you close this page.";
  }
};

/** Offers the protected, unreadable value as a file: the learner's way to keep it whatever happens. */
function download(store: ProgressStore) {
  const url = URL.createObjectURL(new Blob([store.rawValue(PROGRESS_KEY) ?? ''], { type: 'application/json' }));
  Object.assign(document.createElement('a'), { href: url, download: 'one-voice-unreadable-progress.json' }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function ProgressNotice({ store }: { store?: ProgressStore }) {
  const stored = useStoredRecord({ store, writes: 'merge', select: (_, s) => s.notices() });
  const active = stored.store;
  const notices = stored.value ?? [];
  if (!active || notices.length === 0) return null;
  const dismissible = notices.some((n) => n.kind !== 'unreadable-protected');
  return (
    <div class="progress-notice" role="alert">
      {notices.map((n) => (
        <p key={'backupKey' in n ? n.backupKey : n.kind}>{message(n)}</p>
      ))}
      {notices.some((n) => n.kind === 'unreadable-protected') && (
        <p>
          <button type="button" onClick={() => download(active)}>
            Download the unreadable progress
          </button>
        </p>
      )}
      {dismissible && (
        <button type="button" onClick={() => active.dismissNotices()}>
          Dismiss
        </button>
      )}
    </div>
  );
}
