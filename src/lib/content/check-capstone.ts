// Rules a capstone file must keep beyond its schema: every id it names exists, the rubric has one
// descriptor per level with points falling, and the exemplar answers every deliverable.
import type { Capstone } from '../../schemas/capstone';

function repeated(values: string[]): string[] {
  return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
}

/** One message per broken rule, each naming the file, the item and the field; empty when valid. */
export function checkCapstone(file: string, capstone: Capstone, objectiveIds: ReadonlySet<string>): string[] {
  const issues: string[] = [];
  const { deliverables, rubric, exemplar } = capstone;
  const deliverableIds = new Set(deliverables.map((d) => d.id));
  for (const id of repeated(deliverables.map((d) => d.id)))
    issues.push(`${file}: deliverable id '${id}' is used more than once`);
  for (const id of repeated(rubric.levels.map((l) => l.id)))
    issues.push(`${file}: rubric level id '${id}' is used more than once`);
  for (const id of repeated(rubric.criteria.map((c) => c.id)))
    issues.push(`${file}: criterion id '${id}' is used more than once`);
  for (const criterion of rubric.criteria) {
    const where = `${file}: criterion '${criterion.id}'`;
    if (!deliverableIds.has(criterion.deliverable))
      issues.push(`${where} deliverable: '${criterion.deliverable}' is not a deliverable of this capstone`);
    for (const objective of criterion.objectives)
      if (!objectiveIds.has(objective))
        issues.push(`${where} objectives: '${objective}' is not an objective of any lesson`);
    if (criterion.levels.length !== rubric.levels.length)
      issues.push(
        `${where} levels: has ${criterion.levels.length} descriptors; the rubric has ${rubric.levels.length} levels`,
      );
    criterion.levels.forEach((level, i) => {
      const above = criterion.levels[i - 1];
      if (above && level.points >= above.points)
        issues.push(`${where} levels.${i}.points: ${level.points} is not below the level above (${above.points})`);
    });
  }
  const answered = new Set(exemplar.sections.map((s) => s.deliverable));
  for (const section of exemplar.sections)
    if (!deliverableIds.has(section.deliverable))
      issues.push(
        `${file}: exemplar section deliverable: '${section.deliverable}' is not a deliverable of this capstone`,
      );
  for (const { id } of deliverables)
    if (!answered.has(id)) issues.push(`${file}: deliverable '${id}' has no section in the exemplar`);
  return issues;
}

/** The most a submission can score: the top level of every criterion. */
export const capstoneMaxPoints = (capstone: Capstone): number =>
  capstone.rubric.criteria.reduce((sum, criterion) => sum + (criterion.levels[0]?.points ?? 0), 0);
