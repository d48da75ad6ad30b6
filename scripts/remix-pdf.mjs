// Printed books for the remix: the print-only routes (/print/..., src/pages/print/) printed to PDF by
// Chromium (Playwright's page.pdf(), JavaScript off: the books have no scripts) with a footer that
// carries the book's title and the page number. Per module a reading book and its answer key; the
// course book and the course answer key.
//
// Chromium cannot number a contents list itself, so each book is printed twice. Every section of a
// book starts a page with a line of its own (src/lib/print/book-plan.ts, data-first-line in the
// contents); pdftotext finds the page that starts with each, the numbers go into the contents' slots
// (fixed width, so nothing moves) and the book is printed again and read back: a section that moved,
// or a first line that is missing or not unique, fails the remix instead of shipping a wrong contents.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, serve } from './remix-diagrams.mjs';

/** Inline styles only: the footer is drawn outside the page, without the page's stylesheets. */
const FOOTER = `<div style="font-size:8px;width:100%;padding:0 16mm;display:flex;justify-content:space-between;color:#444">
  <span class="title"></span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;

export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: FOOTER,
  margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
};

/** A PDF's text, one string per page (pdftotext separates pages with form feeds). */
export function pdfPages(pdfPath) {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

const lines = (pageText) =>
  pageText
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** The footer's line ("<title> Page 3 of 20"), wherever pdftotext puts it. */
const isFooter = (line) => /(^|\s)Page \d+ of \d+$/.test(line);

/** A page's first line of text, the footer left out. */
export const firstLineOf = (pageText) => lines(pageText).find((line) => !isFooter(line)) ?? '';

/**
 * Where each section starts: `sections` [{ id, firstLine }] -> { id: page number (1-based) }. Throws
 * unless every first line starts exactly one page.
 */
export function sectionPages(pages, sections) {
  const firstLines = pages.map(firstLineOf);
  const found = {};
  for (const { id, firstLine } of sections) {
    const at = firstLines.flatMap((line, index) => (line === firstLine ? [index + 1] : []));
    if (at.length !== 1)
      throw new Error(`"${firstLine}" (${id}) starts ${at.length === 0 ? 'no page' : `pages ${at.join(', ')}`}`);
    found[id] = at[0];
  }
  return found;
}

/** Prints the book at `url` (an open Playwright page does the printing) to `path`, its contents numbered. */
export async function printBook(page, url, path) {
  await page.goto(url);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const sections = await page.$$eval('[data-first-line]', (entries) =>
    entries.map((entry) => ({
      id: entry.querySelector('[data-page-for]')?.getAttribute('data-page-for') ?? '',
      firstLine: entry.getAttribute('data-first-line') ?? '',
    })),
  );
  if (sections.length === 0) throw new Error(`${url}: no contents to number`);
  const scratch = mkdtempSync(join(tmpdir(), 'one-voice-pdf-'));
  try {
    const draft = join(scratch, 'draft.pdf');
    writeFileSync(draft, await page.pdf(PDF_OPTIONS));
    const draftPages = pdfPages(draft);
    const numbers = sectionPages(draftPages, sections);
    await page.evaluate((byId) => {
      for (const slot of document.querySelectorAll('[data-page-for]'))
        slot.textContent = String(byId[slot.getAttribute('data-page-for') ?? ''] ?? '');
    }, numbers);
    await page.pdf({ ...PDF_OPTIONS, path });
    const printed = pdfPages(path);
    const check = sectionPages(printed, sections);
    const moved = sections.filter(({ id }) => check[id] !== numbers[id]);
    if (printed.length !== draftPages.length || moved.length > 0)
      throw new Error(`${url}: numbering the contents moved ${moved.map((s) => s.id).join(', ') || 'the page count'}`);
    return { path, pages: printed.length, sections: numbers };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The books to print: [route below the base, file name]. */
export function bookFiles(moduleIds) {
  return [
    ...moduleIds.flatMap((id) => [
      [`print/${id}/`, `${id}.pdf`],
      [`print/answers/${id}/`, `${id}-answer-key.pdf`],
    ]),
    ['print/', 'course.pdf'],
    ['print/answers/', 'course-answer-key.pdf'],
  ];
}

/** Prints every book of the build in `outDir` into `target`; returns what it wrote. */
export async function printBooks({ outDir, target, moduleIds }) {
  if (!existsSync(join(outDir, 'print', 'index.html'))) {
    console.warn('No build to print (run npm run build first): PDFs skipped.');
    return [];
  }
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    console.warn('No pdftotext (apt install poppler-utils) to number the contents with: PDFs skipped.');
    return [];
  }
  const browser = await launchBrowser();
  if (!browser) {
    console.warn('No Chromium or Chrome to print with: PDFs skipped.');
    return [];
  }
  const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
  const server = await serve(outDir, base);
  const origin = `http://127.0.0.1:${server.address().port}${base}/`;
  const written = [];
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const [route, file] of bookFiles(moduleIds)) {
      const book = await printBook(page, origin + route, join(target, file));
      console.log(`  ${file}: ${book.pages} pages`);
      written.push(book.path);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return written;
}
