// The item-bank guesser (each kind's `guess`: longest option, always False, all but the shortest)
// sitting exams: every attempt draws anew, so the gate tries many draws of each exam.
import { displayOptions } from '../quiz/kinds';
import { authoringOf } from '../quiz/kinds/authoring';
import { drawExam, examOptionSeed, examSeed, groupOfPool, type ExamPool } from './exam-draw';
import { gradeExam } from './exam-result';
import type { ExamPlan } from './course-exams';

export interface ExamGuesserResult {
  examId: string;
  attempts: number;
  /** The best percent over the attempts tried, and how many of them passed. */
  bestPercent: number;
  passed: number;
}

export function examGuesserResult(exam: ExamPlan, pools: readonly ExamPool[], attempts: number): ExamGuesserResult {
  const groups = pools.filter((pool) => exam.moduleIds.includes(pool.moduleId)).map(groupOfPool);
  let bestPercent = 0;
  let passed = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const drawn = drawExam(groups, exam.size, examSeed(exam.id, attempt));
    const answers = Object.fromEntries(
      drawn.map((item) => [
        item.key,
        authoringOf(item.question).guess(displayOptions(item.question, examOptionSeed(exam.id, item.quizId), attempt)),
      ]),
    );
    const result = gradeExam(drawn, exam.passPercent, answers);
    bestPercent = Math.max(bestPercent, result.percent);
    if (result.passed) passed++;
  }
  return { examId: exam.id, attempts, bestPercent, passed };
}
