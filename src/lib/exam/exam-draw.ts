// Drawing an exam from the item bank. The bank is cut into units (examUnits: a lone question, or a
// case set, a scenario followed by its questions, which is drawn whole),
// grouped by module; drawExam gives each group a balanced share of the exam's size and draws whole
// units from each with the one seeded shuffle, so every attempt brings a fresh draw and any attempt
// (and every test) can be drawn again.
import type { Question, Quiz, QuizCase } from '../../schemas/quiz';
import { questionUnits } from '../quiz/question-units';
import { isQuestionKind } from '../quiz/kinds';
import { seededShuffle } from '../quiz/seeded-shuffle';
import { examAnswerKey } from './exam-spec';

export interface ExamQuestion {
  /** `<quizId>/<questionId>`: the key its answer is saved under. */
  key: string;
  quizId: string;
  question: Question;
  /** The case set it belongs to, whose scenario the exam shows before the case's first question. */
  case?: QuizCase;
}

/** Questions that are drawn together, in this order. */
export interface ExamUnit {
  key: string;
  questions: ExamQuestion[];
}

/** One module's quizzes as the exam pool files carry them (src/pages/exam-pools/). */
export interface ExamPool {
  moduleId: string;
  title: string;
  quizzes: { id: string; quiz: Pick<Quiz, 'questions' | 'cases'> }[];
}

export interface ExamGroup {
  id: string;
  units: ExamUnit[];
}

/** The one place that decides what is drawn together. */
export function examUnits(quizzes: ExamPool['quizzes']): ExamUnit[] {
  return quizzes.flatMap(({ id: quizId, quiz }) =>
    questionUnits(quiz).map((unit): ExamUnit => {
      if (unit.kind === 'question') {
        const item = { key: examAnswerKey(quizId, unit.question.id), quizId, question: unit.question };
        return { key: item.key, questions: [item] };
      }
      // A case set is drawn whole and in order: its questions make no sense without each other's scenario.
      return {
        key: `${quizId}/case:${unit.case.id}`,
        questions: unit.questions.map((question) => ({
          key: examAnswerKey(quizId, question.id),
          quizId,
          question,
          case: unit.case,
        })),
      };
    }),
  );
}

export const groupOfPool = (pool: ExamPool): ExamGroup => ({ id: pool.moduleId, units: examUnits(pool.quizzes) });

const sizeOf = (group: ExamGroup) => group.units.reduce((n, unit) => n + unit.questions.length, 0);

/**
 * How many questions each group gives: an equal share, a small group giving all it has and the rest
 * shared among the others; the remainder goes to groups in a seeded order, so it rotates by attempt.
 */
export function examQuotas(capacities: readonly number[], size: number, seed: string): number[] {
  const quotas = capacities.map(() => 0);
  let left = Math.min(
    size,
    capacities.reduce((a, b) => a + b, 0),
  );
  while (left > 0) {
    const open = capacities.map((_, i) => i).filter((i) => quotas[i]! < capacities[i]!);
    const each = Math.floor(left / open.length);
    if (each === 0) {
      for (const i of seededShuffle(open, `${seed}/remainder`).slice(0, left)) quotas[i]!++;
      break;
    }
    for (const i of open) {
      const add = Math.min(each, capacities[i]! - quotas[i]!);
      quotas[i]! += add;
      left -= add;
    }
  }
  return quotas;
}

/** The exam's questions for one seed: whole units, a balanced share from each group, in a shuffled order. */
export function drawExam(groups: readonly ExamGroup[], size: number, seed: string): ExamQuestion[] {
  const quotas = examQuotas(groups.map(sizeOf), size, seed);
  const drawn = groups.flatMap((group, i) => {
    const taken: ExamUnit[] = [];
    let count = 0;
    for (const unit of seededShuffle(group.units, `${seed}/${group.id}`)) {
      // A unit that would overflow the share is skipped, so a case set is never cut.
      if (count + unit.questions.length > quotas[i]!) continue;
      taken.push(unit);
      count += unit.questions.length;
    }
    return taken;
  });
  return seededShuffle(drawn, `${seed}/order`).flatMap((unit) => unit.questions);
}

/** The seed of one attempt (1 = the first) at an exam. */
export const examSeed = (examId: string, attempt: number) => `${examId}/attempt-${attempt}`;

/** The seed of a drawn question's option order: its quiz within the exam, and the attempt. */
export const examOptionSeed = (examId: string, quizId: string) => `${examId}/${quizId}`;

/** A fetched pool file is used only if it has the shape the exam needs (it could be stale or foreign). */
export function isExamPool(value: unknown): value is ExamPool {
  const pool = value as ExamPool;
  return (
    typeof pool === 'object' &&
    pool !== null &&
    typeof pool.moduleId === 'string' &&
    typeof pool.title === 'string' &&
    Array.isArray(pool.quizzes) &&
    pool.quizzes.every(
      (q) =>
        typeof q?.id === 'string' &&
        Array.isArray(q.quiz?.questions) &&
        q.quiz.questions.every((question) => typeof question?.id === 'string' && isQuestionKind(question.kind)),
    )
  );
}
