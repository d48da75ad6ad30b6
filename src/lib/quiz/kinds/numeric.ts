// Numeric: the learner types a figure (media and funnel maths: CPM, GRPs, conversion rates, ROI,
// budget shares). Right when it lies within the tolerance of the answer: 1 point, else 0 (no partial
// credit: a figure is right or it is not). A typed figure that lands on one of the authored common
// mistakes gets that mistake's feedback; any other figure gets the general "how to work it out".
// The saved answer is the text as typed (so the learner sees it again), read by parseNumber.
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
  choose: 'number',
  shuffles: false,
  options: numericOptions,
  picked: pickedByFigure,
  answered: (options, chosen) => pickedByFigure(options, chosen).length > 0,
  gradeChoices(options, chosen) {
    const [id] = pickedByFigure(options, chosen);
    return options.some((o) => o.id === id && o.correct) ? 1 : 0;
  },
};
