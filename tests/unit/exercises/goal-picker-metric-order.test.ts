// The goal picker shows each scenario's metrics in their own shuffled order, so the row of the
// right goal does not give away the right metric.
import { describe, expect, it } from 'vitest';
import { COMMUNICATION_GOAL_IDS } from '../../../src/schemas/vocabulary/communication-goals';
import { shownMetricOrder } from '../../../src/lib/exercises/goal-picker/metric-order';
import { loadExercise } from './load-exercise';

const exercise = loadExercise('goal-picker', 'goal-picker');
const evidences = new Map(exercise.metrics.map((m) => [m.id, m.evidences]));

/** Scenarios whose primary-goal metric sits on the same row as the primary goal. */
const sameRow = (order: (s: (typeof exercise.scenarios)[number]) => readonly string[]) =>
  exercise.scenarios.filter((s) => {
    const metricRow = order(s).findIndex((id) => evidences.get(id) === s.primaryGoal);
    return metricRow === COMMUNICATION_GOAL_IDS.indexOf(s.primaryGoal);
  }).length;

describe('metric order in the goal picker', () => {
  it('keeps every metric, and gives the same order for the same round', () => {
    const ids = ['m1', 'm2', 'm3', 'm4'];
    const order = shownMetricOrder('gp', 's1', ids, 2);
    expect([...order].sort()).toEqual(ids);
    expect(shownMetricOrder('gp', 's1', ids, 2)).toEqual(order);
    expect(shownMetricOrder('gp', 's1', ids)).toEqual(shownMetricOrder('gp', 's1', ids, 1));
  });
  it('brings a fresh order in later rounds', () => {
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5'];
    const orders = new Set(
      Array.from({ length: 8 }, (_, round) => shownMetricOrder('gp', 's1', ids, round + 1).join()),
    );
    expect(orders.size).toBeGreaterThan(3);
  });
  it('breaks the link between the right goal and the right metric that the authored order carries', () => {
    const total = exercise.scenarios.length;
    const shown = sameRow((s) => shownMetricOrder('goal-picker', s.id, s.metricOptions));
    expect(shown, `${shown} of ${total} scenarios put the right metric on the right goal's row`).toBeLessThanOrEqual(
      total / 2,
    );
    for (let round = 2; round <= 4; round++) {
      expect(sameRow((s) => shownMetricOrder('goal-picker', s.id, s.metricOptions, round))).toBeLessThanOrEqual(
        total / 2,
      );
    }
  });
});
