// The instructor's assignment builder: pick lessons, quizzes and exercises, module by module; add a
// title, due text and pass mark; the link beside the list (sticky on wide screens) updates as you
// pick. A thin view over src/lib/assignment; nothing is sent anywhere.
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_PASS_PERCENT,
  encodeAssignment,
  itemLabel,
  LIMITS,
  type AssignmentItem,
  type AssignmentItemKind,
} from '../lib/assignment/assignment';
import { ASSIGNMENT_KEY, classroomShareUrl, linkWithToken } from '../lib/assignment/assignment-links';
import '../styles/islands/assignment.css';

export interface BuilderModule {
  id: string;
  title: string;
  items: (AssignmentItem & { title: string })[];
}

interface Props {
  modules: BuilderModule[];
  /** Site-relative path of the student view; made absolute from the page's own address. */
  viewPath: string;
}

const key = (item: AssignmentItem) => `${item.kind}:${item.id}`;

const KIND_NAMES: Record<AssignmentItemKind, [string, string]> = {
  lesson: ['lesson', 'lessons'],
  quiz: ['quiz', 'quizzes'],
  exercise: ['exercise', 'exercises'],
};

/** "3 lessons, 1 quiz" (kinds with none left out), or "Nothing picked yet". */
function pickedSummary(items: AssignmentItem[]): string {
  const parts = (Object.keys(KIND_NAMES) as AssignmentItemKind[]).flatMap((kind) => {
    const count = items.filter((item) => item.kind === kind).length;
    return count === 0 ? [] : [`${count} ${KIND_NAMES[kind][count === 1 ? 0 : 1]}`];
  });
  return parts.length === 0 ? 'Nothing picked yet.' : `Picked: ${parts.join(', ')}.`;
}

export default function AssignmentBuilder({ modules, viewPath }: Props) {
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [pass, setPass] = useState(DEFAULT_PASS_PERCENT);
  const [copied, setCopied] = useState('');
  const linkField = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(picked);
    for (const k of keys) on ? next.add(k) : next.delete(k);
    setPicked(next);
    setCopied('');
  };
  const items = modules.flatMap((m) => m.items).filter((item) => picked.has(key(item)));
  const result = useMemo(
    () => encodeAssignment({ title, due, passPercent: pass, items: items.map(({ kind, id }) => ({ kind, id })) }),
    [title, due, pass, picked],
  );
  const link =
    result.ok && typeof location !== 'undefined'
      ? linkWithToken(new URL(viewPath, location.href).href, ASSIGNMENT_KEY, result.token)
      : '';

  const copy = async () => {
    setCopied(''); // cleared first, so pressing the button again is announced again
    try {
      // Throws too when the clipboard API is missing (an insecure http:// copy of the site).
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      // Denied or unavailable: hand the link over ready to copy by hand instead of failing silently.
      linkField.current?.focus();
      linkField.current?.select();
      setCopied(
        'Copying was blocked by the browser. The link is selected in the box above: press Ctrl+C (⌘C on a Mac) to copy it.',
      );
    }
  };

  return (
    <form class="assignment-builder" onSubmit={(event) => event.preventDefault()}>
      <div class="builder-items">
        {modules.map((module) => {
          const keys = module.items.map(key);
          const count = keys.filter((k) => picked.has(k)).length;
          return (
            <fieldset key={module.id}>
              <legend>{module.title}</legend>
              <p class="module-count">
                {count} of {keys.length} picked
              </p>
              <label class="whole">
                <input
                  type="checkbox"
                  checked={count === keys.length}
                  indeterminate={count > 0 && count < keys.length}
                  onChange={(e) => toggle(keys, e.currentTarget.checked)}
                />{' '}
                The whole module
              </label>
              <ul>
                {module.items.map((item) => (
                  <li key={key(item)} data-kind={item.kind}>
                    <label>
                      <input
                        type="checkbox"
                        checked={picked.has(key(item))}
                        onChange={(e) => toggle([key(item)], e.currentTarget.checked)}
                      />{' '}
                      {itemLabel(item, item.title)}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
      <p class="builder-jump">
        <span>{pickedSummary(items)}</span>{' '}
        <button type="button" class="button" onClick={() => resultHeading.current?.focus()}>
          Go to your link
        </button>
      </p>
      <div class="builder-summary">
        <fieldset>
          <legend>Details (optional)</legend>
          <label>
            Title{' '}
            <input
              type="text"
              value={title}
              maxLength={LIMITS.title}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </label>
          <label>
            Due (as text, e.g. "Friday 5 pm"){' '}
            <input type="text" value={due} maxLength={LIMITS.due} onInput={(e) => setDue(e.currentTarget.value)} />
          </label>
          <label>
            Pass mark for quizzes and exercises (%){' '}
            <input
              type="number"
              min={1}
              max={100}
              value={pass}
              onInput={(e) =>
                setPass(Math.min(100, Math.max(1, Math.round(Number(e.currentTarget.value) || DEFAULT_PASS_PERCENT))))
              }
            />
          </label>
        </fieldset>
        <section class="result" aria-labelledby="builder-result-heading">
          <h2 id="builder-result-heading" ref={resultHeading} tabIndex={-1}>
            Your link
          </h2>
          <p class="picked" role="status">
            {pickedSummary(items)}
          </p>
          {result.ok ? (
            <>
              <label>
                Assignment link ({items.length} {items.length === 1 ? 'item' : 'items'})
                <input ref={linkField} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
              </label>
              <p class="actions">
                <button type="button" class="button" onClick={copy}>
                  Copy link
                </button>{' '}
                <a href={link} target="_blank" rel="noopener">
                  Open it as a student
                </a>{' '}
                <a href={classroomShareUrl(link, title || undefined)} target="_blank" rel="noopener noreferrer">
                  Share to Google Classroom
                </a>
              </p>
            </>
          ) : (
            <p>{result.message}</p>
          )}
          {/* Always rendered, so screen readers hear the copy result when its text changes. */}
          <p class="copy-status" role="status" aria-live="polite">
            {copied}
          </p>
        </section>
      </div>
    </form>
  );
}
