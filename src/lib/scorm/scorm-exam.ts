// The progress store and resume data of an exam package: the site's own store over an in-memory
// Storage, seeded from the LMS's suspend data (exam-suspend-data.ts), reporting each handed-in exam
// to the LMS (the best score as a whole percent on 0–100, passed or failed at the exam's pass mark)
// and keeping the exam in progress. The exam in progress changes on every click, so its suspend data
// is written on a short timer rather than on every change, and at once when the learner hands in or
// leaves the page (flush); a result is never left waiting.
import { meetsPassMark } from '../assignment/pass-mark';
import { draftHasWork, type ExamDraft } from '../exam/exam-draft';
import { scorePercent } from '../format';
import { createProgressStore, type ProgressStore } from '../progress/progress-store';
import {
  encodeExamSuspendData,
  decodeExamSuspendData,
  type ExamBank,
  type ExamState,
  type Kept,
} from './exam-suspend-data';
import { SUSPEND_DATA_LIMIT, type ScormSession } from './lms-api';
import { memoryStorage } from './scorm-progress';

/** How long a change to the exam in progress waits before it is written (more changes in between join it). */
export const DRAFT_WRITE_DELAY_MS = 2000;

/** What the learner is told about keeping their work in the LMS. */
export type KeepStatus = { state: 'kept' } | { state: 'partial'; kept: Exclude<Kept, 'all'> } | { state: 'failed' };

/** What the learner reads when the LMS did not keep all of their work (nothing once it does). */
export function keepMessage(status: KeepStatus): string {
  if (status.state === 'kept') return '';
  if (status.state === 'failed')
    return 'Your learning platform did not save your latest work on this exam. Keep this window open: it tries again with your next change, and when you leave.';
  return status.kept === 'result'
    ? 'Your exam in progress is too long for your learning platform to keep: if you leave before handing in, your answers so far are lost. Your last result is kept.'
    : 'This exam is too long for your learning platform to keep your answers: your scores are kept, but not your last answers or the exam in progress.';
}

export interface ScormExamStore {
  store: ProgressStore;
  /** The exam in progress the LMS kept, to hand to the Exam island. */
  draft: ExamDraft | undefined;
  /** Whether the LMS's suspend data gave back a result or an exam in progress. */
  resumed: boolean;
  /** The Exam island's onDraft: keeps the exam in progress, written after DRAFT_WRITE_DELAY_MS. */
  saveDraft(draft: ExamDraft | undefined): void;
  /** Writes what is waiting now (on page hide, before LMSFinish). */
  flush(): void;
  /** Told after each write that did not keep everything, and again once one does. */
  onStatus(listener: (status: KeepStatus) => void): void;
}

interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function scormExamStore(
  bank: ExamBank & { exam: { passPercent: number } },
  session: ScormSession,
  /** Injected in tests: timers run by hand, a smaller limit than SCORM's. */
  options: { timers?: Timers; limit?: number } = {},
): ScormExamStore {
  const { timers = realTimers, limit = SUSPEND_DATA_LIMIT } = options;
  const examId = bank.exam.id;
  const store = createProgressStore({ storage: memoryStorage(), eventTarget: new EventTarget() });
  const saved = decodeExamSuspendData(bank, session.suspendData);
  if (saved?.record) store.restore({ ...store.get(), quizzes: { [examId]: saved.record } }, 'replace');
  const state: ExamState = { record: saved?.record, draft: saved?.draft };
  let written = session.suspendData;
  let timer: unknown;
  let listener: ((status: KeepStatus) => void) | undefined;
  let lastStatus: KeepStatus['state'] = 'kept';

  const tell = (status: KeepStatus) => {
    // "kept" is news only after a problem was shown.
    if (status.state === 'kept' && lastStatus === 'kept') return;
    lastStatus = status.state;
    listener?.(status);
  };

  function write() {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
    if (session.mode !== 'lms') return;
    const { data, kept } = encodeExamSuspendData(bank, state, limit);
    if (data !== written) {
      if (!session.suspend(data)) return tell({ state: 'failed' });
      written = data;
    }
    tell(kept === 'all' ? { state: 'kept' } : { state: 'partial', kept });
  }

  const recordQuizAttempt: ProgressStore['recordQuizAttempt'] = (id, attempt) => {
    const outcome = store.recordQuizAttempt(id, attempt);
    const record = store.get().quizzes[examId];
    if (id !== examId || !record) return outcome;
    state.record = record;
    state.draft = undefined;
    if (session.mode === 'lms') {
      const { score, max } = record.best;
      const reported = session.report({
        percent: scorePercent(score, max),
        passed: meetsPassMark(score, max, bank.exam.passPercent),
      });
      write();
      if (!reported) tell({ state: 'failed' });
    }
    return outcome;
  };

  return {
    store: { ...store, recordQuizAttempt },
    draft: saved?.draft,
    resumed: saved?.record !== undefined || saved?.draft !== undefined,
    saveDraft(draft) {
      const next = draft && draftHasWork(draft) ? draft : undefined;
      // The island reports "no exam in progress" after a hand-in, which recordQuizAttempt has written.
      if (next === undefined && state.draft === undefined) return;
      state.draft = next;
      if (timer === undefined) timer = timers.set(write, DRAFT_WRITE_DELAY_MS);
    },
    flush: write,
    onStatus(next) {
      listener = next;
    },
  };
}
