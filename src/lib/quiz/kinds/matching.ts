// Matching: each left item gets one right-hand text from a list. Partial credit: the share of left
// items matched rightly (3 of 4 right earns 0.75); a wrong match costs only its own share, and an
// unmatched item earns nothing. The saved answer is one `leftPairId:rightPairId` entry per match.
// Its options are the pairs themselves (all correct: the right match of each left item), so answer
// keys list "left → right"; "picked" are the pairs matched rightly.
import type { ChoiceOption, GradedChoice, QuestionKindRules, QuestionOf } from './kind-rules';

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

export const matchingRules: QuestionKindRules<Matching> = {
  choose: 'match',
  shuffles: false,
  options: matchingOptions,
  picked: pickedRightly,
  answered(options, chosen) {
    const ids = new Set(options.map((o) => o.id));
    return [...matchesOf(chosen)].some(([left, right]) => ids.has(left) && ids.has(right));
  },
  gradeChoices: (options, chosen) =>
    options.length === 0 ? 0 : pickedRightly(options, chosen).length / options.length,
};
