// Case sets: a scenario followed by several items. Anything that orders, draws or prints a quiz's
// questions goes through questionUnits, so a case's items always travel together and in order (the
// quiz island, the answer keys, the exports, and exam mode when it draws a pool of units).
import type { Question, Quiz, QuizCase } from '../../schemas/quiz';

/** One thing a quiz shows: a lone question, or a whole case with its items in authored order. */
export type QuestionUnit =
  | { kind: 'question'; question: Question }
  | { kind: 'case'; case: QuizCase; questions: Question[] };

type CasedQuiz = Pick<Quiz, 'questions' | 'cases'>;

/**
 * The quiz as units, in authored order. A case unit sits where its first item stands and gathers
 * all its items (the content rules keep them contiguous; if they were not, they would still be kept
 * together rather than split). An item naming an unknown case is shown as a lone question.
 */
export function questionUnits(quiz: CasedQuiz): QuestionUnit[] {
  const casesById = new Map((quiz.cases ?? []).map((c) => [c.id, c]));
  const units: QuestionUnit[] = [];
  const caseUnits = new Map<string, Extract<QuestionUnit, { kind: 'case' }>>();
  for (const question of quiz.questions) {
    const found = question.case ? casesById.get(question.case) : undefined;
    if (!found) {
      units.push({ kind: 'question', question });
      continue;
    }
    const existing = caseUnits.get(found.id);
    if (existing) existing.questions.push(question);
    else {
      const unit = { kind: 'case' as const, case: found, questions: [question] };
      caseUnits.set(found.id, unit);
      units.push(unit);
    }
  }
  return units;
}

/** The questions of some units in the order they are shown. */
export const unitQuestions = (units: readonly QuestionUnit[]): Question[] =>
  units.flatMap((unit) => (unit.kind === 'case' ? unit.questions : [unit.question]));

/**
 * Blocks for a printed key: a case with its items, or a run of lone questions between cases; each
 * knows the number of its first question (1-based) so the numbering runs on across blocks.
 */
export interface KeyBlock {
  case?: QuizCase;
  start: number;
  questions: Question[];
}

export function keyBlocks(quiz: CasedQuiz): KeyBlock[] {
  const blocks: KeyBlock[] = [];
  let next = 1;
  for (const unit of questionUnits(quiz)) {
    const last = blocks.at(-1);
    if (unit.kind === 'question' && last && !last.case) last.questions.push(unit.question);
    else if (unit.kind === 'question') blocks.push({ start: next, questions: [unit.question] });
    else blocks.push({ case: unit.case, start: next, questions: [...unit.questions] });
    next += unit.kind === 'case' ? unit.questions.length : 1;
  }
  return blocks;
}

/** A scenario's paragraphs: split on blank lines, inner line breaks joined with a space. */
export const scenarioParagraphs = (scenario: string): string[] =>
  scenario
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);

/** A scenario as one plain-text block (exports that cannot carry paragraphs). */
export const scenarioText = (scenario: string): string => scenarioParagraphs(scenario).join('\n\n');

/** The case a question belongs to, if it names one the quiz declares. */
export const caseOf = (quiz: CasedQuiz, question: Question): QuizCase | undefined =>
  question.case ? (quiz.cases ?? []).find((c) => c.id === question.case) : undefined;

/**
 * Content rules for case sets, as sentences that follow the file name: unique case ids, every
 * `case` names a declared case, each case has at least 2 items, and a case's items are contiguous.
 */
export function caseProblems(quiz: CasedQuiz): string[] {
  const problems: string[] = [];
  const cases = quiz.cases ?? [];
  const ids = cases.map((c) => c.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
    problems.push(`case id '${id}' is used more than once`);
  const declared = new Set(ids);
  for (const question of quiz.questions)
    if (question.case && !declared.has(question.case))
      problems.push(
        `question '${question.id}' field 'case' names '${question.case}', which is not among the quiz's cases`,
      );
  for (const { id } of cases) {
    const positions = quiz.questions.flatMap((q, i) => (q.case === id ? [i] : []));
    if (positions.length < 2)
      problems.push(`case '${id}' has ${positions.length} question(s); a case set needs at least 2`);
    for (let k = 1; k < positions.length; k++) {
      if (positions[k] === positions[k - 1]! + 1) continue;
      const between = quiz.questions[positions[k - 1]! + 1]!;
      const item = quiz.questions[positions[k]!]!;
      problems.push(
        `question '${item.id}' field 'case' ('${id}') is separated from the case's earlier questions by '${between.id}'; keep a case's questions together`,
      );
    }
  }
  return problems;
}

/**
 * A question's text as an export that has no case sets must carry it: the case's title and
 * scenario first, then the stem, as paragraphs. Exports that hold one line join them with spaces.
 */
export function stemParagraphs(quiz: CasedQuiz, question: Question): string[] {
  const found = caseOf(quiz, question);
  if (!found) return [question.stem];
  return [`Case: ${found.title}`, ...scenarioParagraphs(found.scenario), question.stem];
}
