// Progress out of and back into this browser: download it as a file, restore it from one, or move it
// to another device with a link (and a QR code of it). Every file or link is read by the rules in
// src/lib/progress/progress-transfer.ts, shown as a preview, and only then merged or put in place of
// what this browser holds; a refused one leaves the store untouched and says why.
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../lib/format';
import type { Progress } from '../lib/progress/progress-schema';
import type { ProgressStore } from '../lib/progress/progress-store';
import { isMoveFragment, QR_CHAR_LIMIT } from '../lib/progress/move-link';
import {
  progressFileName,
  progressFileText,
  readProgressText,
  summarizeProgress,
  type ProgressSummary,
} from '../lib/progress/progress-transfer';
import { SaveStatus, useStoredRecord } from './hooks/use-stored-record';
import '../styles/islands/progress-transfer.css';

interface Props {
  store?: ProgressStore;
}

interface Incoming {
  progress: Progress;
  /** Where it came from, for the preview's heading ("the file x.json", "the move link"). */
  from: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describeHolding(summary: ProgressSummary): string {
  const parts = [
    plural(summary.lessons, 'lesson done', 'lessons done'),
    plural(summary.quizzes, 'quiz', 'quizzes'),
    plural(summary.exercises, 'exercise', 'exercises'),
  ].join(', ');
  return summary.latest ? `${parts}; last saved ${formatDate(summary.latest)}` : parts;
}

interface QrMatrix {
  data: boolean[][];
  size: number;
}

// The compressor and the QR encoder are loaded when a move link is made or opened, not with the page.
const loadMove = () => import('../lib/progress/progress-move');

/** The QR code as one SVG path of dark modules: drawn by Preact, so no markup string is ever parsed. */
function QrCode({ qr: { data, size } }: { qr: QrMatrix }) {
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg class="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label="QR code of the move link">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" shape-rendering="crispEdges" />
    </svg>
  );
}

export default function ProgressTransfer({ store }: Props) {
  const record = useStoredRecord({ store, writes: 'merge', select: (p) => p });
  const [incoming, setIncoming] = useState<Incoming | undefined>();
  const [refusal, setRefusal] = useState('');
  const [note, setNote] = useState('');
  const [moveLink, setMoveLink] = useState('');
  const [qr, setQr] = useState<QrMatrix | undefined>();

  useEffect(() => {
    // A move link opens this page, or is pasted into the address bar of a tab already on it.
    const receive = async () => {
      if (!isMoveFragment(location.hash)) return;
      const result = (await loadMove()).readMoveFragment(location.hash);
      if (!result) return;
      // The record is now held by the page; the address bar should not keep (or share) it.
      history.replaceState(null, '', location.pathname + location.search);
      setNote('');
      if (result.ok) {
        setRefusal('');
        setIncoming({ progress: result.progress, from: 'the move link' });
      } else {
        setIncoming(undefined);
        setRefusal(`The move link was not used: ${result.reason}`);
      }
    };
    const receiveLink = () => void receive();
    receiveLink();
    addEventListener('hashchange', receiveLink);
    return () => removeEventListener('hashchange', receiveLink);
  }, []);

  const progress = record.value;
  if (!record.ready || !progress)
    return <p>Downloading, restoring and moving your progress happen in this browser, with JavaScript.</p>;

  function download(current: Progress) {
    const blob = new Blob([progressFileText(current)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = progressFileName(new Date());
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    setNote(`Downloaded ${link.download}.`);
  }

  async function makeMoveLink(current: Progress) {
    const link = `${location.origin}${location.pathname}#${(await loadMove()).moveFragment(current)}`;
    const { encode } = link.length <= QR_CHAR_LIMIT ? await import('uqr') : { encode: undefined };
    setQr(encode?.(link, { ecc: 'L', border: 2 }));
    setMoveLink(link);
  }

  async function readFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setIncoming(undefined);
    setNote('');
    const result = readProgressText(await file.text());
    if (result.ok) {
      setRefusal('');
      setIncoming({ progress: result.progress, from: `the file ${file.name}` });
    } else setRefusal(`Could not restore from ${file.name}: ${result.reason}`);
  }

  function apply(mode: 'merge' | 'replace') {
    if (!incoming) return;
    const { progress: restored, from } = incoming;
    record.save((s) => s.restore(restored, mode));
    setIncoming(undefined);
    setRefusal('');
    setNote(mode === 'merge' ? `Merged the progress from ${from}.` : `Replaced this browser's progress with ${from}.`);
  }

  return (
    <div class="progress-transfer" data-hydrated="true">
      {refusal && (
        <p role="alert" class="transfer-refusal">
          {refusal} This browser's progress is unchanged.
        </p>
      )}
      {incoming && (
        <section class="transfer-preview" aria-labelledby="transfer-preview-title">
          <h3 id="transfer-preview-title">Restore from {incoming.from}?</h3>
          <p>
            It holds <strong>{describeHolding(summarizeProgress(incoming.progress))}</strong>.
          </p>
          <p>This browser holds {describeHolding(summarizeProgress(progress))}.</p>
          <p class="transfer-choices">
            <button type="button" class="button" onClick={() => apply('merge')}>
              Merge with this browser's progress
            </button>
            <button type="button" class="button secondary" onClick={() => apply('replace')}>
              Replace this browser's progress
            </button>
            <button type="button" class="button secondary" onClick={() => setIncoming(undefined)}>
              Cancel
            </button>
          </p>
          <p class="transfer-hint">
            Merging keeps everything from both; replacing keeps only what {incoming.from} holds.
          </p>
        </section>
      )}
      <div class="transfer-actions">
        <section aria-labelledby="transfer-download-title">
          <h3 id="transfer-download-title">Download my progress</h3>
          <p>A file with everything this browser has saved. Keep it as a backup, or restore it elsewhere.</p>
          <button type="button" class="button" onClick={() => download(progress)}>
            Download my progress
          </button>
        </section>
        <section aria-labelledby="transfer-restore-title">
          <h3 id="transfer-restore-title">Restore from a file</h3>
          <p>Choose a file you downloaded here. You will see what it holds before anything changes.</p>
          <label class="transfer-file">
            Progress file
            <input
              type="file"
              accept=".json,application/json"
              onChange={(event) => void readFile(event.currentTarget)}
            />
          </label>
        </section>
        <section aria-labelledby="transfer-move-title">
          <h3 id="transfer-move-title">Move to another device</h3>
          <p>
            A link that carries your progress. Open it on the other device, check what it holds, then merge or replace.
          </p>
          <button type="button" class="button" onClick={() => void makeMoveLink(progress)}>
            Make a move link
          </button>
          {moveLink && (
            <div class="transfer-link">
              <label>
                Move link
                <input type="text" readOnly value={moveLink} onFocus={(event) => event.currentTarget.select()} />
              </label>
              {qr ? (
                <figure>
                  <QrCode qr={qr} />
                  <figcaption>Scan it with the other device's camera.</figcaption>
                </figure>
              ) : (
                <p class="transfer-hint" data-qr="too-long">
                  This link is too long for a QR code a phone could scan ({moveLink.length.toLocaleString('en')}{' '}
                  characters). Copy the link and send it to yourself, or use a downloaded file instead.
                </p>
              )}
            </div>
          )}
        </section>
      </div>
      <SaveStatus record={record} announceSaved note={note} />
    </div>
  );
}
