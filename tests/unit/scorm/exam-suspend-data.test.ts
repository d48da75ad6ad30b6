import { describe, expect, it } from 'vitest';
import { examPools, finalExam, moduleExam } from '../../../src/lib/exam/course-exams';
import { drawExam, examSeed, groupOfPool, type ExamQuestion } from '../../../src/lib/exam/exam-draw';
import type { ExamDraft } from '../../../src/lib/exam/exam-draft';
import type { QuizRecord } from '../../../src/lib/progress/progress-schema';
import { questionOptions } from '../../../src/lib/quiz/kinds';
import { decodeExamSuspendData, encodeExamSuspendData, type ExamBank } from '../../../src/lib/scorm/exam-suspend-data';
import { unpack } from '../../../src/lib/scorm/suspend-data';
import { assembleContentDir, courseContentDir } from '../../helpers/load-content-dir';

const modules = assembleContentDir(courseContentDir).modules;
const pools = examPools(modules);
const final: ExamBank = { exam: finalExam(pools), pools };
const firstModule: ExamBank = { exam: moduleExam(modules[0]!, pools[0]!), pools: [pools[0]!] };

/** The longest answer each question can hold: every option, every pair crossed, a long figure. */
function longest(item: ExamQuestion): string[] {
  const q = item.question;
  if (q.kind === 'numeric') return ['-12,345,678.25'];
  if (q.kind === 'matching') return q.pairs.map((p, i) => `${p.id}:${q.pairs[(i + 1) % q.pairs.length]!.id}`);
  return questionOptions(q).map((o) => o.id);
}
const drawn = (bank: ExamBank, attempt: number) =>
  drawExam(bank.pools.map(groupOfPool), bank.exam.size, examSeed(bank.exam.id, attempt));
const at = '2026-05-06T07:08:09.000Z';

function worstCase(bank: ExamBank): { record: QuizRecord; draft: ExamDraft } {
  const last = drawn(bank, 3);
  const next = drawn(bank, 4);
  return {
    record: {
      attempts: 3,
      best: { score: last.length - 1.25, max: last.length, at },
      last: {
        at,
        score: 12.5,
        max: last.length,
        answers: Object.fromEntries(last.map((item) => [item.key, longest(item)])),
        confidence: Object.fromEntries(last.map((item) => [item.key, 'sure' as const])),
      },
    },
    draft: {
      attempt: 4,
      answers: Object.fromEntries(next.map((item) => [item.key, longest(item)])),
      confidence: Object.fromEntries(
        next.map((item, i) => [item.key, i % 2 ? ('sure' as const) : ('guessing' as const)]),
      ),
      flags: next.map((item) => item.key),
    },
  };
}

describe('exam suspend data', () => {
  it('keeps a finished 40-question final exam and a new one fully answered, flagged and marked within 4,096', () => {
    expect(final.exam.size).toBe(40);
    const state = worstCase(final);
    const { data, kept } = encodeExamSuspendData(final, state);
    const raw = unpack(data)!;
    console.info(`final exam worst case: ${raw.length} characters raw, ${data.length} stored`);
    expect(kept).toBe('all');
    expect(data.length).toBeLessThanOrEqual(4096);
    expect(decodeExamSuspendData(final, data)).toEqual(state);
  });

  it('round-trips a module exam, a result alone and a draft alone, unanswered questions included', () => {
    const { record, draft } = worstCase(firstModule);
    const partial: QuizRecord = {
      ...record,
      last: { ...record.last, answers: { ...record.last.answers, [Object.keys(record.last.answers)[0]!]: [] } },
    };
    for (const state of [{ record, draft }, { record: partial }, { draft }]) {
      const { data, kept } = encodeExamSuspendData(firstModule, state);
      expect(kept).toBe('all');
      expect(decodeExamSuspendData(firstModule, data)).toEqual({ record: undefined, ...state });
    }
  });

  it('leaves out the exam in progress, then the answers, when the limit is tighter, and says so', () => {
    const state = worstCase(final);
    const all = encodeExamSuspendData(final, state).data.length;
    const noDraft = encodeExamSuspendData(final, { record: state.record }).data.length;
    const result = encodeExamSuspendData(final, state, all - 1);
    expect(result.kept).toBe('result');
    expect(decodeExamSuspendData(final, result.data)).toEqual({ record: state.record });
    const scores = encodeExamSuspendData(final, state, noDraft - 1);
    expect(scores.kept).toBe('scores');
    const back = decodeExamSuspendData(final, scores.data)!;
    expect(back.record?.best).toEqual(state.record.best);
    expect(back.record?.last.answers).toEqual({});
    expect(encodeExamSuspendData(final, state, 3)).toEqual({ data: '', kept: 'nothing' });
  });

  it('refuses damaged, foreign or impossible data', () => {
    const good = encodeExamSuspendData(firstModule, worstCase(firstModule)).data;
    for (const bad of [
      '',
      'x',
      `z${good.slice(1, 20)}`,
      'p1|1|1/2/abc|1/2/abc|', // a quiz package's record, not an exam's
      'pe1|1|3/2/abc|1/2/abc|||||||', // score above the maximum
      'pe1||||||||1|zz||', // an answer that is no option
      'pe1||||||||1|||zz', // a flag past the last question
      'pe1|1|1/2/abc|1/2/abc|9999|||||||',
    ])
      expect(decodeExamSuspendData(firstModule, bad), bad).toBeUndefined();
  });
});
