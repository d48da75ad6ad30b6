// A completion receipt read from its link (#r=...). Everything shown is text, including the typed
// name; the check code is recomputed here from the receipt's content.
import { useEffect, useState } from 'preact/hooks';
import { checkCode, decodeReceipt, type ReceiptDecodeResult } from '../lib/assignment/receipt';
import { RECEIPT_KEY, tokenFromHash } from '../lib/assignment/assignment-links';
import type { ItemInfo } from './AssignmentView';
import '../styles/islands/assignment.css';

interface Props {
  lessons: Record<string, ItemInfo>;
  quizzes: Record<string, ItemInfo>;
}

const dateTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '');

export default function Receipt({ lessons, quizzes }: Props) {
  const [decoded, setDecoded] = useState<ReceiptDecodeResult | undefined>();

  useEffect(() => {
    const read = () => setDecoded(decodeReceipt(tokenFromHash(location.hash, RECEIPT_KEY)));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  if (!decoded) return <p>Loading the receipt…</p>;
  if (!decoded.ok) return <p class="assignment-error" role="alert">{decoded.message}</p>;
  const { receipt } = decoded;
  const done = receipt.lines.filter((line) => line.done).length;
  return (
    <div class="receipt">
      <h2>{receipt.assignment.title || 'Assignment'}</h2>
      <dl>
        <dt>Student (as typed)</dt>
        <dd>{receipt.name || '(no name given)'}</dd>
        {receipt.assignment.due && (
          <>
            <dt>Due</dt>
            <dd>{receipt.assignment.due}</dd>
          </>
        )}
        <dt>Receipt made</dt>
        <dd>{dateTime(receipt.issuedAt)}</dd>
        <dt>Done</dt>
        <dd>
          {done} of {receipt.lines.length} (quizzes at {receipt.assignment.passPercent}% or more)
        </dd>
        <dt>Check code</dt>
        <dd class="check-code">{checkCode(receipt)}</dd>
      </dl>
      <table>
        <caption>Items</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Status</th>
            <th scope="col">Date</th>
            <th scope="col">Best score</th>
          </tr>
        </thead>
        <tbody>
          {receipt.lines.map((line) => {
            const title = (line.item.kind === 'lesson' ? lessons : quizzes)[line.item.id]?.title ?? line.item.id;
            return (
              <tr key={`${line.item.kind}:${line.item.id}`}>
                <td>{line.item.kind === 'quiz' ? `Quiz: ${title}` : title}</td>
                <td>{line.done ? 'Done' : 'Not done'}</td>
                <td>{dateTime(line.at)}</td>
                <td>{line.score !== null && line.max !== null ? `${line.score}/${line.max}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="no-print">
        <button type="button" class="button" onClick={() => print()}>
          Print or save as PDF
        </button>
      </p>
    </div>
  );
}
