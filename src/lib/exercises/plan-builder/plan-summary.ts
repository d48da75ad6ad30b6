// The plan as plain-text sections, one per step: the printed page and the Markdown export both read
// from here, so they never disagree about what the plan says.
import { COMMUNICATION_GOALS } from '../../../schemas/vocabulary/communication-goals';
import type { Plan } from './plan';

export interface PlanSection {
  title: string;
  /** Plain-text lines; list entries start with "- ". */
  lines: string[];
}

const orEmpty = (s: string, empty = '(not filled in)') => (s.trim() ? s.trim() : empty);
const list = (items: string[], empty: string) => (items.length ? items.map((i) => `- ${i}`) : [empty]);

export function planSummary(plan: Plan, stepTitles: readonly string[]): PlanSection[] {
  const channels = plan.channels.filter((c) => c.name.trim());
  const measures = plan.measures.filter((m) => m.goal || m.metric.trim());
  const bodies: string[][] = [
    [orEmpty(plan.audience)],
    [
      ...list(
        plan.goals.map((g) => COMMUNICATION_GOALS[g].label),
        '(no goal chosen)',
      ),
      orEmpty(plan.objectives),
    ],
    [orEmpty(plan.design)],
    list(
      channels.map((c) => c.name.trim()),
      '(no channel yet)',
    ),
    [`Total: ${orEmpty(plan.totalBudget)}`, `Method: ${orEmpty(plan.budgetMethod)}`],
    list(
      channels.map((c) => `${c.name.trim()}: ${c.budget.trim() || '(no budget)'}`),
      '(no channel yet)',
    ),
    list(
      measures.map(
        (m) => `${m.goal ? COMMUNICATION_GOALS[m.goal].label : '(no goal)'}: ${m.metric.trim() || '(no metric)'}`,
      ),
      '(no measure yet)',
    ),
    [orEmpty(plan.management)],
  ];
  return bodies.map((lines, i) => ({ title: `${i + 1}. ${stepTitles[i] ?? ''}`, lines }));
}

/** A file name for the exported plan: "imc-plan-spoke-chain.md". */
export function planFileName(brand: string): string {
  const slug = brand
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `imc-plan${slug ? `-${slug}` : ''}.md`;
}
