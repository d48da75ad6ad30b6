// @vitest-environment happy-dom
// Page-load scripts read with the reader and load the store only to write, or at once when the reader
// finds something only the store can handle; once the store exists, they follow it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CORRUPT_KEY_PREFIX, PROGRESS_KEY } from '../../../src/lib/progress/progress-store';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';

const AT = '2026-11-23T10:00:00.000Z';

/** A fresh page: module state (the store, the hub) starts anew. */
async function freshPage() {
  vi.resetModules();
  const { pageProgress, whenNoticesMayExist } = await import('../../../src/lib/progress/page-progress');
  const { whenStoreExists } = await import('../../../src/lib/progress/store-hub');
  let created = false;
  whenStoreExists(() => {
    created = true;
  });
  return { pageProgress, whenNoticesMayExist, storeCreated: () => created };
}

/** Lets the store's import() arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('page progress', () => {
  it('reads a valid record without loading the store, and loads it on the first write', async () => {
    const saved = { ...emptyProgress(), lessonsDone: { a: AT } };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(saved));
    const page = await freshPage();
    const seen: Progress[] = [];
    page.pageProgress.watch((progress) => seen.push(progress));
    expect(seen).toEqual([saved]);
    await settle();
    expect(page.storeCreated()).toBe(false);
    const { store } = await page.pageProgress.writer();
    expect(page.storeCreated()).toBe(true);
    expect(store.setLessonDone('b', true)).toEqual({ status: 'saved' });
    // From then on the script follows the store.
    expect(Object.keys(seen.at(-1)!.lessonsDone).sort()).toEqual(['a', 'b']);
  });

  it('loads the store at once for a damaged record: the copy is kept aside and the notice can say so', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":2,');
    const page = await freshPage();
    const seen: Progress[] = [];
    page.pageProgress.watch((progress) => seen.push(progress));
    expect(seen).toEqual([]);
    const notices: string[] = [];
    page.whenNoticesMayExist((store) => notices.push(...store.notices().map((n) => n.kind)));
    await settle();
    expect(page.storeCreated()).toBe(true);
    expect(seen.at(-1)).toEqual(emptyProgress());
    expect(notices).toEqual(['recovered-corrupt']);
    expect(Object.keys(localStorage).some((key) => key.startsWith(CORRUPT_KEY_PREFIX))).toBe(true);
  });

  it('loads the store again on the next write when its code failed to load once', async () => {
    vi.resetModules();
    vi.doMock('../../../src/lib/progress/page-writes', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { pageProgress } = await import('../../../src/lib/progress/page-progress');
    await expect(pageProgress.writer()).rejects.toThrow();
    vi.doUnmock('../../../src/lib/progress/page-writes');
    const { store } = await pageProgress.writer();
    expect(store.setLessonDone('a', true)).toEqual({ status: 'saved' });
  });

  it('leaves the notice unloaded while there is nothing to report', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(emptyProgress()));
    const page = await freshPage();
    const mount = vi.fn();
    page.whenNoticesMayExist(mount);
    await settle();
    expect(mount).not.toHaveBeenCalled();
  });
});
