// navigator.storage.persist() is asked for once, after the first save that storage accepted.
import { describe, expect, it, vi } from 'vitest';
import { persistAfterFirstSave } from '../../../src/lib/progress/persist-storage';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { MemoryStorage } from '../../helpers/memory-storage';

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeStorageManager(persisted = false) {
  return { persisted: vi.fn(async () => persisted), persist: vi.fn(async () => true) };
}

describe('persistAfterFirstSave', () => {
  it('asks once, however many saves follow', async () => {
    const manager = fakeStorageManager();
    const onSaved = persistAfterFirstSave(manager);
    onSaved();
    onSaved();
    await flushPromises();
    expect(manager.persist).toHaveBeenCalledOnce();
  });

  it('does not ask when storage is persistent already', async () => {
    const manager = fakeStorageManager(true);
    persistAfterFirstSave(manager)();
    await flushPromises();
    expect(manager.persist).not.toHaveBeenCalled();
  });

  it('does nothing in browsers without the API, and survives a refusal', async () => {
    expect(() => persistAfterFirstSave(undefined)()).not.toThrow();
    expect(() => persistAfterFirstSave({})()).not.toThrow();
    const refusing = { persist: vi.fn(async () => Promise.reject(new Error('denied'))) };
    persistAfterFirstSave(refusing)();
    await flushPromises();
    expect(refusing.persist).toHaveBeenCalledOnce();
  });
});

describe('the progress store and onSaved', () => {
  it('calls onSaved after a save storage accepted, not after one it refused', () => {
    const storage = new MemoryStorage();
    const onSaved = vi.fn();
    const store = createProgressStore({ storage, onSaved });
    expect(onSaved).not.toHaveBeenCalled();
    storage.full = true;
    expect(store.setLessonDone('what-is-imc', true).status).toBe('page-only');
    expect(onSaved).not.toHaveBeenCalled();
    storage.full = false;
    expect(store.setLessonDone('what-is-imc', true).status).toBe('saved');
    expect(onSaved).toHaveBeenCalledOnce();
  });
});
