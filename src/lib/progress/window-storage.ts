/** The browser's localStorage, or undefined where access itself throws (storage blocked). */
export function windowStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
