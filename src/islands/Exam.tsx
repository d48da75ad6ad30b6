// A module exam or the final exam: questions drawn afresh for every attempt from the item bank
// (src/lib/exam), answered with the quiz's own views (src/islands/quiz/), with no feedback and no
// answers until the learner hands in. Questions can be flagged to come back to and reached from a
// jump list; handing in with questions unanswered or flagged asks first. The result, with every
// explanation and the answers the learner was sure of but got wrong first, is saved through the store
// like any quiz attempt and shown again after a reload.
import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { scenarioParagraphs } from '../lib/quiz/question-units';
import type { ProgressStore } from '../lib/progress/progress-store';
import type { Confidence, QuizAttempt } from '../lib/progress/progress-schema';
import type { Answers } from '../lib/quiz/grade-quiz';
import type { ExamPlan } from '../lib/exam/course-exams';
import {
  drawExam,
  examOptionSeed,
  examSeed,
  groupOfPool,
  isExamPool,
  type ExamPool,
  type ExamQuestion,
} from '../lib/exam/exam-draw';
import { draftOfDrawn, type ExamDraft } from '../lib/exam/exam-draft';
import { examAttempt, gradeExam, questionsOfAttempt, resultOrder, unansweredKeys } from '../lib/exam/exam-result';
import { displayOptions } from '../lib/quiz/kinds';
import { questionVerdict } from '../lib/quiz/option-status';
import { formatDate, formatScore } from '../lib/format';
import { SaveStatus, useStoredRecord } from './hooks/use-stored-record';
import { QuestionAnswer } from './quiz/QuestionAnswer';
import { StarButton } from './quiz/StarButton';
import { questionCardId } from '../lib/review/review-cards';
import { ConfidenceChoice } from './quiz/ConfidenceChoice';
import { CaseIntro } from './quiz/CaseIntro';
import '../styles/shared/answer-pieces.css';
import '../styles/islands/quiz.css';
import '../styles/islands/exam.css';

interface Props {
  exam: ExamPlan;
  /** The pool files of exam.moduleIds, in course order. */
  poolUrls: string[];
  store?: ProgressStore;
  /** Injected in tests; the page fetches the pool files. */
  loadPool?: (url: string) => Promise<unknown>;
  /** An exam in progress to take up again (a SCORM package keeps it in the LMS); ignored if handed in since. */
  draft?: ExamDraft | undefined;
  /** Told of the exam in progress on every change, and undefined once it is handed in. */
  onDraft?: ((draft: ExamDraft | undefined) => void) | undefined;
}

type Pools = ExamPool[] | 'loading' | 'failed';
/** What is on screen: an attempt being answered, or the result of one handed in. */
type Phase = { kind: 'taking'; attempt: number } | { kind: 'results'; attempt: number; saved: QuizAttempt };
type FocusTarget = 'summary' | 'warning' | 'first-question';

const fetchJson = async (url: string): Promise<unknown> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const questionAnchor = (number: number) => `exam-question-${number}`;

