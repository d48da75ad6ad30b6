// @vitest-environment happy-dom
// "Mark lesson as done" and the progress notice are plain scripts over server markup (no framework on
// a lesson). Driven here over a fake store: real save outcomes, other tabs followed, messages in words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountMarkDone, markDoneView } from '../../../src/scripts/mark-done';
import { mountProgressNotice } from '../../../src/scripts/progress-notice';
import {
  createProgressStore,
  CORRUPT_KEY_PREFIX,
  PROGRESS_KEY,
  type ProgressStore,
} from '../../../src/lib/progress/progress-store';
import { type ProgressAccess, WRITER_NOT_LOADED } from '../../../src/lib/progress/page-progress';
import { describeSaveOutcome } from '../../../src/lib/progress/save-outcome-message';
import { MemoryStorage, tabsOver } from '../../helpers/memory-storage';

// The markup of src/components/MarkDone.astro; mountMarkDone throws if a part it needs is missing.
const MARK_DONE_MARKUP = `<div class="mark-done" hidden>
  <button type="button" aria-pressed="false">Mark lesson as done</button>
  <span class="visually-hidden" aria-live="polite"></span>
  <div class="save-status"><p role="status"></p></div>
</div>`;

afterEach(() => document.body.replaceChildren());

/** What page-progress.ts gives a page, over a given store (the page loads its store on the first write). */
function accessTo(store: ProgressStore): ProgressAccess & { writes: number } {
  const access = {
    writes: 0,
    watch(listener: Parameters<ProgressAccess['watch']>[0]) {
      listener(store.get());
      store.subscribe((progress) => listener(progress));
    },
    async writer() {
      access.writes++;
      return { store, describeSaveOutcome };
    },
  };
  return access;
}

