#!/usr/bin/env node
// `npm run item-report`: prints the item-bank quality gates (the figures the content test checks)
// for the quizzes in content/quizzes. Exits 1 when a gate fails.
import { runnerImport } from 'vite';

const { module: stats } = await runnerImport('./src/lib/quiz/item-bank-stats.ts');
const { module: loader } = await runnerImport('./tests/helpers/load-content-dir.ts');
const { content, schemaIssues } = loader.loadContentDir(loader.courseContentDir);
if (schemaIssues.length > 0) {
  console.error(`Quiz files that do not match their schema:\n${schemaIssues.join('\n')}`);
  process.exit(1);
}
const bank = content.quizzes.map((q) => ({ quizId: q.id, quiz: q.data }));
const questions = bank.reduce((n, q) => n + q.quiz.questions.length, 0);
const gates = stats.itemBankGates(bank);
console.log(`Item bank: ${bank.length} quizzes, ${questions} questions\n`);
console.log(stats.formatGateReport(gates));
const failed = gates.filter((g) => !g.pass).length;
console.log(failed === 0 ? '\nEvery gate passes.' : `\n${failed} gate${failed === 1 ? '' : 's'} failing.`);
process.exit(failed === 0 ? 0 : 1);
