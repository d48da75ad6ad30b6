// A short fingerprint of some content (FNV-1a over its JSON): any edit changes it. A page names the
// version of the data it was built with, and a data file fetched later (which a stale cache may serve
// from another build) is used only when it names the same one.
export function contentVersion(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(value)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
