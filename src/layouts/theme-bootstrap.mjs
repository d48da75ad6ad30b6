// The one inline script of the site: it runs in <head> before the first paint and pins the theme the
// learner chose, so a dark-theme reader never sees a flash of the light page. BaseLayout inlines this
// exact string and astro.config.mjs hashes it for the Content-Security-Policy, so the two cannot drift.

/** localStorage key of the learner's theme choice ('light' | 'dark'); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'one-voice:theme';

export const themeBootstrapScript = `(function(){var t;try{t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t})();`;
