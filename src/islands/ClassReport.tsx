// The class report: receipt links pasted one per line, or the LMS's CSV of URL submissions, checked
// here in the instructor's browser and shown as students x items, with a CSV for the gradebook.
import { useState } from 'preact/hooks';
import { catalogEntry, itemLabel, type AssignmentItem } from '../lib/assignment/assignment';
import {
  buildReport,
  entriesFromCsv,
  entriesFromLines,
  lineText,
  reportCsv,
  type ClassReport as Report,
} from '../lib/assignment/class-report';
import type { ItemCatalog } from './AssignmentView';

interface Props {
  catalog: ItemCatalog;
}

export default function ClassReport({ catalog }: Props) {
  const [text, setText] = useState('');
  const [report, setReport] = useState<Report | undefined>();
  const [error, setError] = useState('');
  const titleOf = (item: AssignmentItem) => itemLabel(item, catalogEntry(catalog, item)?.title ?? item.id);

  const fromText = () => {
    setError('');
    const entries = entriesFromLines(text);
    setReport(entries.length > 0 ? buildReport(entries) : undefined);
    if (entries.length === 0) setError('Paste at least one receipt link, one per line.');
  };
  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    setError('');
    const parsed = entriesFromCsv(await file.text());
    if (!parsed.ok) {
      setReport(undefined);
      setError(`${file.name}: ${parsed.message}`);
      return;
    }
    setReport(buildReport(parsed.entries, parsed.headers));
  };
  const download = () => {
    if (!report) return;
    const url = URL.createObjectURL(new Blob([reportCsv(report, titleOf)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'class-report.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const items = report?.assignment?.items ?? [];
  const notCounted = report ? report.entries.length - report.accepted : 0;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a CSV anywhere is a shortcut; the file input does the same by keyboard.
    <div
      class="class-report"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        void fromFile(event.dataTransfer?.files[0]);
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          fromText();
        }}
      >
        <label>
          Receipt links, one per line
          <textarea rows={8} value={text} spellcheck={false} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <p>
          <button type="submit" class="button">
            Check the receipts
          </button>
        </p>
        <label>
          Or choose (or drop here) the CSV file your LMS exports of the submissions{' '}
          <input type="file" accept=".csv,text/csv" onChange={(e) => void fromFile(e.currentTarget.files?.[0])} />
        </label>
      </form>
      {error && (
        <p class="assignment-error" role="alert">
          {error}
        </p>
      )}
      <p class="report-summary" role="status">
        {report &&
          `${report.accepted} of ${report.entries.length} receipts counted` +
            (notCounted > 0 ? `; ${notCounted} not counted (the reason is in their row).` : '.')}
      </p>
      {report && (
        <section class="report" aria-labelledby="report-heading">
          <h2 id="report-heading">{report.assignment?.title || 'Report'}</h2>
          <p>
            <button type="button" class="button" onClick={download}>
              Download the CSV for your gradebook
            </button>
          </p>
          {/* biome-ignore lint/a11y/useSemanticElements: a scrolling wrapper, not a page section; tabIndex lets keyboard users scroll it (axe scrollable-region-focusable). */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Students and items (scrolls sideways)">
            <table>
              <caption>Students and items</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Student (as typed)</th>
                  <th scope="col">Receipt</th>
                  <th scope="col">Check code</th>
                  {items.map((item) => (
                    <th scope="col" key={`${item.kind}:${item.id}`}>
                      {titleOf(item)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.entries.map((entry) => {
                  const counted = entry.receipt && !entry.problem ? entry.receipt : undefined;
                  return (
                    <tr key={entry.source} data-counted={counted ? 'true' : 'false'}>
                      <th scope="row">{entry.source}</th>
                      <td>{entry.receipt?.name ?? ''}</td>
                      <td>{entry.problem ? `Not counted: ${entry.problem}` : 'Counted'}</td>
                      <td class="check-code">{entry.checkCode ?? ''}</td>
                      {items.map((item, index) => (
                        <td key={`${item.kind}:${item.id}`}>{counted ? lineText(counted.lines[index]!) : ''}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h3>Most often not done</h3>
          {report.mostMissed.length === 0 ? (
            <p>Every counted receipt has every item done.</p>
          ) : (
            <ol class="most-missed">
              {report.mostMissed.map((row) => (
                <li key={`${row.item.kind}:${row.item.id}`}>
                  {titleOf(row.item)}: not done by {row.missed} of {row.of}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
