// The printed books (scripts/remix-pdf.mjs over /print/...): one module's book and answer key printed
// to PDF as `npm run remix` prints them, then read back with pdftotext (poppler-utils) the way a
// reader would check them: the contents' page numbers lead to the pages where the sections start,
// every page has its footer, the book gives no answers and names no on-screen control, the glossary is
// there, and the key holds every quiz explanation of the module.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { courseContentDir, loadContentDir } from '../helpers/load-content-dir';
import { builtPagePaths } from './built-pages';
import { firstLineOf, pdfPages, printBook } from '../../scripts/remix-pdf.mjs';

const { content } = loadContentDir(courseContentDir);
const module = [...content.modules].sort((a, b) => a.data.order - b.data.order)[0]!;
const lessons = module.data.lessons.map((id) => content.lessons.find((l) => l.id === id)!);
const quizIds = new Set([...lessons.flatMap((l) => (l.data.quiz ? [l.data.quiz] : [])), module.data.quiz ?? '']);
const quizzes = content.quizzes.filter((q) => quizIds.has(q.id));
const keyTerms = new Set(lessons.flatMap((l) => l.data.keyTerms));
const terms = content.glossary.filter((t) => keyTerms.has(t.id));

/** Words and controls that belong to the interactive site, never to a printed reading book. */
const SCREEN_ONLY = [
  'Check answers',
  'Show all answers',
  'Show answer',
  'Try again',
  'Mark as done',
  'Mark lesson as done',
  'Add to review',
  'Skip to content',
  'Filter terms',
  'On this page',
  'Check your understanding',
];

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The contents as pdftotext -layout prints it: "<title> .... <page>" per line. */
const contentsLines = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(.+?)\s{2,}(\d+)\s*$/.exec(line))
    .flatMap((m) => (m?.[1] && m[2] ? [{ title: m[1], page: Number(m[2]) }] : []));

test.use({ javaScriptEnabled: false });

test(`module ${module.id}: the printed book and answer key`, async ({ page, baseURL }, testInfo) => {
  const bookPdf = testInfo.outputPath('book.pdf');
  const keyPdf = testInfo.outputPath('key.pdf');
  for (const [route, pdf] of [
    [`/print/${module.id}/`, bookPdf],
    [`/print/answers/${module.id}/`, keyPdf],
  ] as const) {
    await printBook(page, new URL(route, baseURL).href, pdf);
    const firstLines = await page.$$eval('[data-first-line]', (entries) =>
      entries.map((e) => ({ title: e.querySelector('a')?.textContent ?? '', firstLine: e.dataset.firstLine ?? '' })),
    );
    const pages = pdfPages(pdf);
    const title = await page.title();

    // Every contents entry has a number, and that page starts with the section's own first line.
    const listed = contentsLines(pdf);
    expect(listed.map((entry) => entry.title)).toEqual(firstLines.map((entry) => entry.title));
    for (const [i, entry] of listed.entries()) {
      expect(firstLineOf(pages[entry.page - 1] ?? ''), `${route}: ${entry.title} on page ${entry.page}`).toBe(
        firstLines[i]?.firstLine,
      );
    }
    // Every page: the footer with the book's title and "Page n of N".
    for (const [i, text] of pages.entries()) {
      const footer = text.split('\n').map(flat).filter(Boolean).slice(-2);
      expect(footer, `${route}: footer of page ${i + 1}`).toEqual([title, `Page ${i + 1} of ${pages.length}`]);
    }
  }

  const book = flat(pdfPages(bookPdf).join(' '));
  for (const words of SCREEN_ONLY) expect(book, `the book says "${words}"`).not.toContain(words);
  for (const answerWord of ['Answer:', 'Correct:', 'Wrong:', 'Measures:']) expect(book).not.toContain(answerWord);
  for (const quiz of quizzes)
    for (const question of quiz.data.questions) expect(book).not.toContain(flat(question.explanation));
  expect(book).toContain(`Glossary · ${terms.length} terms`);
  for (const term of terms) expect(book).toContain(flat(term.data.definition));

  const key = flat(pdfPages(keyPdf).join(' '));
  const explanations = quizzes.flatMap((quiz) => quiz.data.questions.map((q) => flat(q.explanation)));
  expect(explanations.length).toBeGreaterThan(5);
  for (const explanation of explanations) expect(key).toContain(explanation);
});

test('every print-only page is a still book, kept out of search engines, the sitemap and the precache', () => {
  const books = builtPagePaths('dist').filter((path) => path.startsWith('/print/'));
  // The course, its answer key, and a book and a key per module.
  expect(books).toHaveLength(2 + 2 * content.modules.length);
  for (const path of books) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    expect(html, path).toContain('<meta name="robots" content="noindex">');
    // No island, no script: an exercise in a book is named, never drawn (Astro.locals.printBook).
    expect(html, path).not.toMatch(/<astro-island|<script/);
    expect(html, path).not.toContain('data-pagefind-body');
  }
  expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/print/');
  expect(readFileSync('dist/sw.js', 'utf8')).not.toContain('/print/');
  // The lesson pages themselves still draw their exercises: the print setting did not leak.
  expect(readFileSync('dist/lessons/eight-planning-steps/index.html', 'utf8')).toContain('<astro-island');
});
