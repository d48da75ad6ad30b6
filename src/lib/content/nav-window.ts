// Which modules the sidebar lists. A course of a few modules lists them all; a long one lists a window
// around the current module (the map on /modules/ has the rest), so each page's nav, and with it the
// build's total size and Pagefind's reading, stays the same however many modules the course grows to.

/** Up to this many modules the sidebar lists every one. */
export const NAV_ALL_MODULES_UP_TO = 12;
/** Beyond that, it lists this many modules on each side of the current one. */
export const NAV_MODULES_AROUND = 3;

export function navModules<T extends { id: string }>(
  modules: readonly T[],
  currentModuleId: string | undefined,
  allUpTo = NAV_ALL_MODULES_UP_TO,
  around = NAV_MODULES_AROUND,
): T[] {
  if (modules.length <= allUpTo) return [...modules];
  const width = 2 * around + 1;
  const current = Math.max(
    0,
    modules.findIndex((m) => m.id === currentModuleId),
  );
  const start = Math.min(Math.max(0, current - around), modules.length - width);
  return modules.slice(start, start + width);
}
