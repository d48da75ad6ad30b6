// The components lesson MDX may use without importing them (see docs/authoring.md).
import Term from './Term.astro';
import Example from './Example.astro';
import Callout from './Callout.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import LessonLink from './LessonLink.astro';
import ScrollTable from './ScrollTable.astro';
import Diagram from './diagrams/Diagram.astro';

// <Exercise id="..." /> is not here: a lesson that embeds an exercise imports ExerciseEmbed.astro itself, so
// only that lesson's page carries exercise styles (an import in an entry travels with the entry).
// <Diagram name="..." /> draws one of the inline SVG diagrams in diagrams/ (names in diagrams/texts.ts).
// Markdown tables become ScrollTable: they scroll sideways, with a cue, on narrow screens.
export const lessonComponents = {
  Term,
  Example,
  Callout,
  KeyTakeaways,
  LessonLink,
  table: ScrollTable,
  Diagram,
};
