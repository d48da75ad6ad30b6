import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/quiz';
import { drawExam, examQuotas, examSeed, examUnits, groupOfPool, type ExamPool } from '../../../src/lib/exam/exam-draw';
import {
  examAttempt,
  gradeExam,
  questionsOfAttempt,
  resultOrder,
  unansweredKeys,
} from '../../../src/lib/exam/exam-result';
import { isExamId, moduleExamId, splitExamAnswerKey } from '../../../src/lib/exam/exam-spec';
import { courseExams, examPools } from '../../../src/lib/exam/course-exams';
import { assembleContentDir, courseContentDir } from '../../helpers/load-content-dir';

const single = (id: string): Question => ({
  kind: 'single',
  objective: 'fixture-objective',
  id,
  stem: `Question ${id}?`,
  explanation: 'Because it is.',
  options: [
    { id: 'a', text: 'Right', correct: true, feedback: 'Right, for a reason.' },
    { id: 'b', text: 'Wrong', correct: false, feedback: 'Wrong, for a reason.' },
  ],
});
const pool = (moduleId: string, quizzes: Record<string, number>): ExamPool => ({
  moduleId,
  title: moduleId,
  quizzes: Object.entries(quizzes).map(([id, n]) => ({
    id,
    quiz: { questions: Array.from({ length: n }, (_, i) => single(`q${i + 1}`)) },
  })),
});

describe('exam units', () => {
  it('are one question each, keyed <quizId>/<questionId>', () => {
    const units = examUnits(pool('m', { 'quiz-a': 2, 'quiz-b': 1 }).quizzes);
    expect(units.map((u) => u.questions.map((q) => q.key))).toEqual([['quiz-a/q1'], ['quiz-a/q2'], ['quiz-b/q1']]);
    expect(splitExamAnswerKey('quiz-a/q2')).toEqual({ quizId: 'quiz-a', questionId: 'q2' });
    expect(splitExamAnswerKey('nothing')).toBeUndefined();
  });
  it('make a case set one unit, its questions in order and each carrying the scenario', () => {
    const scenario = { id: 'lido', title: 'The lido', scenario: 'A lido reopens.\n\nIt has a small budget.' };
    const units = examUnits([
      {
        id: 'quiz-c',
        quiz: {
          cases: [scenario],
          questions: [single('q1'), { ...single('q2'), case: 'lido' }, { ...single('q3'), case: 'lido' }, single('q4')],
        },
      },
    ]);
    expect(units.map((u) => u.questions.map((q) => q.key))).toEqual([
      ['quiz-c/q1'],
      ['quiz-c/q2', 'quiz-c/q3'],
      ['quiz-c/q4'],
    ]);
    expect(units[1]?.questions.map((q) => q.case)).toEqual([scenario, scenario]);
    expect(units[0]?.questions[0]?.case).toBeUndefined();
  });
  it('draw a real case set whole whenever any of it is drawn', () => {
    const cased = examPools(assembleContentDir(courseContentDir).modules).filter((p) =>
      p.quizzes.some((q) => (q.quiz.cases ?? []).length > 0),
    );
    expect(cased.length).toBeGreaterThan(0);
    let casesDrawn = 0;
    for (let attempt = 1; attempt <= 20; attempt++) {
      const drawn = drawExam(cased.map(groupOfPool), 20, examSeed('exam:m', attempt));
      const byCase = new Map<string, number[]>();
      drawn.forEach((item, i) => {
        if (item.case)
          byCase.set(`${item.quizId}/${item.case.id}`, [...(byCase.get(`${item.quizId}/${item.case.id}`) ?? []), i]);
      });
      casesDrawn += byCase.size;
      for (const [key, places] of byCase) {
        const quiz = cased.flatMap((p) => p.quizzes).find((q) => key.startsWith(`${q.id}/`));
        const size = quiz?.quiz.questions.filter((q) => `${quiz.id}/${q.case}` === key).length;
        expect(places.length, key).toBe(size);
        expect(places.at(-1)! - places[0]!, `${key} is drawn together`).toBe(places.length - 1);
      }
    }
    expect(casesDrawn).toBeGreaterThan(0);
  });
});

