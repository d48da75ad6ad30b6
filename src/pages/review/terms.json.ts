// The glossary as the review cards show it (term and definition), one static file that /review/
// fetches only when a glossary term is due.
import type { APIRoute } from 'astro';
import { getCourse } from '../../collections';
import type { ReviewTerm } from '../../lib/review/review-terms';

export const GET: APIRoute = async () => {
  const { glossary } = await getCourse();
  const terms: ReviewTerm[] = glossary.map((entry) => ({
    id: entry.id,
    term: entry.term,
    definition: entry.definition,
  }));
  return new Response(JSON.stringify({ terms }), { headers: { 'Content-Type': 'application/json' } });
};
