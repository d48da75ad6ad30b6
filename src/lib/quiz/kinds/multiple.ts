// Select all that apply: one or more correct options, at least one wrong. Partial credit:
// max(0, (correct options ticked - wrong options ticked) / correct options), so every right tick earns
// its share, every wrong tick cancels one, and ticking everything earns 0.
import { escapeGiftText, giftWeight } from '../../export/gift-text';
import {
  duplicateIds,
  anyKnownChosen,
  knownChosen,
  shortestOption,
  type QuestionKindRules,
  type QuestionOf,
} from './kind-rules';

export const multipleRules: QuestionKindRules<QuestionOf<'multiple'>> = {
  label: 'all that apply',
  choose: 'many',
  shuffles: true,
  keyListsOptions: true,
  options: (q) => q.options,
  picked: knownChosen,
  answered: anyKnownChosen,
  gradeChoices(options, chosen) {
    const ticked = options.filter((o) => chosen.includes(o.id));
    const right = ticked.filter((o) => o.correct).length;
    const wrong = ticked.length - right;
    const total = options.filter((o) => o.correct).length;
    return total === 0 ? 0 : Math.max(0, (right - wrong) / total);
  },
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
