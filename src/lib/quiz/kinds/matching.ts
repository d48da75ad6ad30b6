// Matching: each left item gets one right-hand text from a list. Partial credit: the share of left
// items matched rightly (3 of 4 right earns 0.75); a wrong match costs only its own share, and an
// unmatched item earns nothing. The saved answer is one `leftPairId:rightPairId` entry per match.
// Its options are the pairs themselves (all correct: the right match of each left item), so answer
// keys list "left → right"; "picked" are the pairs matched rightly.
import { escapeGiftText } from '../../export/gift-text';
import {
  duplicateIds,
  type ChoiceOption,
  type GradedChoice,
  type QuestionKindRules,
  type QuestionOf,
} from './kind-rules';

type Matching = QuestionOf<'matching'>;

/** One saved match: which right-hand text (named by its pair) the learner gave to a left item. */
export const matchEntry = (leftPairId: string, rightPairId: string) => `${leftPairId}:${rightPairId}`;

/** The learner's matches, left pair id -> right pair id (the first entry for a left item counts). */
export function matchesOf(chosen: readonly string[]): Map<string, string> {
  const matches = new Map<string, string>();
  for (const entry of chosen) {
    const [left, right, extra] = entry.split(':');
    if (left && right && extra === undefined && !matches.has(left)) matches.set(left, right);
  }
  return matches;
}

export const matchingOptions = (q: Matching): ChoiceOption[] =>
  q.pairs.map((p) => ({ id: p.id, text: `${p.left} → ${p.right}`, correct: true, feedback: p.feedback }));

const pickedRightly = (options: readonly GradedChoice[], chosen: readonly string[]) => {
  const matches = matchesOf(chosen);
  return options.filter((o) => matches.get(o.id) === o.id).map((o) => o.id);
};

/** GIFT matching reads "->" as the separator and has no escape for it. */
const ARROW = '->';

export const matchingRules: QuestionKindRules<Matching> = {
  label: 'match the pairs',
  choose: 'match',
  shuffles: false,
  keyListsOptions: false,
  options: matchingOptions,
  picked: pickedRightly,
  answered(options, chosen) {
    const ids = new Set(options.map((o) => o.id));
    return [...matchesOf(chosen)].some(([left, right]) => ids.has(left) && ids.has(right));
  },
  gradeChoices: (options, chosen) =>
    options.length === 0 ? 0 : pickedRightly(options, chosen).length / options.length,
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