export default function Exam({ exam, poolUrls, store, loadPool = fetchJson, draft, onDraft }: Props) {
  const stored = useStoredRecord({ store, writes: 'merge', select: (p) => p.quizzes[exam.id] });
  const record = stored.value;
  const [pools, setPools] = useState<Pools>('loading');
  const [phase, setPhase] = useState<Phase | undefined>();
  const [answers, setAnswers] = useState<Answers>({});
  const [confidence, setConfidence] = useState<Record<string, Confidence>>({});
  const [flags, setFlags] = useState<string[]>([]);
  /** Open after "Hand in" while questions are unanswered or flagged. */
  const [confirming, setConfirming] = useState(false);
  const focusAfterRender = useRef<FocusTarget | undefined>();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    Promise.all(poolUrls.map(loadPool))
      .then((loaded) => setPools(loaded.every(isExamPool) ? loaded : 'failed'))
      .catch(() => setPools('failed'));
  }, []);
  // Once the record and the questions are there: the last result if there is one, else a first attempt.
  useEffect(() => {
    if (!stored.ready || pools === 'loading' || pools === 'failed' || phase) return;
    // A draft newer than the last result is the exam the learner left: the same draw, their marks back.
    if (draft && draft.attempt > (record?.attempts ?? 0)) {
      const kept = draftOfDrawn(drawExam(pools.map(groupOfPool), exam.size, examSeed(exam.id, draft.attempt)), draft);
      setAnswers(kept.answers);
      setConfidence(kept.confidence);
      setFlags(kept.flags);
      setPhase({ kind: 'taking', attempt: draft.attempt });
      return;
    }
    setPhase(
      record
        ? { kind: 'results', attempt: Math.max(1, record.attempts), saved: record.last }
        : { kind: 'taking', attempt: 1 },
    );
  }, [stored.ready, pools]);
  useEffect(() => {
    if (!phase || !onDraft) return;
    onDraft(phase.kind === 'taking' ? { attempt: phase.attempt, answers, confidence, flags } : undefined);
  }, [phase, answers, confidence, flags]);
  useLayoutEffect(() => {
    const target = focusAfterRender.current;
    focusAfterRender.current = undefined;
    if (!target || !root.current) return;
    const selector = {
      summary: '.quiz-summary',
      warning: '.exam-warning',
      'first-question': '.quiz-question input:not(:disabled), .quiz-question select:not(:disabled)',
    }[target];
    root.current.querySelector<HTMLElement>(selector)?.focus();
  });

  const groups = useMemo(() => (Array.isArray(pools) ? pools.map(groupOfPool) : []), [pools]);
  const drawn = useMemo<ExamQuestion[]>(() => {
    if (!phase || !Array.isArray(pools)) return [];
    return phase.kind === 'taking'
      ? drawExam(groups, exam.size, examSeed(exam.id, phase.attempt))
      : questionsOfAttempt(pools, phase.saved);
  }, [phase, groups]);
  const shownAnswers = phase?.kind === 'results' ? phase.saved.answers : answers;
  const result = useMemo(() => gradeExam(drawn, exam.passPercent, shownAnswers), [drawn, shownAnswers]);

  if (pools === 'failed')
    return (
      <div class="exam" ref={root} data-hydrated="true">
        <p class="exam-note" role="alert">
          The exam questions could not be loaded. Check your connection and reload the page.
        </p>
      </div>
    );

  if (!stored.ready || pools === 'loading' || !phase)
    return (
      <div class="exam" ref={root}>
        <p class="exam-note">
          {stored.ready
            ? 'Drawing your questions…'
            : 'This exam needs JavaScript: it draws your questions in your browser and keeps your result there.'}
        </p>
      </div>
    );
  const numberOf = new Map(drawn.map((item, i) => [item.key, i + 1]));
  const unanswered = unansweredKeys(result);
  const flagged = drawn.filter((item) => flags.includes(item.key)).map((item) => item.key);

  function focusQuestion(event: Event, key: string) {
    event.preventDefault();
    const box = root.current?.querySelector(`#${questionAnchor(numberOf.get(key)!)}`);
    box?.scrollIntoView({ block: 'start' });
    box?.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), button')?.focus();
  }

  function handIn(event: Event, confirmed = false) {
    event.preventDefault();
    if (phase?.kind !== 'taking') return;
    if (!confirmed && (unanswered.length > 0 || flagged.length > 0)) {
      setConfirming(true);
      focusAfterRender.current = 'warning';
      return;
    }
    const saved = examAttempt(drawn, answers, confidence, result, new Date().toISOString());
    stored.save((s) => s.recordQuizAttempt(exam.id, saved));
    setConfirming(false);
    setPhase({ kind: 'results', attempt: phase.attempt, saved });
    focusAfterRender.current = 'summary';
  }

  function newAttempt() {
    setAnswers({});
    setConfidence({});
    setFlags([]);
    setConfirming(false);
    setPhase({ kind: 'taking', attempt: Math.max(phase?.attempt ?? 0, record?.attempts ?? 0) + 1 });
    focusAfterRender.current = 'first-question';
    root.current?.scrollIntoView({ block: 'start' });
  }

  const questionLinks = (keys: readonly string[]) =>
    keys.map((key, i) => (
      <span key={key}>
        {i > 0 && ', '}
        <a href={`#${questionAnchor(numberOf.get(key)!)}`} onClick={(e) => focusQuestion(e, key)}>
          question {numberOf.get(key)}
        </a>
      </span>
    ));

  if (phase.kind === 'results') {
    const said = phase.saved.confidence ?? {};
    const order = resultOrder(result, said);
    const sureButWrong = result.questions.filter((q) => q.answered && !q.correct && said[q.questionId] === 'sure');
    return (
      <div class="exam quiz" ref={root} data-hydrated="true" data-phase="results">
        <div
          class={`quiz-summary result-banner ${result.passed ? 'is-pass' : 'is-fail'}`}
          tabIndex={-1}
          aria-live="polite"
        >
          <p>
            <strong>{result.passed ? 'Passed.' : 'Not passed yet.'}</strong> You scored{' '}
            {formatScore(result.score, result.max)} on {formatDate(phase.saved.at)}; the pass mark is {exam.passPercent}
            %.{' '}
            {unansweredKeys(result).length > 0 &&
              `${plural(unansweredKeys(result).length, 'question')} left unanswered. `}
            {result.missed.length > 0
              ? `${plural(result.missed.length, 'question')} to review below, each with why.`
              : 'Every answer is right.'}
          </p>
          {record && (
            <p class="quiz-best">
              {`Your best: ${formatScore(record.best.score, record.best.max)} on ${formatDate(record.best.at)}; ${plural(record.attempts, 'attempt')}.`}
            </p>
          )}
        </div>
        <SaveStatus record={stored} />
        {sureButWrong.length > 0 && (
          <p class="exam-sure-wrong-note">
            You were sure of {plural(sureButWrong.length, 'answer')} that {sureButWrong.length === 1 ? 'was' : 'were'}{' '}
            wrong: {sureButWrong.length === 1 ? 'it comes' : 'they come'} first below. These are the ideas most worth a
            second look.
          </p>
        )}
        {order.map((key) => {
          const index = drawn.findIndex((item) => item.key === key);
          const item = drawn[index]!;
          const graded = result.questions[index]!;
          return (
            <fieldset class="quiz-question" key={key} id={questionAnchor(index + 1)}>
              <legend>
                <span class="quiz-number">
                  Question {index + 1} of {drawn.length}
                  {said[key] && ` · you said "${said[key] === 'sure' ? "I'm sure" : "I'm guessing"}"`}
                </span>{' '}
                {item.question.stem}
              </legend>
              {item.case && (
                <details class="exam-case-recall">
                  <summary>Case: {item.case.title}</summary>
                  {scenarioParagraphs(item.case.scenario).map((paragraph) => (
                    <p key={paragraph}>{paragraph}</p>
                  ))}
                </details>
              )}
              <p class="quiz-verdict">{questionVerdict(graded)}</p>
              <QuestionAnswer
                name={`exam-q${index + 1}`}
                question={item.question}
                options={displayOptions(item.question, examOptionSeed(exam.id, item.quizId), phase.attempt)}
                chosen={phase.saved.answers[key] ?? []}
                disabled
                reveal={graded.answered ? 'checked' : 'answers'}
                graded={graded}
                focusFirst={false}
                onChange={() => undefined}
              />
              <p class="quiz-explanation">
                <strong>Explanation:</strong> {item.question.explanation}
              </p>
              <StarButton store={stored.store} cardId={questionCardId(item.quizId, item.question.id)} />
            </fieldset>
          );
        })}
        <div class="quiz-actions action-row">
          <button type="button" onClick={newAttempt}>
            Take a new exam
          </button>
        </div>
      </div>
    );
  }

  const attempt = phase.attempt;
  return (
    <div class="exam" ref={root} data-hydrated="true" data-phase="taking">
      <nav class="exam-jump" aria-label="Jump to a question">
        <p class="exam-jump-title">
          {plural(drawn.length - unanswered.length, 'question')} of {drawn.length} answered
          {flagged.length > 0 && `, ${flagged.length} flagged`}
        </p>
        <ol>
          {drawn.map((item, i) => {
            const isAnswered = !unanswered.includes(item.key);
            const isFlagged = flags.includes(item.key);
            return (
              <li key={item.key} data-answered={isAnswered} data-flagged={isFlagged}>
                <a
                  href={`#${questionAnchor(i + 1)}`}
                  aria-label={`Question ${i + 1}, ${isAnswered ? 'answered' : 'not answered'}${isFlagged ? ', flagged' : ''}`}
                  onClick={(e) => focusQuestion(e, item.key)}
                >
                  {i + 1}
                  {isFlagged && <span aria-hidden="true"> ⚑</span>}
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
      {/* data-hydrated: the quiz styles show the confidence buttons only in a hydrated .quiz. */}
      <form class="quiz" data-hydrated="true" onSubmit={(e) => handIn(e)} aria-label={exam.title}>
        {drawn.map((item, index) => {
          const isFlagged = flags.includes(item.key);
          const opensCase = item.case && drawn[index - 1]?.case?.id !== item.case.id;
          return (
            <Fragment key={`${attempt}/${item.key}`}>
              {opensCase && item.case && (
                <section class="quiz-case" aria-labelledby={`exam-case-${item.quizId}-${item.case.id}`}>
                  <CaseIntro id={`exam-case-${item.quizId}-${item.case.id}`} scenario={item.case} level={2} />
                </section>
              )}
              <fieldset class="quiz-question" id={questionAnchor(index + 1)}>
                <legend>
                  <span class="quiz-number">
                    Question {index + 1} of {drawn.length}
                  </span>{' '}
                  {item.question.stem}
                </legend>
                <QuestionAnswer
                  name={`exam-q${index + 1}`}
                  question={item.question}
                  options={displayOptions(item.question, examOptionSeed(exam.id, item.quizId), attempt)}
                  chosen={answers[item.key] ?? []}
                  disabled={false}
                  reveal={undefined}
                  graded={undefined}
                  focusFirst={false}
                  onChange={(update) =>
                    setAnswers((previous) => ({ ...previous, [item.key]: update(previous[item.key] ?? []) }))
                  }
                />
                <div class="exam-marks">
                  <ConfidenceChoice
                    name={`exam-q${index + 1}`}
                    value={confidence[item.key]}
                    disabled={false}
                    onChange={(next) =>
                      setConfidence(({ [item.key]: _, ...rest }) => (next ? { ...rest, [item.key]: next } : rest))
                    }
                  />
                  <button
                    type="button"
                    class="quiz-toggle"
                    aria-pressed={isFlagged}
                    onClick={() =>
                      setFlags((previous) =>
                        previous.includes(item.key) ? previous.filter((k) => k !== item.key) : [...previous, item.key],
                      )
                    }
                  >
                    Flag for review
                  </button>
                </div>
              </fieldset>
            </Fragment>
          );
        })}
        <div class="exam-warning" tabIndex={-1} aria-live="polite">
          {confirming && (unanswered.length > 0 || flagged.length > 0) && (
            <>
              {unanswered.length > 0 && (
                <p>
                  <strong>{plural(unanswered.length, 'question')} not answered yet:</strong> {questionLinks(unanswered)}
                  . An unanswered question scores nothing.
                </p>
              )}
              {flagged.length > 0 && (
                <p>
                  <strong>Flagged to come back to:</strong> {questionLinks(flagged)}.
                </p>
              )}
              <p>Hand in now, or go back to them first.</p>
            </>
          )}
        </div>
        <div class="quiz-actions action-row">
          {confirming && (unanswered.length > 0 || flagged.length > 0) ? (
            <button type="button" onClick={(e) => handIn(e, true)}>
              Hand in anyway
            </button>
          ) : (
            <button type="submit">Hand in the exam</button>
          )}
        </div>
      </form>
    </div>
  );
}
