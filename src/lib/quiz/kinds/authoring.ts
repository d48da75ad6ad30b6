// The build half of every question kind (answer-key label, content rules, GIFT lines, QTI shape, the
// guesser's pick), joined in one typed map like index.ts: a kind added to the schema does not compile
// until its `<kind>.authoring.ts` exists. Nothing the browser loads imports this file (the quiz island
// reads index.ts only), so none of it ships with the quiz; the import-graph test holds that.
import type { Question, QuestionKind } from '../../../schemas/quiz';
import type { QuestionKindAuthoring, QuestionOf } from './kind-rules';
import { matchingAuthoring } from './matching.authoring';
import { multipleAuthoring } from './multiple.authoring';
import { numericAuthoring } from './numeric.authoring';
import { singleAuthoring } from './single.authoring';
import { trueFalseAuthoring } from './true-false.authoring';

export const questionKindsAuthoring = {
  single: singleAuthoring,
  multiple: multipleAuthoring,
  'true-false': trueFalseAuthoring,
  numeric: numericAuthoring,
  matching: matchingAuthoring,
} satisfies { [K in QuestionKind]: QuestionKindAuthoring<QuestionOf<K>> };

/** The build half of a question's kind, typed for that question (the map's per-kind types cannot be indexed). */
export const authoringOf = (question: Question): QuestionKindAuthoring =>
  questionKindsAuthoring[question.kind] as QuestionKindAuthoring;
