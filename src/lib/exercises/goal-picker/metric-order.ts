// The order in which a scenario's metric options are shown. Authors tend to list metrics in the
// same order as the goals, which would put the right metric on the row of the right goal; a seeded
// shuffle, fresh for every round of the exercise, breaks that link while staying reproducible.
import { seededShuffle } from '../../quiz/seeded-shuffle';

export function shownMetricOrder(
  exerciseId: string,
  scenarioId: string,
  metricIds: readonly string[],
  round = 1,
): string[] {
  return seededShuffle(metricIds, `${exerciseId}/${scenarioId}/metrics/round-${round}`);
}
