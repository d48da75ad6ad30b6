// The components lesson MDX may use without importing them (see docs/authoring.md).
import Term from './Term.astro';
import Example from './Example.astro';
import Callout from './Callout.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import LessonLink from './LessonLink.astro';
import ExerciseEmbed from './ExerciseEmbed.astro';
import ScrollTable from './ScrollTable.astro';
import Diagram from './diagrams/Diagram.astro';

// <Exercise id="..." /> embeds a practice exercise in the lesson itself.
// <Diagram name="..." /> draws one of the inline SVG diagrams in diagrams/ (names in diagrams/texts.ts).
// Markdown tables become ScrollTable: they scroll sideways, with a cue, on narrow screens.
export const lessonComponents = {
  Term,
  Example,
  Callout,
  KeyTakeaways,
  LessonLink,
  Exercise: ExerciseEmbed,
  table: ScrollTable,
  Diagram,
};
