// The capstone's rules, proved on the real file and by breaking one thing at a time in a copy of it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { capstoneSchema, type Capstone } from '../../../src/schemas/capstone';
import { capstoneMaxPoints, checkCapstone } from '../../../src/lib/content/check-capstone';
import { assembleContentDir, courseContentDir } from '../../helpers/load-content-dir';

const F = 'content/capstones/larkfield-lido.yaml';
const real = (): Capstone =>
  capstoneSchema.parse(parse(readFileSync(join(courseContentDir, 'capstones', 'larkfield-lido.yaml'), 'utf8')));
const course = assembleContentDir(courseContentDir);
const objectiveIds = new Set(course.lessons.flatMap((l) => l.data.objectives.map((o) => o.id)));

describe('checkCapstone', () => {
  it('accepts the course capstone, marked out of 100 and answering every deliverable', () => {
    const capstone = real();
    expect(checkCapstone(F, capstone, objectiveIds)).toEqual([]);
    expect(capstoneMaxPoints(capstone)).toBe(100);
  });

  it('rejects an objective that no lesson has and a deliverable that does not exist', () => {
    const capstone = real();
    capstone.rubric.criteria[0]!.objectives.push('no-such-objective');
    capstone.rubric.criteria[1]!.deliverable = 'appendix';
    expect(checkCapstone(F, capstone, objectiveIds)).toEqual([
      `${F}: criterion 'audience' objectives: 'no-such-objective' is not an objective of any lesson`,
      `${F}: criterion 'objectives' deliverable: 'appendix' is not a deliverable of this capstone`,
    ]);
  });

  it('rejects a criterion with a descriptor missing or points that do not fall level by level', () => {
    const capstone = real();
    capstone.rubric.criteria[0]!.levels.pop();
    capstone.rubric.criteria[1]!.levels[2]!.points = 12;
    expect(checkCapstone(F, capstone, objectiveIds)).toEqual([
      `${F}: criterion 'audience' levels: has 3 descriptors; the rubric has 4 levels`,
      `${F}: criterion 'objectives' levels.2.points: 12 is not below the level above (11)`,
    ]);
  });

  it('rejects repeated ids and a deliverable the exemplar leaves out', () => {
    const capstone = real();
    capstone.rubric.levels[1]!.id = 'excellent';
    capstone.exemplar.sections = capstone.exemplar.sections.filter((s) => s.deliverable !== 'budget');
    expect(checkCapstone(F, capstone, objectiveIds)).toEqual([
      `${F}: rubric level id 'excellent' is used more than once`,
      `${F}: deliverable 'budget' has no section in the exemplar`,
    ]);
  });
});
