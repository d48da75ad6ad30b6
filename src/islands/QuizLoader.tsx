// The quiz island of a lesson or module page. Its children are the Quiz rendered by the server (static
// HTML in an astro-slot: the readable quiz, and the whole quiz without scripts); its props are only
// what it needs to fetch the quiz's data (src/pages/quizzes/). Once the data is here, the Quiz hydrates
// over that same markup, so nothing moves, focus stays put and a choice made before then is kept (Quiz
// reads the ticked inputs on its first render). If the data cannot be had, the static quiz stays and a
// polite line says the checking could not start.
import { type ComponentChildren, hydrate } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { quizOfFile } from '../lib/quiz/quiz-file';
import { keepAnswersForPrint } from '../scripts/quiz-print';
import Quiz from './Quiz';

interface Props {
  quizId: string;
  /** quizVersion() of the quiz rendered on the page: a file from another build is refused. */
  version: string;
  /** Where the quiz's file is (quizFilePath()). */
  url: string;
  /** The server-rendered Quiz. */
  children?: ComponentChildren;
  /** Injected in tests instead of fetching. */
  load?: (url: string) => Promise<unknown>;
}

export const QUIZ_LOAD_FAILED =
  'The interactive quiz could not load, so answers cannot be checked on this page. Each question still has its answer under "Show the answer"; reloading the page may bring the checking back.';

const fetchJson = async (url: string): Promise<unknown> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
};

export default function QuizLoader({ quizId, version, url, children, load = fetchJson }: Props) {
  const staticQuiz = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    load(url)
      .then((file) => {
        const quiz = quizOfFile(file, { quizId, version });
        // The children are an <astro-slot> around the server's <form>: the Quiz takes over that form.
        const slot = staticQuiz.current?.firstElementChild;
        if (!quiz || !slot) throw new Error(`${url}: not the quiz this page was built with`);
        // The hydrated Quiz drops the answers the server rendered for paper: keep a copy for printing.
        keepAnswersForPrint(slot);
        hydrate(<Quiz quizId={quizId} quiz={quiz} />, slot);
      })
      .catch(() => setFailed(true));
  }, []);

  return (
    <>
      <div class="quiz-static" ref={staticQuiz}>
        {children}
      </div>
      <p class="quiz-load-status" aria-live="polite">
        {failed ? QUIZ_LOAD_FAILED : ''}
      </p>
    </>
  );
}
