import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData } from '../../../src/lib/scorm/suspend-data';
import type { QuizRecord } from '../../../src/lib/progress/progress-schema';
import { loadRealExportCourse } from '../export/real-course';
import { questionOptions } from '../../../src/lib/quiz/kinds';
import { openSession } from '../../../src/lib/scorm/lms-api';
import { scormQuizStore } from '../../../src/lib/scorm/scorm-progress';
import { fakeApi } from './fake-api';

const course = loadRealExportCourse();
const quizzes = course.modules.flatMap((m) => (m.quiz ? [m.quiz] : []));

/** Every question answered with all of its options (the longest answers there can be). */
function fullRecord(quiz: (typeof quizzes)[number]): QuizRecord {
  const answers = Object.fromEntries(
    quiz.questions.map((q) => [q.id, q.kind === 'numeric' ? ['12,345.5'] : questionOptions(q).map((o) => o.id)]),
  );
  const at = '2026-03-04T05:06:07.000Z';
  return {
    attempts: 3,
    best: { score: 7.5, max: quiz.questions.length, at },
    last: { at, score: 1.25, max: quiz.questions.length, answers },
  };
}

describe('suspend data', () => {
  it('round-trips every module quiz of the course and stays within 4,096 characters', () => {
    expect(quizzes.length).toBeGreaterThan(0);
    for (const quiz of quizzes) {
      const record = fullRecord(quiz);
      const data = encodeSuspendData(quiz, record);
      expect(data.length).toBeGreaterThan(0);
      expect(data.length).toBeLessThanOrEqual(4096);
      expect(decodeSuspendData(quiz, data)).toEqual(record);
    }
  });

  it('compresses when that is shorter, and drops the answers (keeping scores) when even that does not fit', () => {
    const quiz = quizzes[0]!;
    const record = fullRecord(quiz);
    const full = encodeSuspendData(quiz, record);
    const tight = encodeSuspendData(quiz, record, 40);
    expect(tight.length).toBeLessThanOrEqual(40);
    expect(tight.length).toBeLessThan(full.length);
    const back = decodeSuspendData(quiz, tight)!;
    expect(back.best).toEqual(record.best);
    expect(back.last.answers).toEqual({});
  });

  it('refuses damaged, foreign or impossible data', () => {
    const quiz = quizzes[0]!;
    for (const bad of [
      '',
      'hello',
      'p2|1|1/6/a|1/6/a|',
      'p1|0|1/6/a|1/6/a|',
      'p1|1|7/6/a|1/6/a|',
      'zAAAA',
      'p1|1|1/6/a|1/6/a|zz',
    ]) {
      expect(decodeSuspendData(quiz, bad)).toBeUndefined();
    }
  });
});

describe('scormQuizStore', () => {
  it('reports the best score and pass mark to the LMS on each attempt and resumes from suspend data', () => {
    const quiz = quizzes[0]!;
    const api = fakeApi();
    const first = scormQuizStore('q', quiz, openSession(api));
    expect(first.resumed).toBe(false);
    const answers = { [quiz.questions[0]!.id]: [questionOptions(quiz.questions[0]!).find((o) => o.correct)!.id] };
    const max = quiz.questions.length;
    first.store.recordQuizAttempt('q', { at: '2026-01-01T00:00:00.000Z', score: max, max, answers });
    expect(api.values.get('cmi.core.score.raw')).toBe('100');
    expect(api.values.get('cmi.core.lesson_status')).toBe('passed');
    first.store.recordQuizAttempt('q', { at: '2026-01-02T00:00:00.000Z', score: 1, max, answers });
    expect(api.values.get('cmi.core.score.raw')).toBe('100'); // the best stays
    expect(first.lastReportOk()).toBe(true);

    const again = scormQuizStore('q', quiz, openSession(api));
    expect(again.resumed).toBe(true);
    const record = again.store.get().quizzes.q!;
    expect(record.attempts).toBe(2);
    expect(record.last.answers).toEqual(answers);
    expect(record.last.score).toBe(1);
  });

  it('fails a best score below the pass mark, and in practice mode reports nothing', () => {
    const quiz = quizzes[0]!;
    const api = fakeApi();
    const { store } = scormQuizStore('q', quiz, openSession(api));
    store.recordQuizAttempt('q', { at: '2026-01-01T00:00:00.000Z', score: 1, max: 6, answers: {} });
    expect(api.values.get('cmi.core.lesson_status')).toBe('failed');
    expect(api.values.get('cmi.core.score.raw')).toBe('17');
    const practice = scormQuizStore('q', quiz, openSession(undefined));
    practice.store.recordQuizAttempt('q', { at: '2026-01-01T00:00:00.000Z', score: 1, max: 6, answers: {} });
    expect(practice.lastReportOk()).toBeUndefined();
    expect(practice.store.get().quizzes.q?.attempts).toBe(1);
  });
});
