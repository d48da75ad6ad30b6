// An exam in progress, as the Exam island reports it (onDraft) and takes it back (draft): which
// attempt it is (the attempt's seed redraws the same questions in the same order), and the answers,
// confidence and flags given so far, keyed like a saved attempt (`<quizId>/<questionId>`). A SCORM
// package keeps it in the LMS so a learner who closes the window mid-exam comes back to it.
import type { Confidence } from '../progress/progress-schema';
import type { Answers } from '../quiz/grade-quiz';
import type { ExamQuestion } from './exam-draw';

export interface ExamDraft {
  /** The attempt number: drawExam(…, examSeed(examId, attempt)) gives its questions back. */
  attempt: number;
  answers: Answers;
  confidence: Record<string, Confidence>;
  /** Keys of the questions flagged for review, in exam order. */
  flags: string[];
}

/** Whether the draft holds anything the learner did (an untouched attempt is not worth keeping). */
export const draftHasWork = (draft: ExamDraft): boolean =>
  Object.values(draft.answers).some((chosen) => chosen.length > 0) ||
  Object.keys(draft.confidence).length > 0 ||
  draft.flags.length > 0;

/**
 * The draft limited to the drawn questions, in exam order: keys the draw does not hold (a changed
 * bank) are dropped, so a resumed exam never shows an answer to a question it does not ask.
 */
export function draftOfDrawn(drawn: readonly ExamQuestion[], draft: ExamDraft): ExamDraft {
  const answers: Answers = {};
  const confidence: Record<string, Confidence> = {};
  for (const { key } of drawn) {
    const chosen = draft.answers[key];
    if (chosen && chosen.length > 0) answers[key] = [...chosen];
    const said = draft.confidence[key];
    if (said) confidence[key] = said;
  }
  const flags = drawn.filter(({ key }) => draft.flags.includes(key)).map(({ key }) => key);
  return { attempt: draft.attempt, answers, confidence, flags };
}
