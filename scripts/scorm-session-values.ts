// What a SCORM package's own code sends the LMS in one session, for scripts/moodle-scorm-import.sh:
// reads the quiz from a built package's index.html, opens a session on a recording SCORM 1.2 API
// with the package's adapter and store (src/lib/scorm), makes two attempts (about half right, then
// all but one right) and prints the cmi values the LMS would hold as JSON. Bundled and run with
// esbuild by the shell script (not part of the site or of CI).
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Quiz } from '../src/schemas/quiz';
import { gradeQuiz, type Answers } from '../src/lib/quiz/grade-quiz';
import { correctOptions } from '../src/lib/quiz/kinds';
import { openSession, type Scorm12Api } from '../src/lib/scorm/lms-api';
import { scormQuizStore } from '../src/lib/scorm/scorm-progress';

const [zipPath] = process.argv.slice(2);
if (!zipPath) throw new Error('usage: scorm-session-values <package.zip>');
const html = strFromU8(unzipSync(readFileSync(zipPath))['index.html']!);
const json = /<script type="application\/json" id="scorm-data">(.*?)<\/script>/s.exec(html)?.[1];
if (!json) throw new Error(`${zipPath}: no quiz data in index.html`);
const { quizId, quiz } = JSON.parse(json) as { quizId: string; quiz: Quiz };

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
const { store } = scormQuizStore(quizId, quiz, session);
const rightAnswers = (count: number): Answers =>
  Object.fromEntries(quiz.questions.slice(0, count).map((q) => [q.id, correctOptions(q).map((o) => o.id)]));
for (const [day, count] of [
  [1, Math.ceil(quiz.questions.length / 2)],
  [2, quiz.questions.length - 1],
] as const) {
  const answers = rightAnswers(count);
  const { score, max } = gradeQuiz(quiz, answers);
  store.recordQuizAttempt(quizId, { at: `2026-01-0${day}T10:00:00.000Z`, score, max, answers });
}
session.finish();
process.stdout.write(`${JSON.stringify(Object.fromEntries(values))}\n`);
