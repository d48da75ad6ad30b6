// What happened to an island's latest save, in words, and the choice to make when another tab
// changed the same record. Not an island itself: islands render it under their controls.
import { describeSaveOutcome } from '../../lib/progress/save-outcome';
import type { StoredRecord } from './use-stored-record';

interface Props {
  record: Pick<StoredRecord<unknown>, 'outcome' | 'saving' | 'conflict' | 'resolve'>;
  /** Say "Saved in this browser." too, not only problems. */
  announceSaved?: boolean;
  /** The island's own news for the same live region, said before the outcome ("Imported the plan."). */
  note?: string;
}

export default function SaveStatus({ record, announceSaved = true, note = '' }: Props) {
  const { outcome, saving, conflict, resolve } = record;
  // While a save waits, the last outcome no longer describes what is on screen.
  const said = outcome && !saving && (announceSaved || outcome.status !== 'saved') ? describeSaveOutcome(outcome) : '';
  const text = [note, said].filter(Boolean).join(' ');
  return (
    <div class="save-status">
      <p role="status" data-save-status={outcome?.status}>{text}</p>
      {conflict && (
        <div class="save-conflict" role="group" aria-label="Changed in another tab">
          <p>
            <strong>Changed in another tab.</strong> What you changed here is not saved yet, so nothing has been
            overwritten. Which version should be kept?
          </p>
          <button type="button" onClick={() => resolve('mine')}>Keep this tab's version</button>{' '}
          <button type="button" onClick={() => resolve('theirs')}>Use the other tab's version</button>
        </div>
      )}
    </div>
  );
}
