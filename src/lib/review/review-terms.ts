// Glossary terms as review cards show them, and the check of the fetched file (it could be stale or foreign).
export interface ReviewTerm {
  id: string;
  term: string;
  definition: string;
}

export function termsFromFile(value: unknown): Map<string, ReviewTerm> | undefined {
  const terms = (value as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(terms)) return undefined;
  const valid = terms.every(
    (t: ReviewTerm) => typeof t?.id === 'string' && typeof t.term === 'string' && typeof t.definition === 'string',
  );
  return valid ? new Map((terms as ReviewTerm[]).map((t) => [t.id, t])) : undefined;
}
