// When an island that shows a learner's saved work wakes up: `client:visible={WAKE_UP_AHEAD}` hydrates it
// one screen before it scrolls into view, so that its data is here and what was saved (a quiz's last
// attempt with a verdict and explanation under every question, an exercise's answers) is drawn while the
// island is still below the fold, instead of growing or reordering under the reader's eyes.
export const WAKE_UP_AHEAD = { rootMargin: '100%' };
