/** An in-memory Storage for tests, with switches to make it fail like real browsers do. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  /** When set, setItem throws a QuotaExceededError, as a full localStorage does. */
  full = false;
  /** When set, every access throws, as blocked storage does in some private modes. */
  blocked = false;

  get length() {
    this.guard();
    return this.items.size;
  }
  key(index: number) {
    this.guard();
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.guard();
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.guard();
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.guard();
    this.items.delete(key);
  }
  clear() {
    this.guard();
    this.items.clear();
  }
  keys() {
    return [...this.items.keys()];
  }
  private guard() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

export interface Tab {
  /** This tab's view of the shared storage. */
  storage: Storage;
  /** Where this tab's `storage` events (and `pagehide`) arrive: the store's eventTarget. */
  events: EventTarget;
}

/**
 * Browser tabs over one storage. As in browsers, a write through one tab fires a `storage` event in
 * every other tab, never in the writer; the events wait until deliver() so a test can act first.
 */
export function tabsOver(shared: MemoryStorage, count = 2): { tabs: Tab[]; deliver: () => void } {
  const queue: (() => void)[] = [];
  const tabs: Tab[] = [];
  for (let i = 0; i < count; i++) {
    const events = new EventTarget();
    const announce = (key: string | null) => {
      for (const other of tabs) {
        if (other.events !== events)
          queue.push(() => other.events.dispatchEvent(Object.assign(new Event('storage'), { key })));
      }
    };
    const storage: Storage = {
      get length() {
        return shared.length;
      },
      key: (index) => shared.key(index),
      getItem: (key) => shared.getItem(key),
      setItem(key, value) {
        shared.setItem(key, value);
        announce(key);
      },
      removeItem(key) {
        shared.removeItem(key);
        announce(key);
      },
      clear() {
        shared.clear();
        announce(null);
      },
    };
    tabs.push({ storage, events });
  }
  return {
    tabs,
    deliver: () => {
      for (const send of queue.splice(0)) send();
    },
  };
}
