// Select all that apply, build half: content rules, answer key, GIFT and QTI, the guesser's pick.
import { escapeGiftText, giftWeight } from '../../export/gift-text';
import { duplicateIds, shortestOption, type QuestionKindAuthoring, type QuestionOf } from './kind-rules';

export const multipleAuthoring: QuestionKindAuthoring<QuestionOf<'multiple'>> = {
  label: 'all that apply',
  keyListsOptions: true,
  contentProblems(q) {
    const correct = q.options.filter((o) => o.correct).length;
    return [
      ...duplicateIds(q.options.map((o) => o.id)).map((id) => `has option id '${id}' more than once`),
      ...(correct < 1 ? ['has no correct option; at least 1 expected'] : []),
      ...(correct === q.options.length ? ['marks every option correct; at least 1 wrong option expected'] : []),
    ];
  },
  giftAnswerLines(q) {
    // Correct options share +100%, wrong ones share -100%, so ticking everything scores 0.
    // No '=' at all: that is how Moodle knows the learner may tick several.
    const correctCount = q.options.filter((o) => o.correct).length;
    const wrongCount = q.options.length - correctCount;
    return q.options.map((o) => {
      const weight = o.correct ? 100 / correctCount : -100 / wrongCount;
      return `\t~%${giftWeight(weight)}%${escapeGiftText(o.text)} #${escapeGiftText(o.feedback)}`;
    });
  },
  qti: { profile: 'cc.multiple_response.v0p1', cardinality: 'Multiple', caseAttribute: true },
  guess(shown) {
    const shortest = shortestOption(shown);
    return shown.filter((o) => o !== shortest).map((o) => o.id);
  },
};
