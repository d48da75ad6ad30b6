// "Continue where you left off", on its own (re-exported by course-record.ts) so the home page's link
// loads this rule and not the rest of the course record's rules with their formatting.
import type { Progress } from './progress-shape';

/**
 * The lesson to continue with: the first one not done after the last one done (in course order),
 * else the first one not done before it. Undefined with nothing done yet, or everything done.
 */
export function continueLesson(lessonIds: readonly string[], lessonsDone: Progress['lessonsDone']): string | undefined {
  let last = -1;
  lessonIds.forEach((id, i) => {
    if (lessonsDone[id]) last = i;
  });
  if (last < 0) return undefined;
  const notDone = (id: string) => !lessonsDone[id];
  return lessonIds.slice(last + 1).find(notDone) ?? lessonIds.slice(0, last).find(notDone);
}
