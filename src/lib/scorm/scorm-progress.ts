// The progress store a SCORM package's quiz island uses: the site's own store over an in-memory
// Storage (an LMS frame may block or share localStorage with other courses), seeded from the LMS's
// suspend data, and reporting each recorded attempt to the LMS: the best score (the island shows
// "Your best" too) as a whole percent, passed or failed by the quiz's pass mark, and the record
// back as suspend data so a reload resumes where the learner was.
import type { Quiz } from '../../schemas/quiz';
import { meetsPassMark } from '../assignment/pass-mark';
import { scorePercent } from '../format';
import { createProgressStore, type ProgressStore } from '../progress/progress-store';
import type { ScormSession } from './lms-api';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';

/** A Storage that lives as long as the page (the LMS keeps what must last). */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

export interface ScormQuizStore {
  store: ProgressStore;
  /** Whether the LMS's suspend data gave back an earlier attempt. */
  resumed: boolean;
  /** The result of the last report to the LMS (false in practice mode or when the LMS refused). */
  lastReportOk(): boolean | undefined;
}

export function scormQuizStore(
  quizId: string,
  quiz: Pick<Quiz, 'questions' | 'passPercent'>,
  session: ScormSession,
): ScormQuizStore {
  const store = createProgressStore({ storage: memoryStorage(), eventTarget: new EventTarget() });
  const saved = decodeSuspendData(quiz, session.suspendData);
  if (saved) store.restore({ ...store.get(), quizzes: { [quizId]: saved } }, 'replace');
  let reported: boolean | undefined;
  const recordQuizAttempt: ProgressStore['recordQuizAttempt'] = (id, attempt) => {
    const outcome = store.recordQuizAttempt(id, attempt);
    const record = store.get().quizzes[quizId];
    if (id === quizId && record && session.mode === 'lms') {
      const { score, max } = record.best;
      const scored = session.report({
        percent: scorePercent(score, max),
        passed: meetsPassMark(score, max, quiz.passPercent),
      });
      const kept = session.suspend(encodeSuspendData(quiz, record));
      reported = scored && kept;
    }
    return outcome;
  };
  // Every other call goes to the site's store as it is.
  return {
    store: { ...store, recordQuizAttempt },
    resumed: saved !== undefined,
    lastReportOk: () => reported,
  };
}
