// The glossary filter's rules: which entries a typed query keeps, and how the result is announced.
// Pure, so the page script and the unit tests share one definition.

/** Lower case without accents, so "Presse" finds "presse" and "cafe" finds "café". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en');
}

/** Whether an entry's searchable text holds every word of the query (an empty query keeps all). */
export function entryMatches(entryText: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const haystack = foldForSearch(entryText);
  return words.every((word) => haystack.includes(word));
}

/** The sentence a screen reader hears after each change of the query. */
export function matchCountMessage(shown: number, total: number, query: string): string {
  if (query.trim() === '') return `All ${total} terms shown.`;
  if (shown === 0) return `No terms match “${query.trim()}”.`;
  return `${shown} of ${total} terms match.`;
}
