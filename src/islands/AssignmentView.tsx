// A student's view of an assignment link: a checklist with their own progress, links to each item,
// and a completion receipt they can print or hand in as a link.
import { useEffect, useState } from 'preact/hooks';
import { decodeAssignment, unknownItemsMessage, type DecodeResult } from '../lib/assignment/assignment';
import { ASSIGNMENT_KEY, RECEIPT_KEY, linkWithToken, tokenFromHash } from '../lib/assignment/assignment-links';
import { itemStatuses, type ItemStatus } from '../lib/assignment/item-status';
import { buildReceipt, encodeReceipt, NAME_LIMIT } from '../lib/assignment/receipt';
import { browserProgressStore } from '../lib/progress/browser-progress';
import type { Progress } from '../lib/progress/progress-schema';
import '../styles/islands/assignment.css';

export interface ItemInfo {
  title: string;
  href: string;
}

interface Props {
  lessons: Record<string, ItemInfo>;
  quizzes: Record<string, ItemInfo>;
  receiptPath: string;
}

const date = (iso: string | undefined) => (iso ? new Date(iso).toLocaleDateString() : '');

export default function AssignmentView({ lessons, quizzes, receiptPath }: Props) {
  const [decoded, setDecoded] = useState<DecodeResult | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [name, setName] = useState('');

  useEffect(() => {
    const read = () => setDecoded(decodeAssignment(tokenFromHash(location.hash, ASSIGNMENT_KEY), { lessons, quizzes }));
    read();
    addEventListener('hashchange', read);
    const store = browserProgressStore();
    setProgress(store.get());
    const unsubscribe = store.subscribe(setProgress);
    return () => {
      removeEventListener('hashchange', read);
      unsubscribe();
    };
  }, [lessons, quizzes]);

  if (!decoded || !progress) return <p>Loading the assignment…</p>;
  if (!decoded.ok) return <p class="assignment-error" role="alert">{decoded.message}</p>;
  const { assignment, unknownItems } = decoded;
  const statuses = itemStatuses(assignment, progress);
  const doneCount = statuses.filter((s) => s.done).length;
  const info = (s: ItemStatus) => (s.item.kind === 'lesson' ? lessons : quizzes)[s.item.id];
  const receiptLink = linkWithToken(
    new URL(receiptPath, location.href).href,
    RECEIPT_KEY,
    encodeReceipt(buildReceipt(assignment, statuses, name, new Date())),
  );

  return (
    <div class="assignment-view">
      <h2>{assignment.title || 'Your assignment'}</h2>
      {assignment.due && <p class="due">Due: {assignment.due}</p>}
      {unknownItems.length > 0 && <p class="assignment-warning" role="status">{unknownItemsMessage(unknownItems)}</p>}
      <p class="assignment-progress" aria-live="polite">
        {doneCount} of {statuses.length} done. Quizzes count as done at {assignment.passPercent}% or more.
      </p>
      <ol class="checklist">
        {statuses.map((s) => (
          <li key={`${s.item.kind}:${s.item.id}`} data-done={s.done ? 'true' : 'false'}>
            <span class="state">{s.done ? '✓ Done' : 'To do'}</span>{' '}
            <a href={info(s)?.href}>{s.item.kind === 'quiz' ? `Quiz: ${info(s)?.title}` : info(s)?.title}</a>
            {s.score && ` (best ${s.score.score}/${s.score.max})`}
            {s.at && ` ${date(s.at)}`}
          </li>
        ))}
      </ol>
      <section class="receipt-maker">
        <h2>Completion receipt</h2>
        <p>Your progress is saved only in this browser. To show your instructor, make a receipt and hand in its link or print it.</p>
        <label>
          Your name (shown on the receipt){' '}
          <input type="text" value={name} maxLength={NAME_LIMIT} autocomplete="name" onInput={(e) => setName(e.currentTarget.value)} />
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
