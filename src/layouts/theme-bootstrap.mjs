// The one inline script of the site: it runs in <head> before the first paint and pins the theme the
// learner chose, so a dark-theme reader never sees a flash of the light page. It also marks <html> when
// the learner turned the quiz's practice mode on earlier in this visit, so a quiz can keep the place of
// its per-question "Check this answer" rows before it hydrates (src/styles/islands/quiz.css) instead of
// pushing every question down when they appear. BaseLayout inlines this exact string and
// astro.config.mjs hashes it for the Content-Security-Policy, so the two cannot drift.

/** localStorage key of the learner's theme choice ('light' | 'dark'); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'one-voice:theme';

/** sessionStorage key of practice mode ('on', or absent): src/islands/Quiz.tsx keeps it. */
export const QUIZ_PRACTICE_KEY = 'one-voice:quiz-practice';

export const themeBootstrapScript = `(function(){var d=document.documentElement,t;try{t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';d.dataset.theme=t;try{if(sessionStorage.getItem(${JSON.stringify(QUIZ_PRACTICE_KEY)})==='on')d.dataset.quizPractice=''}catch(e){}})();`;
