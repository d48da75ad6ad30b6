/**
 * The course's study time, stated once so every page gives the same figure: the sum of the modules'
 * `minutes`, rounded to the nearest half hour (never below half an hour for a course with content).
 */
export function studyHours(moduleMinutes: readonly number[]): number {
  const total = moduleMinutes.reduce((sum, minutes) => sum + minutes, 0);
  if (total <= 0) return 0;
  return Math.max(0.5, Math.round(total / 30) / 2);
}
