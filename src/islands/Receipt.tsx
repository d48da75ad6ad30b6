// A completion receipt read from its link (#r=...). Everything shown is text, including the typed
// name; the check code is recomputed here from the receipt's content.
import { useEffect, useState } from 'preact/hooks';
import { checkCode, decodeReceipt, type ReceiptDecodeResult } from '../lib/assignment/receipt';
import { RECEIPT_KEY, tokenFromHash } from '../lib/assignment/assignment-links';
import { formatDateTime, formatScore } from '../lib/format';
import { catalogEntry, itemLabel } from '../lib/assignment/assignment';
import type { ItemCatalog } from './AssignmentView';
import '../styles/islands/assignment.css';

interface Props {
  catalog: ItemCatalog;
}

const dateTime = (iso: string | null) => (iso ? formatDateTime(iso) : '');

export default function Receipt({ catalog }: Props) {
  const [decoded, setDecoded] = useState<ReceiptDecodeResult | undefined>();

  useEffect(() => {
    const read = () => setDecoded(decodeReceipt(tokenFromHash(location.hash, RECEIPT_KEY)));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  if (!decoded) return <p>Loading the receipt…</p>;
  if (!decoded.ok)
    return (
      <p class="assignment-error" role="alert">
        {decoded.message}
      </p>
    );
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
          {done} of {receipt.lines.length} (quizzes and exercises at {receipt.assignment.passPercent}% or more)
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
            <th scope="col">Score (quiz: best; exercise: saved)</th>
          </tr>
        </thead>
        <tbody>
          {receipt.lines.map((line) => {
            const title = catalogEntry(catalog, line.item)?.title ?? line.item.id;
            return (
              <tr key={`${line.item.kind}:${line.item.id}`}>
                <td>{itemLabel(line.item, title)}</td>
                <td>{line.done ? 'Done' : 'Not done'}</td>
                <td>{dateTime(line.at)}</td>
                <td>{line.score !== null && line.max !== null ? formatScore(line.score, line.max) : ''}</td>
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
