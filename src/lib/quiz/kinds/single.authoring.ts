// Single answer, build half: content rules, answer key, GIFT and QTI, the guesser's pick.
import { escapeGiftText } from '../../export/gift-text';
import { duplicateIds, longestOption, type QuestionKindAuthoring, type QuestionOf } from './kind-rules';

export const singleAuthoring: QuestionKindAuthoring<QuestionOf<'single'>> = {
  label: 'one answer',
  keyListsOptions: true,
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
