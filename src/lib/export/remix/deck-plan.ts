// What a module's slide deck says, slide by slide, as plain data: the pptx writer (pptx-deck.ts)
// only lays it out, so the order and wording are tested without opening a presentation.
import type { ModuleView } from '../../content/course';
import { attributionLine, CONTENT_LICENCE, REUSE_TERMS } from '../attribution';
import { mdxBlocks, openingParagraphs } from '../../content/mdx-blocks';

export interface PlannedSlide {
  title: string;
  /** A line under the title (the module summary, a lesson's description). */
  lead?: string;
  bullets: string[];
  /** Speaker notes, plain text. */
  notes?: string;
  /** Name of a diagram the slide refers to (src/diagrams), when its lesson uses one. */
  diagrams: string[];
}

/** Headings a reader sees as the lesson's key ideas: not the closing boxes. */
const NOT_KEY_IDEAS = /^(key takeaways|sources|check your understanding|summary)$/i;

/** `bodies`: each lesson's MDX body by lesson id (the course view keeps only what pages need). */
export function deckPlan(module: ModuleView, courseTitle: string, bodies: ReadonlyMap<string, string>): PlannedSlide[] {
  const { data } = module;
  const slides: PlannedSlide[] = [
    {
      title: `Module ${module.number}: ${data.title}`,
      lead: courseTitle,
      bullets: [data.summary],
      diagrams: [],
    },
    { title: 'Objectives', bullets: [...data.objectives], diagrams: [] },
  ];
  for (const lesson of module.lessons) {
    const blocks = mdxBlocks(bodies.get(lesson.id) ?? '');
    const ideas = blocks.flatMap((b) =>
      b.kind === 'heading' && b.level === 2 && !NOT_KEY_IDEAS.test(b.text) ? [b.text] : [],
    );
    const objectives = lesson.data.objectives.map((o) => o.text);
    slides.push({
      title: lesson.data.title,
      lead: lesson.data.description,
      bullets: ideas,
      notes: [`Objectives: ${objectives.join(' ')}`, ...openingParagraphs(blocks)].join('\n\n'),
      diagrams: blocks.flatMap((b) => (b.kind === 'diagram' ? [b.name] : [])),
    });
  }
  if (data.discussion && data.discussion.length > 0)
    slides.push({ title: 'Discussion', bullets: [...data.discussion], diagrams: [] });
  if (data.activity) slides.push({ title: 'In-class activity', bullets: [data.activity], diagrams: [] });
  slides.push({
    title: 'Licence and credit',
    bullets: [attributionLine(courseTitle), REUSE_TERMS, `Licence: ${CONTENT_LICENCE.url}`],
    diagrams: [],
  });
  return slides;
}
