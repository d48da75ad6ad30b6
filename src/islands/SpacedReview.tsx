// /review/: the cards due today, one at a time, scheduled with FSRS (src/lib/review/spaced-review.ts).
// On load it schedules the quiz attempts waiting in the store (graded against the modules' review
// parts, fetched only for the modules it needs), then asks each due card; misses come back once more
// at the end of the session (that round changes no schedule). A thin view over src/lib/review.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProgressStore } from '../lib/progress/progress-store';
import type { ReviewState } from '../lib/progress/progress-schema';
import { cardQuestions, isReviewPart, reviewPartsToLoad, type ReviewPart } from '../lib/review/review-parts';
import { dueCardIds, endOfDay, parseCardId } from '../lib/review/review-cards';
import { rateCard, Rating, scheduleWaiting, type Grade } from '../lib/review/spaced-review';
import { termsFromFile, type ReviewTerm } from '../lib/review/review-terms';
import { isStarred } from '../lib/review/review-stars';
import { formatDate } from '../lib/format';
import { SaveStatus, useStoredRecord } from './hooks/use-stored-record';
import { QuestionCard } from './spaced/QuestionCard';
import { SelfRating } from './spaced/SelfRating';
import '../styles/shared/answer-pieces.css';
import '../styles/islands/spaced-review.css';

const fetchJson = (url: string): Promise<unknown> =>
  fetch(url).then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))));

interface Props {
  /** Quiz id -> its module, module id -> its review part URL (src/pages/progress/review/). */
  quizModule: Record<string, string>;
  partUrl: Record<string, string>;
  termsUrl: string;
  quizzesHref: string;
  glossaryHref: string;
  store?: ProgressStore;
  load?: (url: string) => Promise<unknown>;
}

interface Session {
  round: 'due' | 'again';
  queue: string[];
  at: number;
  missed: string[];
  reviewed: number;
}

