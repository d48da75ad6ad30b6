#!/usr/bin/env node
// `npm run remix` (after `npm run build`): editable and printable copies of the course for instructors,
// written to dist/exports/remix/ (OUT_DIR to change dist). Per module: a slide deck (<module>.pptx), the
// lessons as an editable reading (<module>-reading.docx), the answer key (<module>-answer-key.docx), and
// with a build, Chromium and pdftotext the printed module (<module>.pdf, <module>-answer-key.pdf), printed
// from the print-only routes (/print/...) by remix-pdf.mjs; course.pdf and course-answer-key.pdf; and
// every practice exercise as an answer-free worksheet (worksheet-<exercise>.docx, the plan builder a template).
// Decks and handouts come from the content folder, so they never drift from the site; diagrams are
// placed on the slides as PNGs drawn from the build (remix-diagrams.mjs), else named in the notes.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { diagramImages } from './remix-diagrams.mjs';
import { printBooks } from './remix-pdf.mjs';

const outDir = process.env.OUT_DIR ?? './dist';
const target = join(outDir, 'exports', 'remix');

const { module: loader } = await runnerImport('./tests/helpers/load-content-dir.ts');
const { module: assemble } = await runnerImport('./src/lib/content/assemble-course.ts');
const { module: fromCourse } = await runnerImport('./src/lib/export/from-course.ts');
const { module: plan } = await runnerImport('./src/lib/export/remix/deck-plan.ts');
const { module: deck } = await runnerImport('./src/lib/export/remix/pptx-deck.ts');
const { module: handouts } = await runnerImport('./src/lib/export/remix/docx-handouts.ts');

const { sources, schemaIssues } = loader.loadContentDir(loader.courseContentDir);
if (schemaIssues.length > 0) {
  console.error(`Content files that do not match their schema:\n${schemaIssues.join('\n')}`);
  process.exit(1);
}
const course = assemble.assembleCourse(sources);
const bodies = new Map(sources.lessons.map((l) => [l.id, l.body]));
const courseTitle = fromCourse.COURSE_TITLE;
const images = await diagramImages(outDir);

mkdirSync(target, { recursive: true });
const written = [];
const write = (name, bytes) => {
  const path = join(target, name);
  writeFileSync(path, bytes);
  written.push(path);
};
for (const module of course.modules) {
  const slides = plan.deckPlan(module, courseTitle, bodies);
  write(
    `${module.id}.pptx`,
    await deck.pptxDeck(slides, { title: `${courseTitle}: ${module.data.title}`, diagramImages: images }),
  );
  write(`${module.id}-reading.docx`, await handouts.readingDocx(module, courseTitle, bodies));
  write(`${module.id}-answer-key.docx`, await handouts.answerKeyDocx(module, courseTitle));
  console.log(`Module ${module.number} (${module.id}): ${slides.length} slides`);
}
for (const exercise of course.exercises.values())
  write(`worksheet-${exercise.id}.docx`, await handouts.worksheetDocx(exercise, courseTitle));
const books = await printBooks({ outDir, target, moduleIds: course.modules.map((m) => m.id) });
written.push(...books);
for (const path of written) console.log(`  ${path}  ${(statSync(path).size / 1024).toFixed(0)} KB`);
console.log(`${written.length} files in ${target}`);
