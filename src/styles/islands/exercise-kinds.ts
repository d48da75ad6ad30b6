// Each exercise kind's stylesheet, linked by ExerciseEmbed next to the one exercise it renders. The
// views cannot import their CSS: every view is imported by the registry (src/components/exercises/
// registry.ts), so Astro put all four kinds' rules (7.9 KB) on every page with an exercise, and on the
// practice index, which shows none. A page now loads only the sheet of the kind it shows.
import type { ExerciseKind } from '../../schemas/exercise';
import goalPicker from './goal-picker.css?url';
import ordering from './ordering.css?url';
import planBuilder from './plan-builder.css?url';
import sorting from './sorting.css?url';

export const exerciseKindStylesheets = {
  'goal-picker': goalPicker,
  ordering,
  sorting,
  'plan-builder': planBuilder,
} satisfies Record<ExerciseKind, string>;
