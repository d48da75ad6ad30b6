// Golden files: the expected output lives in tests/fixtures/export/ so a change shows in review.
// After an intended change, regenerate with UPDATE_GOLDEN=1 npx vitest run tests/unit/export
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = join(import.meta.dirname, '../../fixtures/export');

export function readGolden(name: string, actual: string): string {
  const path = join(fixtures, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  return readFileSync(path, 'utf8');
}
