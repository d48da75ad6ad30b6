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
