// A lesson's MDX source as plain blocks (headings, paragraphs, list items, tables, diagram places)
// for the remix exports (slides and editable handouts are rebuilt from the same text the site
// renders, with the components reduced to what a printed or editable page can carry) and for the
// writing gates (src/lib/content/writing-stats.ts reads the prose blocks).
// Pure and line-based: the lessons follow docs/authoring.md, one block-level component per line.

export type RemixBlock =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'numbered'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'diagram'; name: string };

/** Markdown and inline components reduced to the words they show. */
export function inlineText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*]+)\*/g, '$1$2')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

/** What a block-level component's opening line becomes: a small heading naming the box, or nothing. */
function openingHeading(line: string): RemixBlock | undefined {
  const name = /^<([A-Z]\w*)/.exec(line)?.[1];
  if (name === 'Example') {
    const industry = attribute(line, 'industry');
    return { kind: 'heading', level: 4, text: industry ? `Example: ${industry}` : 'Example' };
  }
  if (name === 'Callout') {
    const kind = attribute(line, 'kind') ?? 'note';
    return { kind: 'heading', level: 4, text: kind.charAt(0).toUpperCase() + kind.slice(1) };
  }
  if (name === 'KeyTakeaways') return { kind: 'heading', level: 3, text: 'Key takeaways' };
  return undefined;
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map(inlineText);

export function mdxBlocks(body: string): RemixBlock[] {
  const source = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^import .*$/gm, '')
    .replace(/\{' '\}/g, ' ');
  const blocks: RemixBlock[] = [];
  let paragraph: string[] = [];
  let item: { kind: 'bullet' | 'numbered'; lines: string[] } | undefined;
  let table: string[][] | undefined;

  const flush = () => {
    if (paragraph.length > 0) {
      const text = inlineText(paragraph.join(' '));
      if (text) blocks.push({ kind: 'paragraph', text });
    }
    if (item) {
      const text = inlineText(item.lines.join(' '));
      if (text) blocks.push({ kind: item.kind, text });
    }
    if (table && table.length > 0) blocks.push({ kind: 'table', rows: table });
    paragraph = [];
    item = undefined;
    table = undefined;
  };

  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const heading = /^(#{2,4})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 2 | 3 | 4, text: inlineText(heading[2]!) });
      continue;
    }
    if (/^<\/?[A-Z]\w*[^>]*>$/.test(line)) {
      flush();
      const diagram = /^<Diagram\b/.test(line) ? attribute(line, 'name') : undefined;
      if (diagram) blocks.push({ kind: 'diagram', name: diagram });
      const opening = line.startsWith('</') ? undefined : openingHeading(line);
      if (opening) blocks.push(opening);
      continue;
    }
    if (line.startsWith('|')) {
      if (!table) {
        flush();
        table = [];
      }
      if (!/^\|[\s:|-]+\|$/.test(line)) table.push(cells(line));
      continue;
    }
    const listItem = /^([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (listItem) {
      flush();
      item = { kind: /\d/.test(listItem[1]!) ? 'numbered' : 'bullet', lines: [listItem[2]!] };
      continue;
    }
    if (item) item.lines.push(line);
    else paragraph.push(line);
  }
  flush();
  return blocks;
}

/** The first paragraphs of a lesson, up to about `maxWords` words: the speaker notes of its slide. */
export function openingParagraphs(blocks: readonly RemixBlock[], maxWords = 160): string[] {
  const out: string[] = [];
  let words = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    out.push(block.text);
    words += block.text.split(/\s+/).length;
    if (words >= maxWords) break;
  }
  return out;
}
