// What an exam is: its id in the progress record, its size and its pass mark. A module exam draws
// from the module's lesson quizzes and module quiz; the final exam draws from every module, balanced.
// Attempts are saved through the store like any quiz attempt, under these ids, with answer keys
// `<quizId>/<questionId>` (src/lib/exam/exam-draw.ts), a contract the spaced review reads too.

export const FINAL_EXAM_ID = 'exam:final';
export const MODULE_EXAM_SIZE = 20;
export const FINAL_EXAM_SIZE = 40;
export const EXAM_PASS_PERCENT = 70;

export type ExamId = `exam:${string}`;

export const moduleExamId = (moduleId: string): ExamId => `exam:${moduleId}`;

export const isExamId = (id: string): id is ExamId => id.startsWith('exam:');

/** The key an exam answer is saved under: the question's own quiz and id, so it can be traced back. */
export const examAnswerKey = (quizId: string, questionId: string) => `${quizId}/${questionId}`;

/** The quiz and question ids of an answer key (the quiz id never holds a slash: ids are slugs). */
export function splitExamAnswerKey(key: string): { quizId: string; questionId: string } | undefined {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) return undefined;
  return { quizId: key.slice(0, slash), questionId: key.slice(slash + 1) };
}
