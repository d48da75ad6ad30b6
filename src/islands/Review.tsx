// "Your progress": lessons done, quiz scores and every question missed in the latest attempt, with
// the right answer and why. A thin view over src/lib/review; all data stays in this browser.
import { useEffect, useState } from 'preact/hooks';
import type { ProgressStore } from '../lib/progress/progress-store';
import { useStoredRecord } from './hooks/use-stored-record';
import { reviewProgress } from '../lib/review/review-quizzes';
import {
  isReviewPart,
  partsToLoad,
  quizzesFromParts,
  type ReviewIndex,
  type ReviewPart,
} from '../lib/review/review-parts';
import { formatDate, formatScore } from '../lib/format';
import { dueCardIds, endOfDay } from '../lib/review/review-cards';
import '../styles/islands/review.css';

const fetchJson = (url: string): Promise<unknown> =>
  fetch(url).then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))));

interface Props {
  /** Lesson ids, the module of each quiz, and where each module's compact quizzes are (src/pages/progress/review/). */
  index: ReviewIndex;
  /** /review/, where the cards due are asked. */
  reviewHref: string;
  store?: ProgressStore;
  /** Injected in tests instead of fetching. */
  load?: (url: string) => Promise<unknown>;
}

export default function Review({ index, reviewHref, store, load = fetchJson }: Props) {
  // Read only: follows this page and other tabs, so a quiz taken elsewhere shows up here.
  const progress = useStoredRecord({ store, writes: 'merge', select: (p) => p }).value;
  const [loaded, setLoaded] = useState<Record<string, ReviewPart>>({});
  const [failed, setFailed] = useState(false);
  // Only the modules of quizzes taken are fetched; with nothing saved, nothing is.
  const needed = progress ? partsToLoad(index, progress) : [];
  const missing = needed.filter((moduleId) => !loaded[moduleId]);
  useEffect(() => {
    for (const moduleId of missing)
      load(index.partUrl[moduleId]!)
        .then((value) => (isReviewPart(value) ? setLoaded((had) => ({ ...had, [moduleId]: value })) : setFailed(true)))
        .catch(() => setFailed(true));
  }, [missing.join(' ')]);

  if (failed)
    return (
      <p role="alert">
        The course's quiz list could not be loaded, so your answers cannot be reviewed right now. Your saved progress is
        untouched; try reloading the page.
      </p>
    );
  const quizzes = progress && quizzesFromParts(index, progress, loaded);
  const { lessonIds } = index;
  const quizCount = Object.keys(index.quizModule).length;
  // Until the record and its modules' quizzes are read (and in the server render), the totals keep their
  // place with a dash for each figure, so nothing below them moves when the figures arrive.
  const reviews = progress && quizzes ? reviewProgress(quizzes, progress) : undefined;
  const figure = (value: number | undefined) => (value === undefined ? '–' : String(value));
  const done = progress && lessonIds.filter((id) => id in progress.lessonsDone).length;
  const toReview = reviews?.reduce((n, r) => n + r.missed.length, 0);
  // Counted without the scheduler: attempts not yet scheduled are named, and /review/ schedules them.
  const dueToday = progress && dueCardIds(progress.review, endOfDay(new Date())).length;
  const waiting = progress?.review.waiting.length ?? 0;
  return (
    <div class="review" data-hydrated={reviews ? 'true' : undefined}>
      <ul class="review-totals">
        <li>
          <strong>{figure(done)}</strong> of {lessonIds.length} lessons marked done
        </li>
        <li>
          <strong>{figure(reviews?.length)}</strong> of {quizCount} quizzes taken
        </li>
        <li>
          <strong>{figure(toReview)}</strong> {toReview === 1 ? 'question' : 'questions'} to review
        </li>
      </ul>
      {dueToday === undefined ? (
        <p class="review-due review-loading">
          Your results are kept in this browser; this page reads them with JavaScript.
        </p>
      ) : (
        <p class="review-due" data-due-count={dueToday}>
          <strong>Spaced review:</strong> {dueToday} {dueToday === 1 ? 'card' : 'cards'} due today
          {waiting > 0
            ? `, and the answers of ${waiting} quiz ${waiting === 1 ? 'attempt' : 'attempts'} to schedule`
            : ''}
          . <a href={reviewHref}>{dueToday + waiting > 0 ? 'Review now' : 'Open the review'}</a>
        </p>
      )}
      {reviews?.length === 0 && (
        <p>You have not taken a quiz in this browser yet. Your results and the questions to review will appear here.</p>
      )}
      {reviews?.map(({ quiz, attempts, best, last, missed }) => (
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
