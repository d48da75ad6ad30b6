#!/usr/bin/env node
// `npm run writing-report`: reading ease and formula counts per lesson (the figures the writing test
// checks), lowest first. Exits 1 when a gate fails.
import { runnerImport } from 'vite';

const { module: stats } = await runnerImport('./src/lib/content/writing-stats.ts');
const { module: loader } = await runnerImport('./tests/helpers/load-content-dir.ts');
const { sources } = loader.loadContentDir(loader.courseContentDir);
const lessons = sources.lessons.map((l) => ({ lessonId: l.id, body: l.body }));
const rows = lessons.map(stats.lessonWriting).sort((a, b) => a.readingEase - b.readingEase);
console.log('Lesson                                     ease  words  "X, not Y"');
for (const r of rows) {
  console.log(
    `${r.lessonId.padEnd(40)} ${String(r.readingEase).padStart(6)} ${String(r.words).padStart(6)} ${String(r.contrasts.length).padStart(6)}`,
  );
}
const gates = stats.writingGates(lessons);
console.log(`\n${stats.formatWritingReport(gates)}`);
process.exit(gates.every((g) => g.pass) ? 0 : 1);
