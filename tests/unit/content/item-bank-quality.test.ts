// The whole item bank against the quality gates of src/lib/quiz/item-bank-stats.ts: a learner who
// guesses from option length, answer patterns or position must not do well. On failure the report
// lists every gate with its figure and the items to rewrite (`npm run item-report` prints the same).
// The exams drawn from the bank (src/lib/exam) face the same guesser, over many draws each.
import { describe, expect, it } from 'vitest';
import { formatGateReport, itemBankGates } from '../../../src/lib/quiz/item-bank-stats';
import { assembleContentDir, courseContentDir, loadContentDir } from '../../helpers/load-content-dir';
import { courseExams, examPools } from '../../../src/lib/exam/course-exams';
import { examGuesserResult } from '../../../src/lib/exam/exam-guesser';

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

describe('exams a guesser who never reads sits', () => {
  const course = assembleContentDir(courseContentDir);
  const pools = examPools(course.modules);
  const exams = courseExams(course.modules);
  it('covers every module and the final', () => {
    expect(exams.map((e) => e.id)).toEqual([...course.modules.map((m) => `exam:${m.id}`), 'exam:final']);
  });
  // Every attempt draws anew: 50 draws of each exam, none passed at the pass mark.
  it.each(exams.map((e) => [e.id, e] as const))('%s: passed in none of 50 draws', (_id, exam) => {
    const result = examGuesserResult(exam, pools, 50);
    expect(result.passed, `best ${result.bestPercent}% against a pass mark of ${exam.passPercent}%`).toBe(0);
  });
});
