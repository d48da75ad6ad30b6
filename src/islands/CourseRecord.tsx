// The whole record on /progress/: what to do next, each module's lessons done as a bar, and every
// practice exercise's status. A thin view over src/lib/progress/course-record.ts; the course outline
// comes from the page as props, the record from the store.
import type { ProgressStore } from '../lib/progress/progress-store';
import { examStatus, exerciseStatus, lessonsDoneOf, nextStep, type NextStep } from '../lib/progress/course-record';
import { formatDate, formatScore } from '../lib/format';
import { useStoredRecord } from './hooks/use-stored-record';
import '../styles/islands/course-record.css';

export interface OutlineLink {
  id: string;
  title: string;
  href: string;
}

export interface CourseOutline {
  modules: (OutlineLink & { lessonIds: string[] })[];
  lessons: OutlineLink[];
  quizzes: OutlineLink[];
  exercises: OutlineLink[];
  /** The module exams and the final exam, in course order. */
  exams: (OutlineLink & { passPercent: number })[];
  /** Where a new learner starts. */
  startHref: string;
}

interface Props {
  outline: CourseOutline;
  store?: ProgressStore;
}

function NextStepText({ step, outline }: { step: NextStep; outline: CourseOutline }) {
  const find = (list: OutlineLink[], id: string) => list.find((item) => item.id === id);
  switch (step.kind) {
    case 'start':
      return (
        <p>
          Nothing is saved in this browser yet. <a href={outline.startHref}>Start the course</a>, or restore your
          progress from a file or a move link below.
        </p>
      );
    case 'lesson': {
      const lesson = find(outline.lessons, step.lessonId);
      return lesson ? (
        <p>
          Continue where you left off: <a href={lesson.href}>{lesson.title}</a>.
        </p>
      ) : null;
    }
    case 'quiz': {
      const quiz = find(outline.quizzes, step.quizId);
      return quiz ? (
        <p>
          Every lesson is done. Test yourself next: <a href={quiz.href}>{quiz.title}</a>.
        </p>
      ) : null;
    }
    case 'exercise': {
      const exercise = find(outline.exercises, step.exerciseId);
      return exercise ? (
        <p>
          Lessons and quizzes are done. Put them to work: <a href={exercise.href}>{exercise.title}</a>.
        </p>
      ) : null;
    }
    case 'finished':
      return <p>You have done every lesson, quiz and exercise. Review the questions you missed below.</p>;
  }
}

/**
 * The next step before the record is read (the server render, and without JavaScript), about as long as
 * the text for a new learner, so that replacing it moves nothing below it.
 */
const UNREAD =
  'Your record is kept in this browser, and this page reads it with JavaScript: your next step, then the lessons below.';

export default function CourseRecord({ outline, store }: Props) {
  const progress = useStoredRecord({ store, writes: 'merge', select: (p) => p }).value;
  // The layout does not wait for the record: the server renders every section, the record fills in the
  // figures, so the page below does not jump when the island hydrates (CLS 0 on /progress/).
  const step =
    progress &&
    nextStep(
      {
        lessonIds: outline.lessons.map((l) => l.id),
        quizIds: outline.quizzes.map((q) => q.id),
        exerciseIds: outline.exercises.map((e) => e.id),
      },
      progress,
    );
  return (
    <div class="course-record" data-hydrated={progress ? 'true' : undefined}>
      <section class="record-next" aria-labelledby="record-next-title">
        <h2 id="record-next-title">What to do next</h2>
        {step ? <NextStepText step={step} outline={outline} /> : <p>{UNREAD}</p>}
      </section>
      <section aria-labelledby="record-modules-title">
        <h2 id="record-modules-title">Lessons done, by module</h2>
        <ol class="record-modules">
          {outline.modules.map((module) => {
            const share = progress
              ? lessonsDoneOf(module.lessonIds, progress.lessonsDone)
              : { done: 0, total: module.lessonIds.length };
            const label = progress
              ? `${share.done} of ${share.total} lessons done`
              : `${share.total} ${share.total === 1 ? 'lesson' : 'lessons'}`;
            return (
              <li key={module.id}>
                <a href={module.href} id={`record-module-${module.id}`}>
                  {module.title}
                </a>
                <progress
                  value={share.done}
                  max={share.total || 1}
                  aria-labelledby={`record-module-${module.id}`}
                  aria-valuetext={label}
                />
                <span class="record-count">{label}</span>
              </li>
            );
          })}
        </ol>
      </section>
      {outline.exams.length > 0 && (
        <section aria-labelledby="record-exams-title">
          <h2 id="record-exams-title">Exams</h2>
          <ul class="record-exams">
            {outline.exams.map((exam) => {
              const status = progress ? examStatus(exam.id, exam.passPercent, progress) : undefined;
              return (
                <li
                  key={exam.id}
                  data-state={status && (status.kind === 'taken' ? (status.passed ? 'passed' : 'taken') : status.kind)}
                >
                  <a href={exam.href}>{exam.title}</a>
                  {status &&
                    (status.kind === 'taken'
                      ? `: best ${formatScore(status.best.score, status.best.max)} on ${formatDate(status.best.at)}, ` +
                        `${status.passed ? 'passed' : `not passed yet (pass mark ${exam.passPercent}%)`}; ` +
                        `${status.attempts} attempt${status.attempts === 1 ? '' : 's'}`
                      : ': not taken yet')}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="record-exercises-title">
        <h2 id="record-exercises-title">Practice exercises</h2>
        <ul class="record-exercises">
          {outline.exercises.map((exercise) => {
            const status = progress ? exerciseStatus(exercise.id, progress) : undefined;
            return (
              <li key={exercise.id} data-state={status?.kind}>
                <a href={exercise.href}>{exercise.title}</a>
                {status &&
                  (status.kind === 'done'
                    ? `: done, ${formatScore(status.score, status.max)} on ${formatDate(status.at)}`
                    : ': not started')}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
