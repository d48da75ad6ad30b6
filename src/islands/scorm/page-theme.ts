// A package's launch page has no theme toggle and no site storage: it follows the system's light or
// dark setting. Setting data-theme also tells the site's styles that scripts run (they hide controls,
// such as the quiz's confidence buttons, that do nothing without them: src/styles/islands/quiz.css).
export function followSystemTheme() {
  document.documentElement.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
