// Export a plan as a Markdown document people can read and share, and import it back. The readable
// part is generated; the plan's data travels in a fenced block at the end, and only that block is
// read on import, so a file that is not an exported plan is refused and nothing changes.
import { parsePlan, type Plan } from './plan';
import { planSummary } from './plan-summary';

const DATA_FENCE = '````one-voice-plan';
const VERSION = 1;
/** Larger files cannot hold a plan the browser could save (see RECORD_CHAR_LIMIT in the progress store). */
export const IMPORT_CHAR_LIMIT = 500_000;
/** More channels or measures than any plan needs; a file with thousands would freeze the page. */
export const IMPORT_LIST_LIMIT = 100;

/** Paragraphs are separated by a blank line; consecutive list entries stay together as one list. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce(
    (out, line, i) =>
      i === 0 ? line : `${out}${line.startsWith('- ') && lines[i - 1]!.startsWith('- ') ? '\n' : '\n\n'}${line}`,
    '',
  );
}

/**
 * Typed text made inert for a Markdown viewer: no HTML, links, images, code or emphasis, and no
 * line that starts a heading, quote or list. Only the readable part is escaped; the data block
 * carries the text exactly as typed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=|-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

const escapedPlan = (plan: Plan): Plan => ({
  ...plan,
  brand: escapeMarkdown(plan.brand),
  audience: escapeMarkdown(plan.audience),
  objectives: escapeMarkdown(plan.objectives),
  design: escapeMarkdown(plan.design),
  channels: plan.channels.map((c) => ({ name: escapeMarkdown(c.name), budget: escapeMarkdown(c.budget) })),
  totalBudget: escapeMarkdown(plan.totalBudget),
  budgetMethod: escapeMarkdown(plan.budgetMethod),
  measures: plan.measures.map((m) => ({ goal: m.goal, metric: escapeMarkdown(m.metric) })),
  management: escapeMarkdown(plan.management),
});

export function planToMarkdown(plan: Plan, stepTitles: readonly string[]): string {
  const readable = planSummary(escapedPlan(plan), stepTitles.map(escapeMarkdown));
  const sections = readable.flatMap((section) => [`## ${section.title}`, '', joinLines(section.lines), '']);
  const lines = [
    `# IMC plan: ${escapeMarkdown(plan.brand.trim()) || 'untitled'}`,
    '',
    ...sections,
    '---',
    '',
    'The block below lets One Voice import this plan again. Edits above it are not imported.',
    '',
    DATA_FENCE,
    JSON.stringify({ version: VERSION, plan }, null, 2),
    '````',
    '',
  ];
  return lines.join('\n');
}

export type PlanImport =
  /** `readableEdited`: the text above the data block differs from what the data says (only with step titles). */
  { ok: true; plan: Plan; readableEdited?: boolean } | { ok: false; error: string };

/** Blank lines and spaces at line ends do not count as edits (editors add and remove them). */
const normalized = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .join('\n');

/**
 * Reads a plan back from its data block. With `stepTitles`, also says whether the readable part
 * was edited: those edits are not imported, and the learner must be told so, not left to guess.
 */
export function planFromMarkdown(file: string, stepTitles?: readonly string[]): PlanImport {
  if (file.length > IMPORT_CHAR_LIMIT) {
    return {
      ok: false,
      error:
        `This file is too large to be a plan (${file.length.toLocaleString('en')} characters; the limit is ` +
        `${IMPORT_CHAR_LIMIT.toLocaleString('en')}). Nothing was changed.`,
    };
  }
  // Any line ending (an editor on Windows saves CRLF) and a byte-order mark are accepted.
  const markdown = file.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The last data block wins: the readable part above it is free text and might quote a fence.
  const start = markdown.lastIndexOf(`\n${DATA_FENCE}\n`);
  if (start === -1)
    return {
      ok: false,
      error: 'This file is not a plan exported from One Voice (its data block is missing). Nothing was changed.',
    };
  const from = start + DATA_FENCE.length + 2;
  const end = markdown.indexOf('\n````', from);
  if (end === -1) return { ok: false, error: 'The plan data in this file is cut off. Nothing was changed.' };
  let data: unknown;
  try {
    data = JSON.parse(markdown.slice(from, end));
  } catch {
    return { ok: false, error: 'The plan data in this file is damaged (it is not valid JSON). Nothing was changed.' };
  }
  const envelope = data as { version?: unknown; plan?: unknown } | null;
  if (envelope?.version !== VERSION)
    return { ok: false, error: 'This plan was saved by a different version of One Voice. Nothing was changed.' };
  const parsed = parsePlan(envelope.plan);
  if (!parsed.plan)
    return { ok: false, error: `The plan data in this file is not valid: ${parsed.error}. Nothing was changed.` };
  const longest = Math.max(parsed.plan.channels.length, parsed.plan.measures.length);
  if (longest > IMPORT_LIST_LIMIT) {
    return {
      ok: false,
      error:
        `This plan lists ${longest.toLocaleString('en')} channels or measures; a plan can have at most ` +
        `${IMPORT_LIST_LIMIT} of each. Nothing was changed.`,
    };
  }
  if (!stepTitles) return { ok: true, plan: parsed.plan };
  const regenerated = planToMarkdown(parsed.plan, stepTitles);
  const readable = (text: string) => normalized(text.slice(0, text.lastIndexOf(`\n${DATA_FENCE}\n`)));
  return { ok: true, plan: parsed.plan, readableEdited: readable(markdown) !== readable(regenerated) };
}
