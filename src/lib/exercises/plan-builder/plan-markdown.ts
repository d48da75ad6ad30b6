// Export a plan as a Markdown document people can read and share, and import it back. The readable
// part is generated; the plan's data travels in a fenced block at the end, and only that block is
// read on import, so a file that is not an exported plan is refused and nothing changes.
import { parsePlan, type Plan } from './plan';
import { planSummary } from './plan-summary';

const DATA_FENCE = '````one-voice-plan';
const VERSION = 1;

/** Paragraphs are separated by a blank line; consecutive list entries stay together as one list. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((out, line, i) => (i === 0 ? line : `${out}${line.startsWith('- ') && lines[i - 1]!.startsWith('- ') ? '\n' : '\n\n'}${line}`), '');
}

export function planToMarkdown(plan: Plan, stepTitles: readonly string[]): string {
  const sections = planSummary(plan, stepTitles).flatMap((section) => [`## ${section.title}`, '', joinLines(section.lines), '']);
  const lines = [
    `# IMC plan: ${plan.brand.trim() || 'untitled'}`,
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

export type PlanImport = { ok: true; plan: Plan } | { ok: false; error: string };

export function planFromMarkdown(markdown: string): PlanImport {
  // The last data block wins: the readable part above it is free text and might quote a fence.
  const start = markdown.lastIndexOf(`\n${DATA_FENCE}\n`);
  if (start === -1) return { ok: false, error: 'This file is not a plan exported from One Voice (its data block is missing). Nothing was changed.' };
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
  if (envelope?.version !== VERSION) return { ok: false, error: 'This plan was saved by a different version of One Voice. Nothing was changed.' };
  const parsed = parsePlan(envelope.plan);
  return parsed.plan ? { ok: true, plan: parsed.plan } : { ok: false, error: `The plan data in this file is not valid: ${parsed.error}. Nothing was changed.` };
}
