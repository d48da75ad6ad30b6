// What a SCORM package's own code sends the LMS in one session, for scripts/moodle-scorm-import.sh:
// reads the quiz (or the exam and its pools) from a built package's index.html, opens a session on a
// recording SCORM 1.2 API with the package's adapter and store (src/lib/scorm), makes two attempts
// (about half right, then all but one right; an exam also leaves a third attempt in progress) and
// prints the cmi values the LMS would hold as JSON. Bundled and run with esbuild by the shell script
// (not part of the site or of CI).
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Quiz } from '../src/schemas/quiz';
import { gradeQuiz, type Answers } from '../src/lib/quiz/grade-quiz';
import { correctOptions } from '../src/lib/quiz/kinds';
import { openSession, type Scorm12Api } from '../src/lib/scorm/lms-api';
import { scormQuizStore } from '../src/lib/scorm/scorm-progress';
import { scormExamStore } from '../src/lib/scorm/scorm-exam';
import type { ScormExamPageData } from '../src/lib/scorm/package';
import { drawExam, examSeed, groupOfPool } from '../src/lib/exam/exam-draw';
import { examAttempt, gradeExam } from '../src/lib/exam/exam-result';

const [zipPath] = process.argv.slice(2);
if (!zipPath) throw new Error('usage: scorm-session-values <package.zip>');
const html = strFromU8(unzipSync(readFileSync(zipPath))['index.html']!);
const json = /<script type="application\/json" id="scorm-data">(.*?)<\/script>/s.exec(html)?.[1];
if (!json) throw new Error(`${zipPath}: no quiz data in index.html`);
const data = JSON.parse(json) as { quizId: string; quiz: Quiz } | ScormExamPageData;

const values = new Map<string, string>([['cmi.core.lesson_status', 'not attempted']]);
const api: Scorm12Api = {
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: (element) => values.get(element) ?? '',
  LMSSetValue: (element, value) => {
    values.set(element, value);
    return 'true';
  },
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
};

const session = openSession(api);
const attempts = (size: number) =>
  [
    [1, Math.ceil(size / 2)],
    [2, size - 1],
  ] as const;

if ('exam' in data) {
  const { exam, pools } = data;
  const kept = scormExamStore({ exam, pools }, session);
  const draw = (attempt: number) => drawExam(pools.map(groupOfPool), exam.size, examSeed(exam.id, attempt));
  for (const [attempt, count] of attempts(exam.size)) {
    const drawn = draw(attempt);
    const answers: Answers = Object.fromEntries(
      drawn.slice(0, count).map((item) => [item.key, correctOptions(item.question).map((o) => o.id)]),
    );
    const result = gradeExam(drawn, exam.passPercent, answers);
    kept.store.recordQuizAttempt(exam.id, examAttempt(drawn, answers, {}, result, `2026-01-0${attempt}T10:00:00.000Z`));
  }
  // A third exam left half done, flagged at its first question: what a learner who leaves mid-exam leaves.
  const third = draw(3);
  kept.saveDraft({
    attempt: 3,
    answers: Object.fromEntries(
      third.slice(0, 10).map((item) => [item.key, correctOptions(item.question).map((o) => o.id)]),
    ),
    confidence: {},
    flags: [third[0]!.key],
  });
  kept.flush();
} else {
  const { quizId, quiz } = data;
  const { store } = scormQuizStore(quizId, quiz, session);
  const rightAnswers = (count: number): Answers =>
    Object.fromEntries(quiz.questions.slice(0, count).map((q) => [q.id, correctOptions(q).map((o) => o.id)]));
  for (const [day, count] of attempts(quiz.questions.length)) {
    const answers = rightAnswers(count);
    const { score, max } = gradeQuiz(quiz, answers);
    store.recordQuizAttempt(quizId, { at: `2026-01-0${day}T10:00:00.000Z`, score, max, answers });
  }
}
session.finish();
process.stdout.write(`${JSON.stringify(Object.fromEntries(values))}\n`);
