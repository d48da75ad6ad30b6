// Numeric: the learner types a figure (media and funnel maths: CPM, GRPs, conversion rates, ROI,
// budget shares). Right when it lies within the tolerance of the answer: 1 point, else 0 (no partial
// credit: a figure is right or it is not). A typed figure that lands on one of the authored common
// mistakes gets that mistake's feedback; any other figure gets the general "how to work it out".
// The saved answer is the text as typed (so the learner sees it again), read by parseNumber.
import { escapeGiftText } from '../../export/gift-text';
import { parseNumber, withinTolerance } from '../parse-number';
import type { ChoiceOption, GradedChoice, QuestionKindRules, QuestionOf } from './kind-rules';

type Numeric = QuestionOf<'numeric'>;

const figureFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A figure as the course writes it: "1,200", "12.5 %" stays "12.5%", other units after a space. */
export function figureText(value: number, unit?: string): string {
  const figure = figureFormat.format(value);
  if (!unit) return figure;
  return unit === '%' ? `${figure}%` : `${figure} ${unit}`;
}

export const ANY_OTHER_FIGURE = 'other';

/** The answer, each common mistake, then "any other figure": what keys, feedback and review list. */
export function numericOptions(q: Numeric): ChoiceOption[] {
  const range = q.tolerance > 0 ? ` (± ${figureText(q.tolerance, q.unit)})` : '';
  return [
    {
      id: 'answer',
      text: `${figureText(q.answer, q.unit)}${range}`,
      correct: true,
      feedback: q.feedbackCorrect,
      value: q.answer,
      tolerance: q.tolerance,
    },
    ...q.mistakes.map((m, i) => ({
      id: `mistake-${i + 1}`,
      text: figureText(m.value, q.unit),
      correct: false,
      feedback: m.feedback,
      value: m.value,
      tolerance: q.tolerance,
    })),
    { id: ANY_OTHER_FIGURE, text: 'Any other figure', correct: false, feedback: q.feedbackWrong },
  ];
}

/** The option a typed figure lands on: the answer first, then a mistake, else "any other figure". */
function pickedByFigure(options: readonly GradedChoice[], chosen: readonly string[]): string[] {
  const value = parseNumber(chosen[0] ?? '');
  if (value === undefined) return [];
  const hit = options.find((o) => o.value !== undefined && withinTolerance(value, o.value, o.tolerance ?? 0));
  return [hit?.id ?? ANY_OTHER_FIGURE];
}

export const numericRules: QuestionKindRules<Numeric> = {
  label: 'a number',
  choose: 'number',
  shuffles: false,
  keyListsOptions: false,
  options: numericOptions,
  picked: pickedByFigure,
  answered: (options, chosen) => pickedByFigure(options, chosen).length > 0,
  gradeChoices(options, chosen) {
    const [id] = pickedByFigure(options, chosen);
    return options.some((o) => o.id === id && o.correct) ? 1 : 0;
  },
  contentProblems(q) {
    const values = q.mistakes.map((m) => m.value);
    return q.mistakes.flatMap((m, i) => [
      ...(withinTolerance(m.value, q.answer, q.tolerance)
        ? [`has mistake ${i + 1} (${m.value}) within the tolerance of the answer ${q.answer}`]
        : []),
      ...(values.indexOf(m.value) < i ? [`lists the mistake ${m.value} more than once`] : []),
    ]);
  },
  giftAnswerLines(q) {
    // GIFT numeric: '#' right after the brace, then weighted figures with their tolerance. Moodle has no
    // "any other figure" answer, so feedbackWrong is not carried; the explanation is the general feedback.
    const figure = (value: number) => `${value}:${q.tolerance}`;
    return [
      '#',
      `\t=%100%${figure(q.answer)}#${escapeGiftText(q.feedbackCorrect)}`,
      ...q.mistakes.map((m) => `\t=%0%${figure(m.value)}#${escapeGiftText(m.feedback)}`),
    ];
  },
  qti: {
    omitted:
      'Numeric answers: the Common Cartridge 1.1 profile has no numeric question type (only multiple choice, ' +
      'multiple response, true/false, fill in the blank and essay), so numeric questions are left out of the ' +
      'cartridge quizzes. Import the GIFT question bank (exports/gift/) into Moodle to get them, with their tolerance.',
  },
  guess: () => [],
};
