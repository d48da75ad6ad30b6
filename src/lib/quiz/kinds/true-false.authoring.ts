// True or false, build half: answer key, GIFT and QTI, the guesser's pick (no content rules beyond the schema).
import { escapeGiftText } from '../../export/gift-text';
import type { QuestionKindAuthoring, QuestionOf } from './kind-rules';

export const trueFalseAuthoring: QuestionKindAuthoring<QuestionOf<'true-false'>> = {
  label: 'true or false',
  keyListsOptions: false,
  contentProblems: () => [],
  giftAnswerLines(q) {
    // GIFT's first feedback is shown for a wrong answer, the second for a right one (Moodle's rule).
    const [wrong, right] = q.answer ? [q.feedbackFalse, q.feedbackTrue] : [q.feedbackTrue, q.feedbackFalse];
    return [`\t${q.answer ? 'TRUE' : 'FALSE'} #${escapeGiftText(wrong)} #${escapeGiftText(right)}`];
  },
  qti: { profile: 'cc.true_false.v0p1', cardinality: 'Single', caseAttribute: false },
  guess: () => ['false'],
};
