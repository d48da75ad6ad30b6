// The rules of each question kind, in one typed map: adding a kind to the schema fails to compile
// until it says how its options are listed, shuffled, graded and considered answered.
//
// Grading:
// - single and true-false: 1 point when the chosen option is the correct one, else 0.
// - multiple (partial credit): max(0, (correct options ticked - wrong options ticked) / correct options),
//   so every right tick earns its share, every wrong tick cancels one, and ticking everything earns 0.
import type { Question, QuestionKind } from '../../schemas/quiz';
import { seededShuffle } from './seeded-shuffle';

/** An option as the learner sees it, whatever the question kind. */
export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
}

interface QuestionRules<Q extends Question> {
  /** 'one' renders radios, 'many' checkboxes. */
  choose: 'one' | 'many';
  options(question: Q): ChoiceOption[];
  shuffles: boolean;
  /** Score in [0, 1] for the chosen option ids (unknown ids are ignored). */
  grade(question: Q, chosen: readonly string[]): number;
}

type RulesMap = { [K in QuestionKind]: QuestionRules<Extract<Question, { kind: K }>> };

const gradeOne = (options: ChoiceOption[], chosen: readonly string[]) => {
  const picked = options.filter((o) => chosen.includes(o.id));
  return picked.length === 1 && picked[0]!.correct ? 1 : 0;
};

export const questionRules: RulesMap = {
  single: {
    choose: 'one',
    shuffles: true,
    options: (q) => q.options,
    grade: (q, chosen) => gradeOne(q.options, chosen),
  },
  'true-false': {
    choose: 'one',
    shuffles: false,
    options: (q) => [
      { id: 'true', text: 'True', correct: q.answer, feedback: q.feedbackTrue },
      { id: 'false', text: 'False', correct: !q.answer, feedback: q.feedbackFalse },
    ],
    grade: (q, chosen) => gradeOne(questionRules['true-false'].options(q), chosen),
  },
  multiple: {
    choose: 'many',
    shuffles: true,
    options: (q) => q.options,
    grade: (q, chosen) => {
      const ticked = q.options.filter((o) => chosen.includes(o.id));
      const right = ticked.filter((o) => o.correct).length;
      const wrong = ticked.length - right;
      const total = q.options.filter((o) => o.correct).length;
      return total === 0 ? 0 : Math.max(0, (right - wrong) / total);
    },
  },
};

/** A question's options in authored order (true-false: True, then False). */
export function questionOptions(question: Question): ChoiceOption[] {
  return (questionRules[question.kind] as QuestionRules<Question>).options(question);
}

/**
 * A question's options in display order for one attempt (1 = the first; the server renders it):
 * shuffled with a seed unique to the quiz, question and attempt, so each attempt brings a fresh
 * order while any given attempt (and every test) is reproducible.
 */
export function displayOptions(question: Question, quizSeed: string, attempt = 1): ChoiceOption[] {
  const options = questionOptions(question);
  const seed = `${quizSeed}/${question.id}/attempt-${attempt}`;
  return questionRules[question.kind].shuffles ? seededShuffle(options, seed) : options;
}

export const choiceMode = (question: Question): 'one' | 'many' => questionRules[question.kind].choose;

export function gradeQuestion(question: Question, chosen: readonly string[]): number {
  return (questionRules[question.kind] as QuestionRules<Question>).grade(question, chosen);
}

/** Answered means at least one known option is chosen. */
export function isAnswered(question: Question, chosen: readonly string[] | undefined): boolean {
  const ids = questionOptions(question).map((o) => o.id);
  return (chosen ?? []).some((id) => ids.includes(id));
}
