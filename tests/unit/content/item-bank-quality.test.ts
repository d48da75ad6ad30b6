// The whole item bank against the quality gates of src/lib/quiz/item-bank-stats.ts: a learner who
// guesses from option length, answer patterns or position must not do well. On failure the report
// lists every gate with its figure and the items to rewrite (`npm run item-report` prints the same).
import { describe, expect, it } from 'vitest';
import { formatGateReport, itemBankGates } from '../../../src/lib/quiz/item-bank-stats';
import { courseContentDir, loadContentDir } from '../../helpers/load-content-dir';

const { content } = loadContentDir(courseContentDir);
const bank = content.quizzes.map((q) => ({ quizId: q.id, quiz: q.data }));
const gates = itemBankGates(bank);

describe('item bank quality gates', () => {
  it('loads the whole bank', () => {
    expect(bank.length).toBeGreaterThan(0);
  });
  it.each(gates.map((g) => [g.name, g] as const))('%s', (_name, gate) => {
    expect(gate.pass, `\n${formatGateReport([gate])}\n\nWhole bank:\n${formatGateReport(gates)}`).toBe(true);
  });
});