export default function SpacedReview({
  quizModule,
  partUrl,
  termsUrl,
  quizzesHref,
  glossaryHref,
  store,
  load = fetchJson,
}: Props) {
  const record = useStoredRecord<ReviewState>({ store, writes: 'merge', select: (p) => p.review });
  const review = record.value;
  const [now] = useState(() => new Date());
  const today = endOfDay(now);
  const [parts, setParts] = useState<Record<string, ReviewPart>>({});
  const [terms, setTerms] = useState<Map<string, ReviewTerm> | undefined>();
  const [failed, setFailed] = useState(false);
  const [session, setSession] = useState<Session | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  const neededParts = review ? reviewPartsToLoad(quizModule, partUrl, review, today) : [];
  const missingParts = neededParts.filter((id) => !parts[id]);
  const due = review ? dueCardIds(review, today) : [];
  const needTerms = due.some((id) => parseCardId(id)?.kind === 'term');
  useEffect(() => {
    for (const moduleId of missingParts)
      load(partUrl[moduleId]!)
        .then((value) => (isReviewPart(value) ? setParts((had) => ({ ...had, [moduleId]: value })) : setFailed(true)))
        .catch(() => setFailed(true));
    if (needTerms && !terms)
      load(termsUrl)
        .then((value) => {
          const found = termsFromFile(value);
          return found ? setTerms(found) : setFailed(true);
        })
        .catch(() => setFailed(true));
  }, [missingParts.join(' '), needTerms]);

  const questions = cardQuestions(Object.values(parts));
  const ready = review !== undefined && missingParts.length === 0 && (!needTerms || terms !== undefined);
  // Attempts recorded since the last visit become card reviews first, at their own dates.
  useEffect(() => {
    if (ready && review.waiting.length > 0)
      record.save((s) => s.updateReview((r) => scheduleWaiting(r, (cardId) => questions.get(cardId)?.question)));
  }, [ready, review?.waiting.length]);
  const hasData = (id: string) => {
    const ref = parseCardId(id);
    return ref?.kind === 'term' ? Boolean(terms?.has(ref.termId)) : questions.has(id);
  };
  useEffect(() => {
    if (ready && review.waiting.length === 0 && !session)
      setSession({ round: 'due', queue: due.filter(hasData), at: 0, missed: [], reviewed: 0 });
  }, [ready, review?.waiting.length]);
  const position = session ? `${session.round}-${session.at}` : '';
  useEffect(() => {
    if (session && (session.at > 0 || session.round === 'again')) heading.current?.focus();
  }, [position]);

  if (failed)
    return (
      <p role="alert">
        The questions for your review could not be loaded. Your cards and progress are untouched; try reloading the
        page.
      </p>
    );
  if (!review || !session)
    return (
      <p class="spaced-loading">Your review cards are kept in this browser; this page reads them with JavaScript.</p>
    );

  const cardCount = Object.keys(review.cards).length;
  const starCount = Object.keys(review.starred ?? {}).length;
  const notices = (
    <>
      {(review.dropped ?? 0) > 0 && (
        <p class="spaced-note">
          {review.dropped} cards you knew best were removed so that your record stays within this browser's storage (at
          most 1,500 cards are kept).
        </p>
      )}
      {(review.skipped ?? 0) > 0 && (
        <p class="spaced-note">
          {review.skipped} older quiz attempts were not scheduled: more than 60 waited between two visits to this page.
          Their questions are still cards, from your later attempts.
        </p>
      )}
      <SaveStatus record={record} announceSaved={false} />
    </>
  );

  const rate = (id: string, rating: Grade) => {
    if (session.round === 'due') {
      const when = new Date();
      record.save((s) => s.updateReview((r) => rateCard(r, id, rating, when)));
    }
    if (rating === Rating.Again && session.round === 'due') setSession((s) => s && { ...s, missed: [...s.missed, id] });
  };
  const next = () =>
    setSession((s) => {
      if (!s) return s;
      if (s.at + 1 < s.queue.length) return { ...s, at: s.at + 1, reviewed: s.reviewed + 1 };
      if (s.round === 'due' && s.missed.length > 0)
        return { round: 'again', queue: s.missed, at: 0, missed: [], reviewed: s.reviewed + 1 };
      return { ...s, at: s.queue.length, reviewed: s.reviewed + (s.round === 'due' ? 1 : 0) };
    });

  const id = session.queue[session.at];
  if (id === undefined) {
    const upcoming = Object.values(review.cards)
      .map((c) => c.d)
      .filter((d) => d * 1000 > today.getTime())
      .sort((a, b) => a - b)[0];
    return (
      <div class="spaced" data-hydrated="true">
        <p class="spaced-due">
          Due today: <strong>0</strong>
        </p>
        {cardCount === 0 ? (
          <p>
            You have no review cards yet. Take a quiz in <a href={quizzesHref}>any module</a>: each question you answer
            becomes a card that comes back when you are about to forget it. You can also add terms from the{' '}
            <a href={glossaryHref}>glossary</a>.
          </p>
        ) : (
          <p>
            {session.reviewed > 0
              ? `Done for today: you reviewed ${session.reviewed} ${session.reviewed === 1 ? 'card' : 'cards'}. `
              : 'Nothing is due today. '}
            {upcoming ? `The next card is due on ${formatDate(new Date(upcoming * 1000).toISOString())}.` : ''} You have{' '}
            {cardCount} {cardCount === 1 ? 'card' : 'cards'} in all
            {starCount > 0 ? `, ${starCount} of them starred` : ''}.
          </p>
        )}
        {notices}
      </div>
    );
  }

  const ref = parseCardId(id)!;
  const left = session.queue.length - session.at;
  const term = ref.kind === 'term' ? terms?.get(ref.termId) : undefined;
  const found = questions.get(id);
  return (
    <div class="spaced" data-hydrated="true">
      <p class="spaced-due">
        {session.round === 'due' ? (
          <>
            Due today: <strong>{session.queue.length}</strong> · {left} left
          </>
        ) : (
          <>
            Once more, the {session.queue.length} you missed ({left} left; this round does not change the schedule)
          </>
        )}
      </p>
      <section class="spaced-current" aria-labelledby="spaced-card-title">
        <h2 id="spaced-card-title" tabIndex={-1} ref={heading}>
          {term ? `Term: ${term.term}` : `Question ${session.at + 1} of ${session.queue.length}`}
        </h2>
        {isStarred(review, id) && <p class="spaced-starred">★ You starred this card.</p>}
        {term ? (
          <div class="spaced-card" key={`${position}-${id}`}>
            <p class="spaced-stem">What does “{term.term}” mean?</p>
            <SelfRating
              revealLabel="Show the definition"
              answer={<p>{term.definition}</p>}
              onRated={(rating) => {
                rate(id, rating);
                next();
              }}
            />
          </div>
        ) : (
          found && (
            <QuestionCard
              key={`${position}-${id}`}
              cardId={id}
              found={found}
              reps={review.cards[id]?.r ?? 0}
              onRated={(rating) => rate(id, rating)}
              onNext={next}
            />
          )
        )}
      </section>
      {notices}
    </div>
  );
}
