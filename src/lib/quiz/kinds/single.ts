// Single answer: exactly one correct option; the learner picks one. 1 point for the correct one, else 0.
import { anyKnownChosen, knownChosen, gradeOneOf, type QuestionKindRules, type QuestionOf } from './kind-rules';

export const singleRules: QuestionKindRules<QuestionOf<'single'>> = {
  choose: 'one',
  shuffles: true,
  options: (q) => q.options,
  picked: knownChosen,
  answered: anyKnownChosen,
  gradeChoices: gradeOneOf,
};
