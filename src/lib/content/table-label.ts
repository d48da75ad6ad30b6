// The accessible name of a lesson table's scroll region (components/ScrollTable.astro): its column
// headings, so a screen reader says what the region holds before the learner enters it.

const stripTags = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** "Table: Approach, What it joins" from the header cells of the table's first row; "Table" if none. */
export function tableLabel(tableHtml: string): string {
  const firstRow = /<tr\b[^>]*>([\s\S]*?)<\/tr>/i.exec(tableHtml)?.[1] ?? '';
  const headings = [...firstRow.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/gi)]
    .map((m) => stripTags(m[1] ?? ''))
    .filter(Boolean);
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}
