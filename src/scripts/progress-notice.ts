// The progress notice as a plain script over server markup (src/components/ProgressNotice.astro): no
// framework on the page for a box that is empty unless saved progress could not be read or saved.
// Fills `root` with a role="alert" box while the store has notices, and empties it when they go.
import { describeProgressNotice, noticesDismissible, offersUnreadableDownload } from '../lib/progress/notice-message';
import { PROGRESS_KEY } from '../lib/progress/progress-keys';
import type { ProgressStore } from '../lib/progress/progress-store';

/** Offers the protected, unreadable value as a file: the learner's way to keep it whatever happens. */
function download(store: ProgressStore) {
  const url = URL.createObjectURL(new Blob([store.rawValue(PROGRESS_KEY) ?? ''], { type: 'application/json' }));
  Object.assign(document.createElement('a'), { href: url, download: 'one-voice-unreadable-progress.json' }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/** Shows the store's notices in `root` and follows them; returns a function that stops following. */
export function mountProgressNotice(root: HTMLElement, store: ProgressStore): () => void {
  let shown = '';
  const render = () => {
    const notices = store.notices();
    const key = JSON.stringify(notices);
    if (key === shown) return; // leave focus and the live region alone when nothing changed
    shown = key;
    if (notices.length === 0) return root.replaceChildren();
    const box = document.createElement('div');
    box.className = 'progress-notice';
    box.setAttribute('role', 'alert');
    for (const notice of notices) {
      const paragraph = document.createElement('p');
      paragraph.textContent = describeProgressNotice(notice); // text, never HTML: keys come from storage
      box.append(paragraph);
    }
    if (offersUnreadableDownload(notices)) {
      const paragraph = document.createElement('p');
      paragraph.append(button('Download the unreadable progress', () => download(store)));
      box.append(paragraph);
    }
    if (noticesDismissible(notices))
      box.append(
        button('Dismiss', () => {
          store.dismissNotices();
          render();
        }),
      );
    root.replaceChildren(box);
  };
  render();
  return store.subscribe(render);
}
