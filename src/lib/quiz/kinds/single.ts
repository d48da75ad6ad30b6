// Single answer: exactly one correct option; the learner picks one. 1 point for the correct one, else 0.
import { escapeGiftText } from '../../export/gift-text';
import {
  anyKnownChosen,
  duplicateIds,
  knownChosen,
  gradeOneOf,
  longestOption,
  type QuestionKindRules,
  type QuestionOf,
} from './kind-rules';

export const singleRules: QuestionKindRules<QuestionOf<'single'>> = {
  label: 'one answer',
  choose: 'one',
  shuffles: true,
  keyListsOptions: true,
  options: (q) => q.options,
  picked: knownChosen,
  answered: anyKnownChosen,
  gradeChoices: gradeOneOf,
  contentProblems(q) {
    const correct = q.options.filter((o) => o.correct).length;
    return [
      ...duplicateIds(q.options.map((o) => o.id)).map((id) => `has option id '${id}' more than once`),
      ...(correct === 1 ? [] : [`has ${correct} correct options; exactly 1 expected`]),
    ];
  },
  giftAnswerLines: (q) =>
    q.options.map((o) => `\t${o.correct ? '=' : '~'}${escapeGiftText(o.text)} #${escapeGiftText(o.feedback)}`),
  qti: { profile: 'cc.multiple_choice.v0p1', cardinality: 'Single', caseAttribute: false },
  guess: (shown) => [longestOption(shown).id],
};
