// Select all that apply: one or more correct options, at least one wrong. Partial credit:
// max(0, (correct options ticked - wrong options ticked) / correct options), so every right tick earns
// its share, every wrong tick cancels one, and ticking everything earns 0.
import { anyKnownChosen, knownChosen, type QuestionKindRules, type QuestionOf } from './kind-rules';

export const multipleRules: QuestionKindRules<QuestionOf<'multiple'>> = {
  choose: 'many',
  shuffles: true,
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
};
