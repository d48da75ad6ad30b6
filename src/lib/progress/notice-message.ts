// What the progress notice says for each problem with saved progress, in plain words.
import type { ProgressNotice } from './progress-store';

const records = (names: string[]) => names.join(', ');

export function describeProgressNotice(notice: ProgressNotice): string {
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
}

/** The learner may dismiss the notice unless it protects unreadable data they have not saved yet. */
export const noticesDismissible = (notices: ProgressNotice[]) => notices.some((n) => n.kind !== 'unreadable-protected');

export const offersUnreadableDownload = (notices: ProgressNotice[]) =>
  notices.some((n) => n.kind === 'unreadable-protected');
