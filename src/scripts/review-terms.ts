// "Add to review" on the glossary: a plain script over server markup (one button per term, kept
// invisible by the page's CSS until this marks it ready). A term added becomes a new spaced-review
// card, due at once on /review/; a term already in the review says so. The scheduler is not loaded
// here (src/lib/review/review-cards.ts), nor is the store until a button is clicked (page-progress.ts):
// which terms are cards already comes from the page-load reader.
import { type ProgressAccess, writerFor } from '../lib/progress/page-progress';
import type { ReviewState } from '../lib/progress/progress-shape';
import { addCards, hasCard, termCardId } from '../lib/review/review-cards';

export const ADDED_LABEL = '✓ In your review';

/** Wires every `[data-review-term]` button under `root`; `status` is the page's one live region for outcomes. */
export function mountReviewTerms(root: ParentNode, status: HTMLElement, progress: ProgressAccess): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-review-term]')];
  const render = (review: ReviewState) => {
    for (const button of buttons) {
      const added = hasCard(review, termCardId(button.dataset.reviewTerm ?? ''));
      button.textContent = added ? ADDED_LABEL : 'Add to review';
      button.setAttribute('aria-disabled', String(added));
    }
  };
  for (const button of buttons) {
    button.dataset.ready = '';
    button.addEventListener('click', async () => {
      const id = termCardId(button.dataset.reviewTerm ?? '');
      const writer = await writerFor(progress, status);
      if (!writer) return;
      const { store, describeSaveOutcome } = writer;
      if (hasCard(store.get().review, id)) return;
      const outcome = store.updateReview((review) => addCards(review, [id], new Date()));
      const term = button.closest('.entry')?.querySelector('dt')?.textContent ?? 'The term';
      status.textContent =
        outcome.status === 'saved' ? `${term} is in your review: it is due today.` : describeSaveOutcome(outcome);
      status.dataset.saveStatus = outcome.status;
      render(store.get().review);
    });
  }
  progress.watch(({ review }) => render(review));
}
