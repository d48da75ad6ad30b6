// Export a plan as a Markdown document people can read and share, and import it back. The readable
// part is generated; the plan's data travels in a fenced block at the end, and only that block is
// read on import, so a file that is not an exported plan is refused and nothing changes.
import { COMMUNICATION_GOALS } from '../goal-picker/communication-goals';
import { parsePlan, type Plan } from './plan';

const DATA_FENCE = '````one-voice-plan';
const VERSION = 1;

const text = (s: string) => (s.trim() ? s.trim() : '_(not filled in)_');

export function planToMarkdown(plan: Plan, stepTitles: readonly string[]): string {
  const t = (i: number) => `## ${i + 1}. ${stepTitles[i] ?? ''}`;
  const channels = plan.channels.filter((c) => c.name.trim());
  const measures = plan.measures.filter((m) => m.goal || m.metric.trim());
  const lines = [
    `# IMC plan: ${plan.brand.trim() || 'untitled'}`,
    '',
    t(0), '', text(plan.audience), '',
    t(1), '',
    plan.goals.length ? plan.goals.map((g) => `- ${COMMUNICATION_GOALS[g].label}`).join('\n') : '_(no goal chosen)_', '',
    text(plan.objectives), '',
    t(2), '', text(plan.design), '',
    t(3), '', channels.length ? channels.map((c) => `- ${c.name.trim()}`).join('\n') : '_(no channel yet)_', '',
    t(4), '', `Total: ${text(plan.totalBudget)}`, '', `Method: ${text(plan.budgetMethod)}`, '',
    t(5), '', channels.length ? channels.map((c) => `- ${c.name.trim()}: ${c.budget.trim() || '(no budget)'}`).join('\n') : '_(no channel yet)_', '',
    t(6), '',
    measures.length ? measures.map((m) => `- ${m.goal ? COMMUNICATION_GOALS[m.goal].label : '(no goal)'}: ${m.metric.trim() || '(no metric)'}`).join('\n') : '_(no measure yet)_', '',
    t(7), '', text(plan.management), '',
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
