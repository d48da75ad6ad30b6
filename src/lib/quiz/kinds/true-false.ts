// True or false: a statement; its two options are always `true` and `false` (the ids the progress
// store keeps and Common Cartridge requires), shown True first. 1 point for the right one.
import { escapeGiftText } from '../../export/gift-text';
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
  label: 'true or false',
  choose: 'one',
  shuffles: false,
  keyListsOptions: false,
  options: trueFalseOptions,
  picked: knownChosen,
  answered: anyKnownChosen,
  gradeChoices: gradeOneOf,
  contentProblems: () => [],
  giftAnswerLines(q) {
    // GIFT's first feedback is shown for a wrong answer, the second for a right one (Moodle's rule).
    const [wrong, right] = q.answer ? [q.feedbackFalse, q.feedbackTrue] : [q.feedbackTrue, q.feedbackFalse];
    return [`\t${q.answer ? 'TRUE' : 'FALSE'} #${escapeGiftText(wrong)} #${escapeGiftText(right)}`];
  },
  qti: { profile: 'cc.true_false.v0p1', cardinality: 'Single', caseAttribute: false },
  guess: () => ['false'],
};