/** Lets the click handler's awaited store arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function markDoneRoot(): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', MARK_DONE_MARKUP);
  return document.body.lastElementChild as HTMLElement;
}

const noticeRoot = () => document.body.appendChild(document.createElement('div'));
const alertIn = (root: HTMLElement) => root.querySelector('[role="alert"]');
const buttonIn = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name);

describe('mark lesson as done', () => {
  it('names the state on the button and announces "done"', () => {
    expect(markDoneView(false)).toEqual({ label: 'Mark lesson as done', announced: '' });
    expect(markDoneView(true)).toEqual({ label: '✓ Lesson done', announced: 'Marked as done.' });
  });

  it('shows itself, toggles with aria-pressed, and saves in the store, loaded only on the click', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    const root = markDoneRoot();
    const access = accessTo(store);
    mountMarkDone(root, 'what-is-imc', access);
    expect(root.hidden).toBe(false);
    expect(access.writes).toBe(0);
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    await settle();
    expect(access.writes).toBe(1);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.textContent).toBe('✓ Lesson done');
    expect(root.querySelector('[aria-live]')!.textContent).toBe('Marked as done.');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');
    expect(root.querySelector<HTMLElement>('[role="status"]')!.dataset.saveStatus).toBe('saved');
    expect(store.get().lessonsDone).toHaveProperty('what-is-imc');
    button.click();
    await settle();
    expect(store.get().lessonsDone).not.toHaveProperty('what-is-imc');
  });

  it('follows another tab and says when the mark could not be saved', async () => {
    const shared = new MemoryStorage();
    const { tabs, deliver } = tabsOver(shared);
    const [a, b] = tabs.map((t) => createProgressStore({ storage: t!.storage, eventTarget: t!.events }));
    const root = markDoneRoot();
    mountMarkDone(root, 'what-is-imc', accessTo(a!));
    b!.setLessonDone('what-is-imc', true);
    deliver();
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    shared.full = true;
    button.click();
    await settle();
    expect(button.textContent).toBe('Mark lesson as done');
    const status = root.querySelector<HTMLElement>('[role="status"]')!;
    expect(status.textContent).toMatch(/^Not saved: this browser's storage is full/);
    expect(status.dataset.saveStatus).toBe('page-only');
  });

  it('says nothing was saved when the store cannot be loaded, and saves on the next click once it can', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    const access = accessTo(store);
    let reachable = false;
    const flaky: ProgressAccess = {
      watch: access.watch,
      writer: () => (reachable ? access.writer() : Promise.reject(new TypeError('Failed to fetch'))),
    };
    const root = markDoneRoot();
    mountMarkDone(root, 'what-is-imc', flaky);
    const button = root.querySelector('button')!;
    const status = root.querySelector<HTMLElement>('[role="status"]')!;
    button.click();
    await settle();
    expect(status.textContent).toBe(WRITER_NOT_LOADED);
    expect(status.dataset.saveStatus).toBe('not-loaded');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(store.get().lessonsDone).not.toHaveProperty('what-is-imc');
    reachable = true;
    button.click();
    await settle();
    expect(status.textContent).toBe('');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(store.get().lessonsDone).toHaveProperty('what-is-imc');
  });

  it('fails loudly on markup that lacks a part', () => {
    const root = noticeRoot();
    expect(() => mountMarkDone(root, 'x', accessTo(createProgressStore({ storage: new MemoryStorage() })))).toThrow(
      /button/,
    );
  });
});

describe('progress notice', () => {
  it('stays empty while progress is fine', () => {
    const root = noticeRoot();
    mountProgressNotice(root, createProgressStore({ storage: new MemoryStorage() }));
    expect(root.childElementCount).toBe(0);
  });

  it('reports corrupt progress, names the key it was kept under, and can be dismissed', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, 'not json');
    const root = noticeRoot();
    mountProgressNotice(root, createProgressStore({ storage }));
    expect(alertIn(root)!.textContent).toMatch(/kept, not deleted, under the storage key "one-voice:progress:corrupt:/);
    buttonIn(root, 'Dismiss')!.click();
    expect(alertIn(root)).toBeNull();
  });

  it('names the records set aside and where the copy is', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    store.setLessonDone('kept-lesson', true);
    const raw = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    raw.quizzes.bad = {
      attempts: 1,
      best: { score: 7, max: 6, at: 'x' },
      last: { score: 1, max: 6, at: 'x', answers: {} },
    };
    storage.setItem(PROGRESS_KEY, JSON.stringify(raw));
    const root = noticeRoot();
    mountProgressNotice(root, createProgressStore({ storage }));
    expect(alertIn(root)!.textContent).toMatch(
      /could not be read \(quiz "bad"\)\. It was kept, not deleted, .*the rest of your progress is in use/,
    );
  });

  it('renders a stored key as text, never HTML', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    store.keepAside('the plan "<img src=x onerror=alert(1)>"', { a: 1 });
    const root = noticeRoot();
    mountProgressNotice(root, store);
    expect(root.querySelector('img')).toBeNull();
    expect(alertIn(root)!.textContent).toMatch(/<img src=x onerror=alert\(1\)>/);
  });

  it('says plainly that writes stopped to protect unreadable data, offers it, and cannot be dismissed', async () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{"version":1,"lessonsDone":');
    storage.full = true;
    const store = createProgressStore({ storage });
    const root = noticeRoot();
    mountProgressNotice(root, store);
    expect(alertIn(root)!.textContent).toMatch(
      /too full to keep a copy of it aside\. To protect it, nothing more is saved until there is room/,
    );
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:unreadable');
    buttonIn(root, 'Download the unreadable progress')!.click();
    expect(await (created.mock.calls[0]![0] as Blob).text()).toBe('{"version":1,"lessonsDone":');
    created.mockRestore();
    expect(buttonIn(root, 'Dismiss')).toBeUndefined();
    // Once there is room, the next save copies it aside and the notice changes to say where it is.
    storage.full = false;
    store.setLessonDone('a', true);
    expect(alertIn(root)!.textContent).toMatch(new RegExp(`under the storage key "${CORRUPT_KEY_PREFIX}`));
  });

  it('appears when a save fails on the page, and goes once a save succeeds', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    const root = noticeRoot();
    mountProgressNotice(root, store);
    storage.full = true;
    store.setLessonDone('a', true);
    expect(alertIn(root)!.textContent).toMatch(/storage is full/);
    storage.full = false;
    store.setLessonDone('b', true);
    expect(alertIn(root)).toBeNull();
  });
});
