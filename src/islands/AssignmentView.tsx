// A student's view of an assignment link: a checklist with their own progress, links to each item,
// and a completion receipt they can print or hand in as a link.
import { useEffect, useState } from 'preact/hooks';
import {
  catalogEntry,
  decodeAssignment,
  itemLabel,
  unknownItemsMessage,
  type AssignmentItemKind,
  type DecodeResult,
} from '../lib/assignment/assignment';
import {
  ASSIGNMENT_KEY,
  RECEIPT_KEY,
  linkWithToken,
  quizLinkWithPassMark,
  tokenFromHash,
} from '../lib/assignment/assignment-links';
import { itemStatuses, type ItemStatus } from '../lib/assignment/item-status';
import { formatDate, formatScore } from '../lib/format';
import { buildReceipt, encodeReceipt, NAME_LIMIT } from '../lib/assignment/receipt';
import type { ProgressStore } from '../lib/progress/progress-store';
import { useStoredRecord } from './hooks/use-stored-record';
import '../styles/islands/assignment.css';

export interface ItemInfo {
  title: string;
  href: string;
}

/** Every lesson, quiz and exercise of the course, by kind and id. */
export type ItemCatalog = Record<AssignmentItemKind, Record<string, ItemInfo>>;

interface Props {
  catalog: ItemCatalog;
  receiptPath: string;
  store?: ProgressStore;
}

const date = (iso: string | undefined) => (iso ? formatDate(iso) : '');

export default function AssignmentView({ catalog, receiptPath, store }: Props) {
  const [decoded, setDecoded] = useState<DecodeResult | undefined>();
  // Read only: follows this page and other tabs.
  const progress = useStoredRecord({ store, writes: 'merge', select: (p) => p }).value;
  const [name, setName] = useState('');

  useEffect(() => {
    const read = () => setDecoded(decodeAssignment(tokenFromHash(location.hash, ASSIGNMENT_KEY), catalog));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [catalog]);

  if (!decoded || !progress) return <p>Loading the assignment…</p>;
  if (!decoded.ok)
    return (
      <p class="assignment-error" role="alert">
        {decoded.message}
      </p>
    );
  const { assignment, unknownItems } = decoded;
  const statuses = itemStatuses(assignment, progress);
  const doneCount = statuses.filter((s) => s.done).length;
  const info = (s: ItemStatus) => catalogEntry(catalog, s.item);
  // A quiz opens at the quiz itself, graded with this assignment's pass mark.
  const itemHref = (s: ItemStatus) => {
    const page = info(s)?.href;
    return page && s.item.kind === 'quiz' ? quizLinkWithPassMark(page, assignment.passPercent) : page;
  };
  const receiptLink = linkWithToken(
    new URL(receiptPath, location.href).href,
    RECEIPT_KEY,
    encodeReceipt(buildReceipt(assignment, statuses, name, new Date())),
  );

  return (
    <div class="assignment-view">
      <h2>{assignment.title || 'Your assignment'}</h2>
      {assignment.due && <p class="due">Due: {assignment.due}</p>}
      {unknownItems.length > 0 && (
        <p class="assignment-warning" role="status">
          {unknownItemsMessage(unknownItems)}
        </p>
      )}
      <p class="assignment-progress" aria-live="polite">
        {doneCount} of {statuses.length} done. Quizzes and exercises count as done at {assignment.passPercent}% or more
        (a quiz by its best attempt, an exercise by its saved work).
      </p>
      <ol class="checklist">
        {statuses.map((s) => (
          <li key={`${s.item.kind}:${s.item.id}`} data-done={s.done ? 'true' : 'false'}>
            <span class="state">{s.done ? '✓ Done' : 'To do'}</span>{' '}
            <a href={itemHref(s)}>{itemLabel(s.item, info(s)?.title ?? s.item.id)}</a>
            {s.score && ` (${s.item.kind === 'quiz' ? 'best' : 'saved'} ${formatScore(s.score.score, s.score.max)})`}
            {s.at && ` ${date(s.at)}`}
          </li>
        ))}
      </ol>
      <section class="receipt-maker">
        <h2>Completion receipt</h2>
        <p>
          Your progress is saved only in this browser. To show your instructor, make a receipt and hand in its link or
          print it.
        </p>
        <label>
          Your name (shown on the receipt){' '}
          <input
            type="text"
            value={name}
            maxLength={NAME_LIMIT}
            autocomplete="name"
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <p>
          <a class="button" href={receiptLink}>
            Open my receipt ({doneCount} of {statuses.length} done)
          </a>
        </p>
      </section>
    </div>
  );
}
