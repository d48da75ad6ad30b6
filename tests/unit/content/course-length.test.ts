import { describe, expect, it } from 'vitest';
import { studyHours } from '../../../src/lib/content/course-length';

describe('studyHours', () => {
  it('sums module minutes and rounds to the nearest half hour', () => {
    expect(studyHours([65, 55, 65, 70, 60, 70, 55])).toBe(7.5); // 440 min = 7 h 20 min
    expect(studyHours([60, 60])).toBe(2);
    expect(studyHours([60, 14])).toBe(1); // 74 min is nearer 1 h than 1.5 h
    expect(studyHours([60, 16])).toBe(1.5);
  });
  it('gives 0 for no content and at least half an hour for a little', () => {
    expect(studyHours([])).toBe(0);
    expect(studyHours([5])).toBe(0.5);
  });
});
