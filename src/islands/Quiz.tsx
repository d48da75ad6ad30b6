// A quiz as a thin view over src/lib/quiz. Server-rendered, it is a readable list of questions with
// each answer behind a <details>; hydrated, the learner checks, sees why every option is right or
// wrong, retries what they missed, and finds their last attempt again after a reload. With "Check each
// answer as I go" (practice mode, src/lib/quiz/practice.ts) each question is checked on its own.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Quiz as QuizData } from '../schemas/quiz';
import { correctOptions, displayOptions } from '../lib/quiz/kinds';
import { questionUnits } from '../lib/quiz/question-units';
import { gradeQuiz, keepCorrectAnswers, type Answers } from '../lib/quiz/grade-quiz';
import { answersShownByCheck, attemptExtras } from '../lib/quiz/assisted';
import { formatDate, formatScore } from '../lib/format';
import { questionVerdict } from '../lib/quiz/option-status';
import type { Confidence } from '../lib/progress/progress-schema';
import type { ProgressStore } from '../lib/progress/progress-store';
import { SaveStatus, useStoredRecord } from './hooks/use-stored-record';
import { passMarkFromSearch } from '../lib/assignment/assignment-links';
import { ConfidenceChoice } from './quiz/ConfidenceChoice';
import { QuestionAnswer } from './quiz/QuestionAnswer';
import { CaseIntro } from './quiz/CaseIntro';
import { StarButton } from './quiz/StarButton';
import { checkQuestion, NEEDS_ANSWER, startPractice } from '../lib/quiz/practice';
import { questionCardId } from '../lib/review/review-cards';
import { QUIZ_PRACTICE_KEY } from '../layouts/theme-bootstrap.mjs';
import '../styles/shared/answer-pieces.css';
import '../styles/islands/quiz.css';

interface Props {
  quizId: string;
  quiz: QuizData;
  /** Injected in tests; the page uses the browser's store. */
  store?: ProgressStore;
}

type FocusTarget = 'first-open-question' | 'first-revealed-answer' | { id: string };

// The learner's choice of practice mode is kept for this visit under QUIZ_PRACTICE_KEY (every quiz of the
// session follows it); the pre-paint script reads the same key to mark <html> before the island hydrates.

function readPracticeChoice(): boolean {
  try {
    return sessionStorage.getItem(QUIZ_PRACTICE_KEY) === 'on';
  } catch {
    return false; // storage blocked: the choice lasts as long as the page
  }
}

function keepPracticeChoice(on: boolean) {
  // Other quizzes on the page that have not hydrated yet keep their rows' place accordingly.
  if (on) document.documentElement.dataset.quizPractice = '';
  else delete document.documentElement.dataset.quizPractice;
  try {
    if (on) sessionStorage.setItem(QUIZ_PRACTICE_KEY, 'on');
    else sessionStorage.removeItem(QUIZ_PRACTICE_KEY);
  } catch {
    // Blocked storage: the toggle still works on this page.
  }
}

/**
 * What the learner ticked in the server-rendered quiz before the island hydrated (the first render
 * runs before Preact syncs the inputs, so the choices are read from the page and then kept).
 */
function choicesBeforeHydration(quizId: string, quiz: QuizData): Answers {
  if (typeof document === 'undefined') return {};
  const answers: Answers = {};
  for (const question of quiz.questions) {
    const inputs = [...document.getElementsByName(`${quizId}--${question.id}`)] as HTMLInputElement[];
    // A typed figure or a chosen match counts as given; a radio or checkbox when ticked.
    const chosen = inputs
      .filter((input) =>
        input.tagName === 'SELECT' || input.type === 'text' ? input.value.trim() !== '' : input.checked,
      )
      .map((input) => input.value);
    if (chosen.length > 0) answers[question.id] = chosen;
  }
  return answers;
}

