// Printed books for the remix: one PDF per module and one of the whole course, answer-free. Chromium
// (Playwright, JavaScript off, so no island draws controls) opens a built lesson page, swaps its main
// column for a title page with contents and every lesson of the module (the course book adds the
// glossary), and prints it with the site's print stylesheet through page.pdf().
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serve } from './remix-diagrams.mjs';

/** Everything that gives answers away or only works on screen. */
const ANSWER_FREE = [
  'ul.meta',
  '.lesson-quiz',
  '.quiz',
  '.exercise-answer',
  '.quiz-answer',
  '.no-print',
  'astro-island script',
];

/** Runs in the page: the book's DOM. `book` = { title, subtitle, summary, credit, parts, extra }. */
async function layOutBook({ book, remove }) {
  const fetchParts = async (path, selector, strip) => {
    const html = await (await fetch(path)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const parts = [...doc.querySelectorAll(selector)];
    for (const part of strip ? parts : []) for (const node of part.querySelectorAll(remove.join(','))) node.remove();
    return parts;
  };
  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const style = el('style');
  style.textContent = `
    body { display: block !important; }
    .book-title { break-after: page !important; }
    .book-title h1 { font-size: 2.4em; margin: 25vh 0 0.5em !important; }
    .book-part { break-before: page !important; }
    .book-part > h2.book-module { font-size: 1.8em; }
    .book-contents li { margin: 0.2em 0; }
  `;
  document.head.append(style);
  const title = el('section', undefined, 'book-title');
  title.append(el('h1', book.title), el('p', book.subtitle), el('p', book.summary));
  const contents = el('ol', undefined, 'book-contents');
  const lessonList = (part, list) => {
    for (const lesson of part.lessons) list.append(el('li', lesson.title));
    return list;
  };
  if (book.parts.length === 1) lessonList(book.parts[0], contents);
  for (const part of book.parts.length > 1 ? book.parts : []) {
    const item = el('li', part.heading);
    item.append(lessonList(part, el('ol')));
    contents.append(item);
  }
  if (book.parts.length > 0) title.append(el('h2', 'Contents'), contents);
  title.append(el('p', book.credit));
  const children = [title];
  for (const part of book.parts) {
    if (book.parts.length > 1) {
      const opener = el('section', undefined, 'book-part');
      opener.append(el('h2', part.heading, 'book-module'), el('p', part.summary));
      children.push(opener);
    }
    for (const lesson of part.lessons) {
      const [article] = await fetchParts(lesson.path, 'article.lesson', true);
      if (!article) throw new Error(`no article.lesson in ${lesson.path}`);
      article.classList.add('book-part');
      children.push(article);
    }
  }
  for (const extra of book.extra) {
    // Extras (the glossary, the answer keys) keep what they show: they are printed as they are.
    const found = await fetchParts(extra.path, extra.selector, false);
    if (found.length === 0) throw new Error(`nothing matches ${extra.selector} in ${extra.path}`);
    const section = el('section', undefined, 'book-part');
    section.append(...found.flatMap((node) => (extra.selector === 'main' ? [...node.childNodes] : [node])));
    children.push(section);
  }
  document.querySelector('main').replaceChildren(...children);
}

const FOOTER = `<div style="font-size:8px;width:100%;text-align:center;color:#555">
  <span class="title"></span> · <span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/**
 * `modules`: [{ id, heading, summary, lessons: [{ id, title }] }] in course order. Writes
 * <module>.pdf, <module>-answer-key.pdf and course.pdf into `target`; returns the files written.
 */
export async function printBooks({ outDir, target, courseTitle, credit, modules }) {
  if (!existsSync(join(outDir, 'lessons'))) {
    console.warn('No build to print (run npm run build first): PDFs skipped.');
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
    const page = await browser.newPage({ javaScriptEnabled: false, colorScheme: 'light', bypassCSP: true });
    const part = (m) => ({
      heading: m.heading,
      summary: m.summary,
      lessons: m.lessons.map((l) => ({ title: l.title, path: `${origin}lessons/${l.id}/` })),
    });
    const print = async (file, book) => {
      await page.goto(`${origin}lessons/${modules[0].lessons[0].id}/`);
      await page.evaluate(layOutBook, { book, remove: ANSWER_FREE });
      await page.evaluate((t) => {
        document.title = t;
      }, book.title);
      await page.emulateMedia({ media: 'print' });
      const path = join(target, file);
      await page.pdf({
        path,
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      });
      written.push(path);
    };
    for (const m of modules) {
      await print(`${m.id}.pdf`, {
        title: m.heading,
        subtitle: courseTitle,
        summary: m.summary,
        credit,
        parts: [part(m)],
        extra: [],
      });
      await print(`${m.id}-answer-key.pdf`, {
        title: `${m.heading}: answer key`,
        subtitle: `${courseTitle}. For instructors: every quiz of the module with its answers and explanations.`,
        summary: '',
        credit,
        parts: [],
        extra: [{ path: `${origin}instructors/${m.id}/`, selector: 'section.answer-key' }],
      });
    }
    await print('course.pdf', {
      title: courseTitle,
      subtitle: `${modules.length} modules`,
      summary: '',
      credit,
      parts: modules.map(part),
      extra: [{ path: `${origin}glossary/`, selector: 'main' }],
    });
  } finally {
    await browser.close();
    server.close();
  }
  return written;
}
