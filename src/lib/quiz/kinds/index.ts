// The question kinds, one room each, joined in one typed map: adding a kind to the schema fails to
// compile here until its rules exist, and every consumer reads the kind's rules through the functions
// below instead of testing `kind ===` itself. This map holds what the browser needs (showing and
// grading: the quiz island, the progress review); what only the build needs (answer keys, content
// checks, item-bank stats, GIFT, Common Cartridge) is the other half, in authoring.ts.
import type { Question, QuestionKind } from '../../../schemas/quiz';
import { seededShuffle } from '../seeded-shuffle';
import type { ChoiceOption, GradedChoice, QuestionKindRules, QuestionOf } from './kind-rules';
import { multipleRules } from './multiple';
import { matchingRules } from './matching';
import { numericRules } from './numeric';
import { singleRules } from './single';
import { trueFalseRules } from './true-false';

export type { ChoiceOption, GradedChoice, QtiShape, QuestionKindAuthoring, QuestionKindRules } from './kind-rules';

export const questionKinds: { [K in QuestionKind]: QuestionKindRules<QuestionOf<K>> } = {
  single: singleRules,
  multiple: multipleRules,
  'true-false': trueFalseRules,
  numeric: numericRules,
  matching: matchingRules,
};

/** The rules of a question's kind, typed for that question (the map's per-kind types cannot be indexed). */
export const rulesOf = (question: Question): QuestionKindRules => questionKinds[question.kind] as QuestionKindRules;

/** The rules every kind shares that do not depend on the question's own fields. */
export const kindRules = (kind: QuestionKind): Omit<QuestionKindRules, 'options'> => questionKinds[kind];

export const isQuestionKind = (value: unknown): value is QuestionKind =>
  typeof value === 'string' && Object.hasOwn(questionKinds, value);

/** A question's options in authored order (true-false: True, then False). */
export const questionOptions = (question: Question): ChoiceOption[] => rulesOf(question).options(question);

/** The options that are right: what answer keys, the no-JS answer and the review show. */
export const correctOptions = (question: Question): ChoiceOption[] =>
  questionOptions(question).filter((o) => o.correct);

/**
 * A question's options in display order for one attempt (1 = the first; the server renders it):
 * shuffled with a seed unique to the quiz, question and attempt, so each attempt brings a fresh
 * order while any given attempt (and every test) is reproducible.
 */
export function displayOptions(question: Question, quizSeed: string, attempt = 1): ChoiceOption[] {
  const options = questionOptions(question);
  const seed = `${quizSeed}/${question.id}/attempt-${attempt}`;
  return rulesOf(question).shuffles ? seededShuffle(options, seed) : options;
}

export const choiceMode = (question: Question): QuestionKindRules['choose'] => rulesOf(question).choose;

/** Score in [0, 1] of the chosen option ids over options of the given kind. */
export const gradeChoices = (kind: QuestionKind, options: readonly GradedChoice[], chosen: readonly string[]) =>
  kindRules(kind).gradeChoices(options, chosen);

export const gradeQuestion = (question: Question, chosen: readonly string[]): number =>
  gradeChoices(question.kind, questionOptions(question), chosen);

/** The ids of the options a saved answer picks, with the kind's rules (empty: unanswered). */
export const pickedOptions = (kind: QuestionKind, options: readonly GradedChoice[], chosen: readonly string[]) =>
  kindRules(kind).picked(options, chosen);

/** Answered means the saved answer picks an option (a known id, or a typed figure that parses). */
export const isAnswered = (question: Question, chosen: readonly string[] | undefined): boolean =>
  answeredWith(question.kind, questionOptions(question), chosen ?? []);

export const answeredWith = (kind: QuestionKind, options: readonly GradedChoice[], chosen: readonly string[]) =>
  kindRules(kind).answered(options, chosen);
