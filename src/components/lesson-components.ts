// The components lesson MDX may use without importing them (see docs/authoring.md).
import Term from './Term.astro';
import Example from './Example.astro';
import Callout from './Callout.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import LessonLink from './LessonLink.astro';
import ExerciseEmbed from './ExerciseEmbed.astro';

export const lessonComponents = { Term, Example, Callout, KeyTakeaways, LessonLink, ExerciseEmbed };
