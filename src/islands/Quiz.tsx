// A quiz as a thin view over src/lib/quiz. Server-rendered, it is a readable list of questions with
// each answer behind a <details>; hydrated, the learner checks, sees why every option is right or
// wrong, retries what they missed, and finds their last attempt again after a reload.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Quiz as QuizData } from '../schemas/quiz';
import { choiceMode, displayOptions } from '../lib/quiz/question-rules';
import { gradeQuiz, keepCorrectAnswers, type Answers } from '../lib/quiz/grade-quiz';
import { formatDate, formatScore, optionStatus, optionStatusLabel, questionVerdict } from '../lib/quiz/option-status';
import type { ProgressStore } from '../lib/progress/progress-store';
import type { QuizRecord } from '../lib/progress/progress-schema';
import { browserProgressStore } from '../lib/progress/browser-progress';
import '../styles/shared/answer-pieces.css';
import '../styles/islands/quiz.css';

interface Props {
  quizId: string;
  quiz: QuizData;
  /** Injected in tests; the page uses the browser's store. */
  store?: ProgressStore;
}

export default function Quiz({ quizId, quiz, store: injected }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [checked, setChecked] = useState(false);
  const [revealAll, setRevealAll] = useState(false);
  const [record, setRecord] = useState<QuizRecord | undefined>();
  /** Questions answered right before "retry the ones I missed": locked while the rest are retried. */
  const [kept, setKept] = useState<string[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const store = useMemo(() => (hydrated ? (injected ?? browserProgressStore()) : undefined), [hydrated, injected]);
  const result = useMemo(() => gradeQuiz(quiz, answers), [quiz, answers]);

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    const saved = store?.get().quizzes[quizId];
    if (saved) {
      setRecord(saved);
      setAnswers(saved.last.answers);
      setChecked(true);
    }
  }, [store, quizId]);

  function choose(questionId: string, optionId: string, many: boolean, on: boolean) {
    // Functional update: two quick changes before a re-render must both count.
    setAnswers((previous) => {
      const current = previous[questionId] ?? [];
      const next = many ? (on ? [...current.filter((id) => id !== optionId), optionId] : current.filter((id) => id !== optionId)) : [optionId];
      return { ...previous, [questionId]: next };
    });
  }

  function check(event: Event) {
    event.preventDefault();
    setChecked(true);
    setRevealAll(false);
    setKept([]);
    if (store) {
      store.recordQuizAttempt(quizId, { at: new Date().toISOString(), score: result.score, max: result.max, answers });
      setRecord(store.get().quizzes[quizId]);
    }
    summary.current?.focus();
  }

  function retryMissed() {
    const keep = keepCorrectAnswers(result, answers);
    setKept(Object.keys(keep));
    setAnswers(keep);
    setChecked(false);
    setRevealAll(false);
  }

  const locked = (id: string) => checked || revealAll || kept.includes(id);

  return (
    <form class="quiz" data-hydrated={hydrated ? 'true' : undefined} onSubmit={check} aria-label={quiz.title}>
      {record && (
        <p class="quiz-best">
          {`Your best: ${formatScore(record.best.score, record.best.max)} on ${formatDate(record.best.at)}; ` +
            `${record.attempts} attempt${record.attempts === 1 ? '' : 's'}.`}
        </p>
      )}
      {quiz.questions.map((question, index) => {
        const many = choiceMode(question) === 'many';
        const chosen = answers[question.id] ?? [];
        const reveal = hydrated && (revealAll || (checked && result.questions[index]!.answered));
        const options = displayOptions(question, quizId);
        return (
          <fieldset class="quiz-question" key={question.id}>
            <legend>
              <span class="quiz-number">Question {index + 1} of {quiz.questions.length}</span> {question.stem}
            </legend>
            {hydrated && checked && <p class="quiz-verdict">{questionVerdict(result.questions[index]!)}</p>}
            <ul class="quiz-options option-list" role="list">
              {options.map((option) => {
                const status = reveal ? (revealAll && !checked ? (option.correct ? 'missed-right' : 'not-chosen') : optionStatus(option, chosen)) : undefined;
                return (
                  <li key={option.id} class="quiz-option option-card" data-status={status}>
                    <label>
                      <input
                        type={many ? 'checkbox' : 'radio'}
                        name={`${quizId}--${question.id}`}
                        value={option.id}
                        checked={chosen.includes(option.id)}
                        disabled={hydrated && locked(question.id)}
                        onChange={(e) => choose(question.id, option.id, many, e.currentTarget.checked)}
                      />{' '}
                      {option.text}
                    </label>
                    {status && (
                      <p class="quiz-feedback option-card-feedback">
                        <strong>{revealAll && !checked && option.correct ? 'Correct answer.' : optionStatusLabel[status]}</strong> {option.feedback}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
            {reveal && <p class="quiz-explanation"><strong>Explanation:</strong> {question.explanation}</p>}
            {!hydrated && (
              <details class="quiz-answer" data-pagefind-ignore>
                <summary>Show the answer</summary>
                <p>
                  <strong>Answer:</strong> {options.filter((o) => o.correct).map((o) => o.text).join('; ')}
                </p>
                <p>{question.explanation}</p>
              </details>
            )}
          </fieldset>
        );
      })}
      <div
        class={`quiz-summary result-banner${checked ? (result.passed ? ' is-pass' : ' is-fail') : ''}`}
        ref={summary}
        tabIndex={-1}
        aria-live="polite"
      >
        {checked && (
          <p>
            <strong>{result.passed ? 'Passed.' : 'Not passed yet.'}</strong> You scored {formatScore(result.score, result.max)}; the
            pass mark is {quiz.passPercent}%.{' '}
            {result.missed.length > 0 ? `${result.missed.length} question${result.missed.length === 1 ? '' : 's'} to review.` : 'Every answer is right.'}
          </p>
        )}
      </div>
      {hydrated && (
        <div class="quiz-actions action-row">
          {!checked && <button type="submit">Check answers</button>}
          {checked && result.missed.length > 0 && <button type="button" onClick={retryMissed}>Retry the ones I missed</button>}
          {!revealAll && <button type="button" onClick={() => setRevealAll(true)}>Show all answers</button>}
          {(checked || revealAll) && (
            <button type="button" onClick={() => (setAnswers({}), setKept([]), setChecked(false), setRevealAll(false))}>Start again</button>
          )}
        </div>
      )}
    </form>
  );
}
