// The course's exams: one per module over its own pool, and the final over every module's pool.
// Pages, the pool files and the tests build them here, so they agree on ids, sizes and pools.
import { moduleQuizzes } from '../content/course';
import type { Quiz } from '../../schemas/quiz';
import type { ExamPool } from './exam-draw';
import {
  EXAM_PASS_PERCENT,
  FINAL_EXAM_ID,
  FINAL_EXAM_SIZE,
  MODULE_EXAM_SIZE,
  moduleExamId,
  type ExamId,
} from './exam-spec';

interface ModuleLike {
  id: string;
  number: number;
  data: { title: string };
  lessons: readonly { quiz?: (Quiz & { id: string }) | undefined }[];
  quiz?: (Quiz & { id: string }) | undefined;
}

export interface ExamPlan {
  id: ExamId;
  title: string;
  /** Questions drawn per attempt (fewer when the pool is smaller). */
  size: number;
  passPercent: number;
  /** The modules whose pools it draws from, in course order. */
  moduleIds: string[];
}

/** Each module's pool: its lesson quizzes and module quiz, a quiz shared by two modules in the first only. */
export function examPools(modules: readonly ModuleLike[]): ExamPool[] {
  const seen = new Set<string>();
  return modules.map((module) => ({
    moduleId: module.id,
    title: `Module ${module.number}: ${module.data.title}`,
    quizzes: moduleQuizzes(module, seen).map(({ quiz }) => ({
      id: quiz.id,
      quiz: { questions: quiz.questions, cases: quiz.cases },
    })),
  }));
}

export const poolSize = (pool: ExamPool) => pool.quizzes.reduce((n, q) => n + q.quiz.questions.length, 0);

export function moduleExam(module: ModuleLike, pool: ExamPool): ExamPlan {
  return {
    id: moduleExamId(module.id),
    title: `Module ${module.number} exam: ${module.data.title}`,
    size: Math.min(MODULE_EXAM_SIZE, poolSize(pool)),
    passPercent: EXAM_PASS_PERCENT,
    moduleIds: [module.id],
  };
}

export function finalExam(pools: readonly ExamPool[]): ExamPlan {
  return {
    id: FINAL_EXAM_ID,
    title: 'Final exam',
    size: Math.min(
      FINAL_EXAM_SIZE,
      pools.reduce((n, pool) => n + poolSize(pool), 0),
    ),
    passPercent: EXAM_PASS_PERCENT,
    moduleIds: pools.map((pool) => pool.moduleId),
  };
}

/** Every exam of the course: the module exams in course order, then the final. */
export function courseExams(modules: readonly ModuleLike[]): ExamPlan[] {
  const pools = examPools(modules);
  return [...modules.map((module, i) => moduleExam(module, pools[i]!)), finalExam(pools)];
}
