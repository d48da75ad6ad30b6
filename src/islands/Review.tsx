// "Your progress": lessons done, quiz scores and every question missed in the latest attempt, with
// the right answer and why. A thin view over src/lib/review; all data stays in this browser.
import { useEffect, useState } from 'preact/hooks';
import type { ProgressStore } from '../lib/progress/progress-store';
import { useStoredRecord } from './hooks/use-stored-record';
import { isReviewData, reviewProgress, type ReviewData } from '../lib/review/review-quizzes';
import { formatDate, formatScore } from '../lib/format';
import '../styles/islands/review.css';

interface Props {
  /** The course's compact quizzes (src/pages/progress/review-data.json.ts). */
  dataUrl: string;
  store?: ProgressStore;
  /** Injected in tests instead of fetching. */
  data?: ReviewData;
}

export default function Review({ dataUrl, store, data: injected }: Props) {
  // Read only: follows this page and other tabs, so a quiz taken elsewhere shows up here.
  const progress = useStoredRecord({ store, writes: 'merge', select: (p) => p }).value;
  const [data, setData] = useState<ReviewData | undefined>(injected);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (injected) return;
    fetch(dataUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((value: unknown) => (isReviewData(value) ? setData(value) : setFailed(true)))
      .catch(() => setFailed(true));
  }, [dataUrl, injected]);

  if (failed)
    return (
      <p role="alert">
        The course's quiz list could not be loaded, so your answers cannot be reviewed right now. Your saved progress is
        untouched; try reloading the page.
      </p>
    );
  if (!progress || !data)
    return <p class="review-loading">Your results are kept in this browser; this page reads them with JavaScript.</p>;
  const { quizzes, lessonIds } = data;
  const reviews = reviewProgress(quizzes, progress);
  const done = lessonIds.filter((id) => id in progress.lessonsDone).length;
  const toReview = reviews.reduce((n, r) => n + r.missed.length, 0);
  return (
    <div class="review" data-hydrated="true">
      <ul class="review-totals">
        <li>
          <strong>{done}</strong> of {lessonIds.length} lessons marked done
        </li>
        <li>
          <strong>{reviews.length}</strong> of {quizzes.length} quizzes taken
        </li>
        <li>
          <strong>{toReview}</strong> {toReview === 1 ? 'question' : 'questions'} to review
        </li>
      </ul>
      {reviews.length === 0 && (
        <p>You have not taken a quiz in this browser yet. Your results and the questions to review will appear here.</p>
      )}
      {reviews.map(({ quiz, attempts, best, last, missed }) => (
        <section class="review-quiz" key={quiz.id} aria-labelledby={`review-${quiz.id}`}>
          <h2 id={`review-${quiz.id}`}>{quiz.title}</h2>
          <p class="review-scores">
            {`Latest: ${formatScore(last.score, last.max)} on ${formatDate(last.at)}. Best: ${formatScore(best.score, best.max)}. `}
            {`${attempts} attempt${attempts === 1 ? '' : 's'}.`} <a href={quiz.href}>Back to {quiz.context}</a>
          </p>
          {missed.length === 0 ? (
            <p>Every answer in your latest attempt is right.</p>
          ) : (
            <ol class="review-missed">
              {missed.map((m) => (
                <li key={m.questionId}>
                  <p class="review-stem">{m.stem}</p>
                  <p>
                    <strong>Your answer:</strong> {m.chosen.length ? m.chosen.join('; ') : 'not answered'}
                    {m.score > 0 ? ` (partly right: ${Math.round(m.score * 100)}% credit)` : ''}
                  </p>
                  <p>
                    <strong>Correct answer:</strong> {m.correct.join('; ')}
                  </p>
                  <p class="review-why">
                    <strong>Why:</strong> {m.explanation}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
