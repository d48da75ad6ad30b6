// A zip whose bytes depend only on its contents: fixed entry order and a fixed timestamp.
import { strToU8, zipSync, type Zippable } from 'fflate';

// fflate writes DOS times from the Date's *local* fields, so a Date built from local fields gives
// the same bytes in every time zone. 1 January 2000: after the DOS epoch, obviously synthetic.
const FIXED_TIME = () => new Date(2000, 0, 1, 0, 0, 0);

/** `first` names files written before the others (imsmanifest.xml); the rest are sorted by name. */
export function deterministicZip(files: Map<string, string>, first: string[] = []): Uint8Array {
  const names = [...files.keys()];
  const ordered = [...first.filter((name) => files.has(name)), ...names.filter((name) => !first.includes(name)).sort()];
  const entries: Zippable = {};
  for (const name of ordered) {
    entries[name] = [strToU8(files.get(name)!), { mtime: FIXED_TIME(), level: 9 }];
  }
  return zipSync(entries);
}
