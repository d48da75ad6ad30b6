// Numeric, build half: content rules, GIFT lines, why cartridges leave it out, the guesser's pick.
import { escapeGiftText } from '../../export/gift-text';
import { withinTolerance } from '../parse-number';
import type { QuestionKindAuthoring, QuestionOf } from './kind-rules';

export const numericAuthoring: QuestionKindAuthoring<QuestionOf<'numeric'>> = {
  label: 'a number',
  keyListsOptions: false,
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
