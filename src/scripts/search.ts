// The search page over Pagefind's own search library (pagefind.js from the build's /pagefind/ folder):
// a plain search box and result list in the site's style instead of Pagefind's prebuilt UI, a short
// debounce, excerpts shown as text with <mark> (src/lib/search/excerpt.ts), and a live region that
// says how many results there are.
import { excerptParts, resultsSummary } from '../lib/search/excerpt';

interface PagefindSubResult {
  title: string;
  url: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindData> }[];
}
export interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options: object, timeoutMs: number): Promise<PagefindSearch | null>;
}

/** The wait after a keystroke: Pagefind searches in 17-60 ms, so a long pause only delays the answer. */
export const SEARCH_DEBOUNCE_MS = 100;
const PAGE_SIZE = 8;
/** Sections shown under a result, besides the page itself. */
const SUB_RESULTS = 3;

function excerptElement(excerpt: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-excerpt';
  for (const part of excerptParts(excerpt)) {
    if (!part.marked) paragraph.append(part.text);
    else paragraph.appendChild(document.createElement('mark')).textContent = part.text;
  }
  return paragraph;
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.className = className;
  anchor.textContent = text;
  return anchor;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  item.append(link(data.url, data.meta.title ?? data.url, 'search-result-link'), excerptElement(data.excerpt));
  const sections = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, SUB_RESULTS);
  if (sections.length) {
    const list = document.createElement('ul');
    list.className = 'search-sections';
    for (const sub of sections) list.appendChild(document.createElement('li')).append(link(sub.url, sub.title, ''));
    item.append(list);
  }
  return item;
}

interface SearchParts {
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

/** Wires the search box to Pagefind; every keystroke replaces the results of the one before. */
export function mountSearch(parts: SearchParts, pagefind: Pagefind): void {
  const { input, status, results, more } = parts;
  let pending: PagefindSearch['results'] = [];
  let generation = 0;

  async function showMore(current: number) {
    const next = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (current !== generation) return; // a newer search has started
    results.append(...data.map(resultItem));
    more.hidden = pending.length === 0;
  }

  input.addEventListener('input', async () => {
    const term = input.value.trim();
    const current = ++generation;
    if (!term) {
      results.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const search = await pagefind.debouncedSearch(term, {}, SEARCH_DEBOUNCE_MS);
    if (!search || current !== generation) return; // superseded by a later keystroke
    pending = [...search.results];
    results.replaceChildren();
    status.textContent = resultsSummary(search.results.length, term);
    await showMore(current);
  });
  more.addEventListener('click', () => void showMore(generation));
}