describe('exam quotas', () => {
  it('share the size evenly, a small group giving all it has', () => {
    expect(examQuotas([30, 30, 30, 30], 40, 's')).toEqual([10, 10, 10, 10]);
    expect(examQuotas([3, 30, 30], 21, 's')).toEqual([3, 9, 9]);
    expect(examQuotas([5, 5], 40, 's')).toEqual([5, 5]);
  });
  it('give the remainder to groups in an order that rotates with the seed', () => {
    const picks = new Set<string>();
    for (let n = 1; n <= 20; n++) {
      const quotas = examQuotas([30, 30, 30], 40, `seed-${n}`);
      expect(quotas.reduce((a, b) => a + b)).toBe(40);
      expect(Math.max(...quotas) - Math.min(...quotas)).toBeLessThanOrEqual(1);
      picks.add(quotas.join());
    }
    expect(picks.size).toBeGreaterThan(1);
  });
});

describe('drawing an exam', () => {
  const groups = [pool('m1', { a: 12, b: 12 }), pool('m2', { c: 30 })].map(groupOfPool);
  it('draws the size asked, balanced by group, each question once', () => {
    const drawn = drawExam(groups, 20, examSeed('exam:final', 1));
    expect(drawn).toHaveLength(20);
    expect(new Set(drawn.map((q) => q.key)).size).toBe(20);
    expect(drawn.filter((q) => q.quizId === 'c')).toHaveLength(10);
  });
  it('is the same for the same attempt and different for another', () => {
    const keys = (attempt: number) => drawExam(groups, 20, examSeed('exam:final', attempt)).map((q) => q.key);
    expect(keys(3)).toEqual(keys(3));
    expect(keys(4)).not.toEqual(keys(3));
  });
  it('keeps a unit of several questions whole and together', () => {
    const caseSet = {
      id: 'm',
      units: [
        {
          key: 'set',
          questions: ['s1', 's2', 's3'].map((id) => ({ key: `x/${id}`, quizId: 'x', question: single(id) })),
        },
        ...examUnits(pool('m', { y: 10 }).quizzes),
      ],
    };
    for (let attempt = 1; attempt <= 10; attempt++) {
      const keys = drawExam([caseSet], 5, `s-${attempt}`).map((q) => q.key);
      expect(keys.length).toBeLessThanOrEqual(5);
      const at = keys.indexOf('x/s1');
      if (at >= 0) expect(keys.slice(at, at + 3)).toEqual(['x/s1', 'x/s2', 'x/s3']);
      else expect(keys.some((k) => k.startsWith('x/'))).toBe(false);
    }
  });
});

describe('grading and saving an exam', () => {
  const drawn = drawExam([groupOfPool(pool('m', { a: 3 }))], 3, 's');
  const [first, second, third] = drawn.map((q) => q.key) as [string, string, string];
  const answers = { [first]: ['a'], [second]: ['b'] };
  const result = gradeExam(drawn, 70, answers);
  it('grades with the quiz rules and lists the unanswered', () => {
    expect(result.score).toBe(1);
    expect(result.passed).toBe(false);
    expect(unansweredKeys(result)).toEqual([third]);
  });
  it('saves every drawn key in exam order and the confidence given for them', () => {
    const attempt = examAttempt(
      drawn,
      answers,
      { [second]: 'sure', stray: 'guessing' },
      result,
      '2026-01-01T00:00:00.000Z',
    );
    expect(Object.keys(attempt.answers)).toEqual([first, second, third]);
    expect(attempt.answers[third]).toEqual([]);
    expect(attempt.confidence).toEqual({ [second]: 'sure' });
    expect(examAttempt(drawn, answers, {}, result, 'x').confidence).toBeUndefined();
    expect(questionsOfAttempt([pool('m', { a: 3 })], attempt).map((q) => q.key)).toEqual([first, second, third]);
  });
  it('puts sure-but-wrong answers first in the results', () => {
    expect(resultOrder(result, { [second]: 'sure' })).toEqual([second, first, third]);
    expect(resultOrder(result, { [first]: 'sure' })).toEqual([first, second, third]);
  });
});

describe('the course exams', () => {
  it('are one per module and a final over every module', () => {
    const modules = [1, 2].map((number) => ({
      id: `m${number}`,
      number,
      data: { title: `M${number}` },
      lessons: [{ quiz: { id: `l${number}`, title: 'L', passPercent: 70, questions: [single('q1'), single('q2')] } }],
      quiz: undefined,
    }));
    const exams = courseExams(modules);
    expect(exams.map((e) => [e.id, e.size, e.moduleIds])).toEqual([
      ['exam:m1', 2, ['m1']],
      ['exam:m2', 2, ['m2']],
      ['exam:final', 4, ['m1', 'm2']],
    ]);
    expect(examPools(modules)[0]!.quizzes.map((q) => q.id)).toEqual(['l1']);
    expect(isExamId(moduleExamId('m1'))).toBe(true);
    expect(isExamId('what-is-imc')).toBe(false);
  });
});
