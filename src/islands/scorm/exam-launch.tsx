// The launch page script of an exam's SCORM 1.2 package: the site's own Exam island over a store that
// reports to the LMS and keeps the exam in progress (src/lib/scorm/scorm-exam.ts). The page holds the
// exam and its pools as JSON, so nothing is fetched; with no LMS around it runs in practice mode.
import { render } from 'preact';
import { findApi, openSession } from '../../lib/scorm/lms-api';
import type { ScormExamPageData } from '../../lib/scorm/package';
import { keepMessage, scormExamStore } from '../../lib/scorm/scorm-exam';
import Exam from '../Exam';
import { followSystemTheme } from './page-theme';
import '../../styles/tokens.css';
import '../../styles/global.css';
import '../../styles/islands/scorm-page.css';

function start() {
  followSystemTheme();
  const dataElement = document.getElementById('scorm-data');
  const root = document.getElementById('scorm-exam');
  const status = document.getElementById('scorm-status');
  const keep = document.getElementById('scorm-keep');
  if (!dataElement || !root || !status || !keep) return;
  const { exam, pools } = JSON.parse(dataElement.textContent ?? '{}') as ScormExamPageData;
  const session = openSession(findApi(window));
  const kept = scormExamStore({ exam, pools }, session);
  status.textContent =
    session.mode === 'lms'
      ? `Your course records your best score on this exam (pass mark ${exam.passPercent}%).${kept.draft ? ' Your exam in progress is back where you left it.' : kept.resumed ? ' Your last result is shown again.' : ''}`
      : 'Practice mode: no learning platform was found, so your answers are not recorded anywhere.';
  kept.onStatus((next) => {
    keep.textContent = keepMessage(next);
  });
  document.documentElement.dataset.scormMode = session.mode;
  // Whatever waits on the timer is written before the window goes; then the session ends.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') kept.flush();
  });
  window.addEventListener('pagehide', () => {
    kept.flush();
    session.finish();
  });
  const byModule = new Map(pools.map((pool) => [pool.moduleId, pool]));
  root.replaceChildren();
  render(
    <Exam
      exam={exam}
      poolUrls={exam.moduleIds}
      store={kept.store}
      loadPool={async (moduleId) => byModule.get(moduleId)}
      draft={kept.draft}
      onDraft={kept.saveDraft}
    />,
    root,
  );
}

start();