export default function Quiz({ quizId, quiz: authored, store: injected }: Props) {
  // Attempts merge: one more attempt composes with attempts made in another tab.
  const stored = useStoredRecord({ store: injected, writes: 'merge', select: (p) => p.quizzes[quizId] });
  const hydrated = stored.ready;
  const record = stored.value;
  const [answers, setAnswers] = useState<Answers>(() => choicesBeforeHydration(quizId, authored));
  const [checked, setChecked] = useState(false);
  const [revealAll, setRevealAll] = useState(false);
  /** Questions answered right before "retry the ones I missed": locked while the rest are retried. */
  const [kept, setKept] = useState<string[]>([]);
  /** Which attempt's option order is shown: 1 on the server, a fresh one on every retry or restart. */
  const [attempt, setAttempt] = useState(1);
  /** "I'm sure" / "I'm guessing", where the learner said it. */
  const [confidence, setConfidence] = useState<Record<string, Confidence>>({});
  /** Questions whose right answer this page has shown: answered right later, they count as assisted. */
  const [shown, setShown] = useState<string[]>([]);
  /** Set when "Check answers" is pressed with nothing answered: nothing is recorded. */
  const [nothingAnswered, setNothingAnswered] = useState(false);
  /** An assignment link can set its own pass mark (?pass=80); the quiz shows and grades with it. */
  const [assignedPass, setAssignedPass] = useState<number | undefined>();
  /** "Check each answer as I go", and which questions it has checked (they stay locked either way). */
  const [practiceOn, setPracticeOn] = useState(false);
  const [practice, setPractice] = useState(startPractice);
  const focusAfterRender = useRef<FocusTarget | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const quiz = useMemo(
    () => (assignedPass ? { ...authored, passPercent: assignedPass } : authored),
    [authored, assignedPass],
  );
  const result = useMemo(() => gradeQuiz(quiz, answers), [quiz, answers]);
  const indexOf = useMemo(() => new Map(authored.questions.map((q, i) => [q.id, i])), [authored]);

  useEffect(() => {
    setAssignedPass(passMarkFromSearch(location.search));
    setPracticeOn(readPracticeChoice());
  }, []);
  // Once hydrated, the last attempt is shown again (later changes from other tabs update only the
  // scores), unless a choice was made on the page before hydration: that choice wins.
  useEffect(() => {
    if (!hydrated || !record || Object.keys(answers).length > 0) return;
    setAnswers(record.last.answers);
    setConfidence(record.last.confidence ?? {});
    setAttempt(Math.max(1, record.attempts));
    setChecked(true);
  }, [hydrated]);
  useLayoutEffect(() => {
    const target = focusAfterRender.current;
    focusAfterRender.current = undefined;
    if (!target || !form.current) return;
    if (typeof target === 'object') {
      document.getElementById(target.id)?.focus();
      return;
    }
    const selector = {
      'first-open-question': 'input:not(:disabled), select:not(:disabled)',
      'first-revealed-answer': '.quiz-question [data-first-answer]',
    }[target];
    form.current.querySelector<HTMLElement>(selector)?.focus();
  });

  const nextAttempt = () => Math.max(attempt, record?.attempts ?? 0) + 1;

  function answer(questionId: string, update: (current: readonly string[]) => string[]) {
    // Functional update: two quick changes before a re-render must both count.
    setAnswers((previous) => ({ ...previous, [questionId]: update(previous[questionId] ?? []) }));
  }

  /** Records the whole attempt, in check mode and when practice mode has checked the last question. */
  function recordAttempt() {
    setChecked(true);
    setRevealAll(false);
    setKept([]);
    const entry = {
      at: new Date().toISOString(),
      score: result.score,
      max: result.max,
      answers,
      ...attemptExtras(result, confidence, shown),
    };
    setShown((previous) => [...new Set([...previous, ...answersShownByCheck(result)])]);
    stored.save((store) => store.recordQuizAttempt(quizId, entry));
  }

  function checkOne(questionId: string) {
    const graded = result.questions[indexOf.get(questionId)!]!;
    const step = checkQuestion(
      practice,
      graded,
      quiz.questions.map((q) => q.id),
    );
    setPractice(step.state);
    // The verdict (or the request for an answer) takes focus, so it is read out and the next question is a Tab away.
    focusAfterRender.current = { id: `${quizId}--${questionId}--verdict` };
    if (step.record) recordAttempt();
  }

  function togglePractice() {
    keepPracticeChoice(!practiceOn);
    setPracticeOn(!practiceOn);
  }

  function check(event: Event) {
    event.preventDefault();
    // Practice mode has no "Check answers": a submit from the keyboard must not hand in the whole quiz.
    if (practiceOn) return;
    // The summary is always on the page: focus it now (a repeated empty check changes no state, so
    // there would be no render to wait for), and its live region announces what follows.
    form.current?.querySelector<HTMLElement>('.quiz-summary')?.focus();
    if (!result.questions.some((q) => q.answered)) {
      setNothingAnswered(true);
      return;
    }
    setNothingAnswered(false);
    recordAttempt();
  }

  function retryMissed() {
    const keep = keepCorrectAnswers(result, answers);
    setKept(Object.keys(keep));
    setPractice(startPractice(Object.keys(keep)));
    setAnswers(keep);
    setConfidence((previous) => Object.fromEntries(Object.entries(previous).filter(([id]) => id in keep)));
    setChecked(false);
    setRevealAll(false);
    setAttempt(nextAttempt());
    focusAfterRender.current = 'first-open-question';
  }

  function startAgain() {
    setAnswers({});
    setConfidence({});
    setKept([]);
    setPractice(startPractice());
    setChecked(false);
    setRevealAll(false);
    setNothingAnswered(false);
    setAttempt(nextAttempt());
    focusAfterRender.current = 'first-open-question';
  }

  function showAllAnswers() {
    setRevealAll(true);
    setShown(quiz.questions.map((q) => q.id));
    setNothingAnswered(false);
    focusAfterRender.current = 'first-revealed-answer';
  }

  const practised = (id: string) => practice.checked.includes(id);
  const locked = (id: string) => checked || revealAll || kept.includes(id) || practised(id);

  /** One question as a fieldset; `index` is its place in the whole quiz (numbering, results). */
  function renderQuestion(question: QuizData['questions'][number]) {
    const index = indexOf.get(question.id)!;
    const chosen = answers[question.id] ?? [];
    const graded = result.questions[index]!;
    const reveal = hydrated && (revealAll || ((checked || practised(question.id)) && graded.answered));
    const name = `${quizId}--${question.id}`;
    const verdictId = `${name}--verdict`;
    const asked = practice.needsAnswer === question.id && !graded.answered;
    return (
      <fieldset class="quiz-question" key={question.id}>
        <legend>
          <span class="quiz-number">
            Question {index + 1} of {quiz.questions.length}
          </span>{' '}
          {question.stem}
        </legend>
        {hydrated && (checked || practised(question.id)) && (
          <p class="quiz-verdict" id={verdictId} tabIndex={-1}>
            {questionVerdict(graded)}
          </p>
        )}
        <QuestionAnswer
          name={name}
          question={question}
          options={displayOptions(question, quizId, attempt)}
          chosen={chosen}
          disabled={hydrated && locked(question.id)}
          reveal={reveal ? (revealAll && !checked ? 'answers' : 'checked') : undefined}
          graded={graded}
          focusFirst={index === 0 && reveal}
          onChange={(update) => answer(question.id, update)}
        />
        {/* Rendered on the server too, where the page's CSS keeps its place (invisible until the island
            hydrates, absent without scripts): showing it then moves nothing below it. */}
        <ConfidenceChoice
          name={name}
          value={confidence[question.id]}
          disabled={hydrated && locked(question.id)}
          onChange={(next) =>
            setConfidence(({ [question.id]: _, ...rest }) => (next ? { ...rest, [question.id]: next } : rest))
          }
        />
        {/* Rendered on the server too (invisible, or taking no room when practice mode is off; see quiz.css),
            so that when practice mode is on the questions do not move down as the island hydrates. */}
        {(!hydrated || (practiceOn && !locked(question.id))) && (
          <p class="quiz-check-one action-row" data-pagefind-ignore={hydrated ? undefined : true}>
            <button type="button" onClick={() => checkOne(question.id)}>
              Check this answer
            </button>{' '}
            {asked && (
              <strong class="quiz-needs-answer" id={verdictId} tabIndex={-1}>
                {NEEDS_ANSWER}
              </strong>
            )}
          </p>
        )}
        {reveal && (
          <p class="quiz-explanation">
            <strong>Explanation:</strong> {question.explanation}
          </p>
        )}
        {hydrated && (checked || practised(question.id)) && (
          <StarButton store={stored.store} cardId={questionCardId(quizId, question.id)} />
        )}
        {!hydrated && (
          <details class="quiz-answer" data-pagefind-ignore>
            <summary>Show the answer</summary>
            <p>
              <strong>Answer:</strong>{' '}
              {correctOptions(question)
                .map((o) => o.text)
                .join('; ')}
            </p>
            <p>{question.explanation}</p>
          </details>
        )}
      </fieldset>
    );
  }

  return (
    <form
      class="quiz"
      ref={form}
      data-hydrated={hydrated ? 'true' : undefined}
      onSubmit={check}
      aria-label={quiz.title}
    >
      {record && (
        <p class="quiz-best">
          {`Your best: ${formatScore(record.best.score, record.best.max)} on ${formatDate(record.best.at)}; ` +
            `${record.attempts} attempt${record.attempts === 1 ? '' : 's'}.`}
        </p>
      )}
      {/* Rendered on the server, invisible until the island hydrates (as the confidence buttons are),
          so nothing below moves when it appears. */}
      <p class="quiz-mode">
        <button type="button" class="quiz-toggle" aria-pressed={practiceOn} onClick={togglePractice}>
          Check each answer as I go
        </button>
      </p>
      {questionUnits(quiz).map((unit) =>
        unit.kind === 'question' ? (
          renderQuestion(unit.question)
        ) : (
          <section class="quiz-case" key={`case-${unit.case.id}`} aria-labelledby={`${quizId}--case-${unit.case.id}`}>
            <CaseIntro id={`${quizId}--case-${unit.case.id}`} scenario={unit.case} level={3} />
            {/* biome-ignore lint/a11y/useSemanticElements: the case's questions are fieldsets already; a third fieldset level would repeat the heading as a legend */}
            <div class="quiz-case-questions" role="group" aria-label={`Questions on the case: ${unit.case.title}`}>
              {unit.questions.map(renderQuestion)}
            </div>
          </section>
        ),
      )}
      <div
        class={`quiz-summary result-banner${checked ? (result.passed ? ' is-pass' : ' is-fail') : ''}`}
        tabIndex={-1}
        aria-live="polite"
      >
        {nothingAnswered && !checked && (
          <p>
            <strong>Nothing checked yet.</strong> Answer at least one of the {quiz.questions.length} questions, then
            check again; no attempt was recorded.
          </p>
        )}
        {checked && (
          <p>
            <strong>{result.passed ? 'Passed.' : 'Not passed yet.'}</strong> You scored{' '}
            {formatScore(result.score, result.max)}; the pass mark is {quiz.passPercent}%
            {assignedPass ? ' (set by your assignment)' : ''}.{' '}
            {result.missed.length > 0
              ? `${result.missed.length} question${result.missed.length === 1 ? '' : 's'} to review.`
              : 'Every answer is right.'}
          </p>
        )}
      </div>
      {hydrated && <SaveStatus record={stored} />}
      {hydrated && (
        <div class="quiz-actions action-row">
          {!checked && !practiceOn && <button type="submit">Check answers</button>}
          {checked && result.missed.length > 0 && (
            <button type="button" onClick={retryMissed}>
              Retry the ones I missed
            </button>
          )}
          {!revealAll && (
            <button type="button" onClick={showAllAnswers}>
              Show all answers
            </button>
          )}
          {(checked || revealAll) && (
            <button type="button" onClick={startAgain}>
              Start again
            </button>
          )}
        </div>
      )}
    </form>
  );
}
