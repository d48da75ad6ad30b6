// A bounded list of the lessons that use something (a glossary term): the first few by name, then
// "and N more" pointing to one place that lists them all, so a page grows with the course no faster
// than the number of entries it holds.

export interface UsingLesson {
  id: string;
  module: { id: string };
}

export interface BoundedUsage<T extends UsingLesson> {
  shown: T[];
  /** How many lessons are not named. */
  more: number;
  /** The module that holds every lesson not named, when one does; otherwise the course map is the place. */
  moreModuleId: string | undefined;
}

/** The default number of lessons named before "and N more". */
export const USED_IN_LIMIT = 4;

export function boundedUsage<T extends UsingLesson>(lessons: T[], limit = USED_IN_LIMIT): BoundedUsage<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number >= 1, got ${limit}`);
  const shown = lessons.slice(0, limit);
  const rest = lessons.slice(limit);
  const modules = new Set(rest.map((lesson) => lesson.module.id));
  return { shown, more: rest.length, moreModuleId: modules.size === 1 ? [...modules][0] : undefined };
}
