// Every lesson against the writing gates of src/lib/content/writing-stats.ts. On failure the report
// names the lessons and quotes the sentences to rewrite (`npm run writing-report` prints the same).
import { describe, expect, it } from 'vitest';
import { formatWritingReport, writingGates } from '../../../src/lib/content/writing-stats';
import { courseContentDir, loadContentDir } from '../../helpers/load-content-dir';

const { sources } = loadContentDir(courseContentDir);
const gates = writingGates(sources.lessons.map((l) => ({ lessonId: l.id, body: l.body })));

describe('lesson writing gates', () => {
  it.each(gates.map((g) => [g.name, g] as const))('%s', (_name, gate) => {
    expect(gate.pass, `\n${formatWritingReport([gate])}`).toBe(true);
  });
});
