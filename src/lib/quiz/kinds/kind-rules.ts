// What every question kind must say about itself, in two halves: `<kind>.ts` (shown and graded: what
// the browser loads) and `<kind>.authoring.ts` (keyed, checked and exported: build only). The registries
// in index.ts and authoring.ts map every QuestionKind to each half, so a kind added to the schema does
// not compile until it says both.
import type { Question, QuestionKind } from '../../../schemas/quiz';

/** An option as the learner sees it, whatever the question kind. */
export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
  /** Numeric kinds: a typed figure within `tolerance` of `value` picks this option. */
  value?: number;
  tolerance?: number;
}

/** What grading needs of an option: the progress review ships only this (no feedback). */
export type GradedChoice = Pick<ChoiceOption, 'id' | 'correct' | 'value' | 'tolerance'>;

/** How a kind travels in a Common Cartridge 1.1 QTI item. */
export interface QtiShape {
  /** The CC profile's own name for the kind; Moodle drops any other value. */
  profile: string;
  cardinality: 'Single' | 'Multiple';
  /** Whether `varequal` carries case="Yes" (the layout Moodle's importer reads for multiple response). */
  caseAttribute: boolean;
}

/** What the learner's browser needs of a kind: how it is shown and graded (the quiz island, the review). */
export interface QuestionKindRules<Q extends Question = Question> {
  /** 'one' renders radios, 'many' checkboxes, 'number' a text box, 'match' a list per left item. */
  choose: 'one' | 'many' | 'number' | 'match';
  /** Whether the options are shown in a fresh order per attempt (true/false stays True, False). */
  shuffles: boolean;
  /** The options in authored order. */
  options(question: Q): ChoiceOption[];
  /**
   * The ids of the options the saved answer picks: the known chosen ids for choice kinds, the option
   * a typed figure lands on for numeric ones. Nothing picked means unanswered.
   */
  picked(options: readonly GradedChoice[], chosen: readonly string[]): string[];
  /** Whether the saved answer says anything gradable (unanswered questions are reported as such). */
  answered(options: readonly GradedChoice[], chosen: readonly string[]): boolean;
  /** Score in [0, 1] for the saved answer over the kind's options (unknown ids are ignored). */
  gradeChoices(options: readonly GradedChoice[], chosen: readonly string[]): number;
}

/**
 * What only the build needs of a kind (answer keys, content checks, item-bank stats, LMS exports), kept
 * in `<kind>.authoring.ts` beside the kind so none of it ships to the browser with the quiz island.
 */
export interface QuestionKindAuthoring<Q extends Question = Question> {
  /** How answer keys name the kind, in brackets after the stem. */
  label: string;
  /** Whether the instructor's answer key lists every option with its verdict. */
  keyListsOptions: boolean;
  /** Content rules beyond the schema, as sentences that follow "question 'id' (kind)". */
  contentProblems(question: Q): string[];
  /** The answer block of a GIFT question, one line each (without the braces and general feedback). */
  giftAnswerLines(question: Q): string[];
  /** How it travels in a cartridge, or why the CC 1.1 profile cannot carry it (the item is left out). */
  qti: QtiShape | { omitted: string };
  /** What a learner who never reads picks among the shown options (the item-bank guesser gate). */
  guess(shown: readonly ChoiceOption[]): string[];
}

export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;

/** 1 point when exactly one known option is chosen and it is correct, else 0. */
export function gradeOneOf(options: readonly GradedChoice[], chosen: readonly string[]): number {
  const picked = options.filter((o) => chosen.includes(o.id));
  return picked.length === 1 && picked[0]!.correct ? 1 : 0;
}

/** The chosen ids that name one of the options (choice kinds). */
export const knownChosen = (options: readonly GradedChoice[], chosen: readonly string[]) =>
  chosen.filter((id, i) => chosen.indexOf(id) === i && options.some((o) => o.id === id));

/** Answered when at least one chosen id names an option (choice kinds). */
export const anyKnownChosen = (options: readonly GradedChoice[], chosen: readonly string[]) =>
  knownChosen(options, chosen).length > 0;

export function duplicateIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

export const longestOption = (shown: readonly ChoiceOption[]) =>
  shown.reduce((best, o) => (o.text.length > best.text.length ? o : best));

export const shortestOption = (shown: readonly ChoiceOption[]) =>
  shown.reduce((best, o) => (o.text.length < best.text.length ? o : best));
