// The launch page script of a SCORM 1.2 package: the site's own Quiz island over a progress store
// that reports to the LMS (src/lib/scorm). The package's page holds the quiz as JSON; with no LMS
// around (opened as a file, or previewed) the quiz runs in practice mode and says so.
import { render } from 'preact';
import type { Quiz as QuizData } from '../../schemas/quiz';
import { findApi, openSession } from '../../lib/scorm/lms-api';
import { scormQuizStore } from '../../lib/scorm/scorm-progress';
import Quiz from '../Quiz';
import { followSystemTheme } from './page-theme';
import '../../styles/tokens.css';
import '../../styles/global.css';
import '../../styles/islands/scorm-page.css';

export interface ScormPageData {
  quizId: string;
  quiz: QuizData;
}

function start() {
  followSystemTheme();
  const dataElement = document.getElementById('scorm-data');
  const root = document.getElementById('scorm-quiz');
  const status = document.getElementById('scorm-status');
  if (!dataElement || !root || !status) return;
  const { quizId, quiz } = JSON.parse(dataElement.textContent ?? '{}') as ScormPageData;
  const session = openSession(findApi(window));
  const { store, resumed } = scormQuizStore(quizId, quiz, session);
  status.textContent =
    session.mode === 'lms'
      ? `Your course records your best score on this quiz (pass mark ${quiz.passPercent}%).${resumed ? ' Your last attempt is shown again.' : ''}`
      : 'Practice mode: no learning platform was found, so your answers are not recorded anywhere.';
  document.documentElement.dataset.scormMode = session.mode;
  window.addEventListener('pagehide', () => session.finish());
  root.replaceChildren();
  render(<Quiz quizId={quizId} quiz={quiz} store={store} />, root);
}

start();
