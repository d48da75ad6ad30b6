// Matching, build half: content rules, GIFT lines, why cartridges leave it out, the guesser's pick.
import { escapeGiftText } from '../../export/gift-text';
import { duplicateIds, type QuestionKindAuthoring, type QuestionOf } from './kind-rules';
import { matchEntry } from './matching';

/** GIFT matching reads "->" as the separator and has no escape for it. */
const ARROW = '->';

export const matchingAuthoring: QuestionKindAuthoring<QuestionOf<'matching'>> = {
  label: 'match the pairs',
  keyListsOptions: false,
  contentProblems(q) {
    const rights = q.pairs.map((p) => p.right);
    return [
      ...duplicateIds(q.pairs.map((p) => p.id)).map((id) => `has pair id '${id}' more than once`),
      ...duplicateIds(rights).map((text) => `offers the right-hand text '${text}' more than once`),
      ...q.pairs
        .filter((p) => p.left.includes(ARROW) || p.right.includes(ARROW))
        .map((p) => `has '${ARROW}' in pair '${p.id}' (GIFT cannot carry it)`),
    ];
  },
  // Moodle matching takes no per-pair feedback: the pairs' reasons travel in the explanation instead.
  giftAnswerLines: (q) => q.pairs.map((p) => `\t=${escapeGiftText(p.left)} -> ${escapeGiftText(p.right)}`),
  qti: {
    omitted:
      'Matching: the Common Cartridge 1.1 profile has no matching question type, so matching questions are ' +
      'left out of the cartridge quizzes. Import the GIFT question bank (exports/gift/) into Moodle to get them.',
  },
  // A guesser who never reads gives every left item the first text in the list.
  guess(shown) {
    const first = [...shown].sort((a, b) => a.text.localeCompare(b.text))[0];
    return first ? shown.map((o) => matchEntry(o.id, first.id)) : [];
  },
};
