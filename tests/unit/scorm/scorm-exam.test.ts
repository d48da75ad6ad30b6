import { describe, expect, it } from 'vitest';
import type { ExamPool } from '../../../src/lib/exam/exam-draw';
import type { ExamDraft } from '../../../src/lib/exam/exam-draft';
import type { QuizAttempt } from '../../../src/lib/progress/progress-schema';
import type { Question } from '../../../src/schemas/quiz';
import { openSession } from '../../../src/lib/scorm/lms-api';
import { decodeExamSuspendData } from '../../../src/lib/scorm/exam-suspend-data';
import { DRAFT_WRITE_DELAY_MS, keepMessage, scormExamStore, type KeepStatus } from '../../../src/lib/scorm/scorm-exam';
import { fakeApi } from './fake-api';

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
const pool: ExamPool = {
  moduleId: 'm1',
  title: 'Module 1',
  quizzes: [{ id: 'quiz-a', quiz: { questions: Array.from({ length: 10 }, (_, i) => single(`q${i + 1}`)) } }],
};
const bank = { exam: { id: 'exam:m1', size: 10, passPercent: 70 }, pools: [pool] };
const keys = pool.quizzes[0]!.quiz.questions.map((q) => `quiz-a/${q.id}`);
const attempt = (right: number): QuizAttempt => ({
  at: '2026-01-02T03:04:05.000Z',
  score: right,
  max: 10,
  answers: Object.fromEntries(keys.map((k, i) => [k, [i < right ? 'a' : 'b']])),
});
const draft: ExamDraft = { attempt: 2, answers: { 'quiz-a/q3': ['a'] }, confidence: {}, flags: ['quiz-a/q3'] };

/** Timers the test runs by hand. */
function manualTimers() {
  const waiting = new Map<number, () => void>();
  let next = 0;
  return {
    waiting,
    set: (run: () => void, ms: number) => {
      expect(ms).toBe(DRAFT_WRITE_DELAY_MS);
      waiting.set(++next, run);
      return next;
    },
    clear: (handle: unknown) => void waiting.delete(handle as number),
    runAll: () => {
      for (const [id, run] of [...waiting]) {
        waiting.delete(id);
        run();
      }
    },
  };
}
const suspendWrites = (api: ReturnType<typeof fakeApi>) =>
  api.calls.filter((c) => c.startsWith('set cmi.suspend_data'));

describe('scormExamStore', () => {
  it('reports the best score on 0–100 and passed or failed at the exam pass mark', () => {
    const api = fakeApi();
    const exam = scormExamStore(bank, openSession(api), { timers: manualTimers() });
    exam.store.recordQuizAttempt('exam:m1', attempt(6));
    expect(api.values.get('cmi.core.score.raw')).toBe('60');
    expect(api.values.get('cmi.core.score.min')).toBe('0');
    expect(api.values.get('cmi.core.score.max')).toBe('100');
    expect(api.values.get('cmi.core.lesson_status')).toBe('failed');
    exam.store.recordQuizAttempt('exam:m1', attempt(7));
    expect(api.values.get('cmi.core.score.raw')).toBe('70');
    expect(api.values.get('cmi.core.lesson_status')).toBe('passed');
    exam.store.recordQuizAttempt('exam:m1', attempt(2));
    expect(api.values.get('cmi.core.score.raw')).toBe('70');
    const kept = decodeExamSuspendData(bank, api.values.get('cmi.suspend_data')!)!;
    expect(kept.record?.attempts).toBe(3);
    expect(kept.record?.last.score).toBe(2);
  });

  it('writes the exam in progress on a timer, once for many changes, and at once on flush', () => {
    const api = fakeApi();
    const timers = manualTimers();
    const exam = scormExamStore(bank, openSession(api), { timers });
    exam.saveDraft({ ...draft, answers: {}, flags: [] });
    expect(timers.waiting.size).toBe(0); // nothing done yet: nothing to keep
    exam.saveDraft(draft);
    exam.saveDraft({ ...draft, answers: { 'quiz-a/q3': ['b'] } });
    expect(suspendWrites(api)).toEqual([]);
    expect(timers.waiting.size).toBe(1);
    timers.runAll();
    expect(suspendWrites(api)).toHaveLength(1);
    expect(decodeExamSuspendData(bank, api.values.get('cmi.suspend_data')!)?.draft?.answers).toEqual({
      'quiz-a/q3': ['b'],
    });
    exam.saveDraft({ ...draft, confidence: { 'quiz-a/q3': 'sure' } });
    exam.flush();
    expect(timers.waiting.size).toBe(0);
    expect(suspendWrites(api)).toHaveLength(2);
    exam.flush(); // nothing new: nothing sent
    expect(suspendWrites(api)).toHaveLength(2);
  });

  it('gives the exam in progress back after a reload, and drops it once handed in', () => {
    const api = fakeApi();
    const first = scormExamStore(bank, openSession(api), { timers: manualTimers() });
    first.saveDraft(draft);
    first.flush();
    const again = scormExamStore(bank, openSession(api), { timers: manualTimers() });
    expect(again.resumed).toBe(true);
    expect(again.draft).toEqual({ ...draft, confidence: {} });
    again.store.recordQuizAttempt('exam:m1', attempt(10));
    again.saveDraft(undefined);
    const third = scormExamStore(bank, openSession(api), { timers: manualTimers() });
    expect(third.draft).toBeUndefined();
    expect(third.store.get().quizzes['exam:m1']?.best.score).toBe(10);
  });

  it('tells the learner when the LMS refuses to keep it, and when it keeps it again', () => {
    const api = fakeApi();
    const told: KeepStatus[] = [];
    const exam = scormExamStore(bank, openSession(api), { timers: manualTimers() });
    exam.onStatus((s) => told.push(s));
    api.LMSSetValue = () => 'false';
    exam.saveDraft(draft);
    exam.flush();
    expect(told).toEqual([{ state: 'failed' }]);
    api.LMSSetValue = (element, value) => {
      api.values.set(element, value);
      return 'true';
    };
    exam.flush();
    expect(told).toEqual([{ state: 'failed' }, { state: 'kept' }]);
  });

  it('tells the learner when the exam in progress does not fit the suspend data, keeping the result', () => {
    const api = fakeApi();
    const told: KeepStatus[] = [];
    const exam = scormExamStore(bank, openSession(api), { timers: manualTimers(), limit: 60 });
    exam.onStatus((s) => told.push(s));
    exam.store.recordQuizAttempt('exam:m1', attempt(8));
    exam.saveDraft(draft);
    exam.flush();
    expect(told.at(-1)).toEqual({ state: 'partial', kept: 'scores' });
    expect(keepMessage(told.at(-1)!)).toContain('not your last answers or the exam in progress');
    expect(keepMessage({ state: 'partial', kept: 'result' })).toContain('your answers so far are lost');
    expect(keepMessage({ state: 'failed' })).toContain('did not save');
    expect(keepMessage({ state: 'kept' })).toBe('');
    expect(decodeExamSuspendData(bank, api.values.get('cmi.suspend_data')!)?.record?.best.score).toBe(8);
  });

  it('does nothing with no LMS (practice mode)', () => {
    const timers = manualTimers();
    const exam = scormExamStore(bank, openSession(undefined), { timers });
    exam.saveDraft(draft);
    timers.runAll();
    exam.store.recordQuizAttempt('exam:m1', attempt(10));
    expect(exam.store.get().quizzes['exam:m1']?.best.score).toBe(10);
    expect(exam.resumed).toBe(false);
  });
});
