// Ids from a link or from saved progress are looked up with this, never with `obj[id]` or `id in obj`:
// on a plain object those find inherited members, so an id such as "constructor" would "exist".

export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
