// True or false: a statement; its two options are always `true` and `false` (the ids the progress
// store keeps and Common Cartridge requires), shown True first. 1 point for the right one.
import {
  gradeOneOf,
  anyKnownChosen,
  knownChosen,
  type ChoiceOption,
  type QuestionKindRules,
  type QuestionOf,
} from './kind-rules';

type TrueFalse = QuestionOf<'true-false'>;

/** The one place a true/false statement becomes its two options. */
export function trueFalseOptions(q: TrueFalse): ChoiceOption[] {
  return [
    { id: 'true', text: 'True', correct: q.answer, feedback: q.feedbackTrue },
    { id: 'false', text: 'False', correct: !q.answer, feedback: q.feedbackFalse },
  ];
}

export const trueFalseRules: QuestionKindRules<TrueFalse> = {
  choose: 'one',
  shuffles: false,
  options: trueFalseOptions,
  picked: knownChosen,
  answered: anyKnownChosen,
  gradeChoices: gradeOneOf,
};
