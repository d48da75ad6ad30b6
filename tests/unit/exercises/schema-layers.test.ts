// The layering the exercise schemas rely on: schemas never import rules (src/lib), and the
// vocabulary modules they share with the rules stay plain data, with no zod, so src/lib can import
// them without pulling a schema library into the islands.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const importPattern = /^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm;
const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(importPattern)].map((m) => m[1]!);

describe('exercise schema layers', () => {
  it('has one schema file per kind beside the index', () => {
    expect(
      filesUnder('src/schemas/exercise')
        .map((f) => relative('src/schemas/exercise', f))
        .sort(),
    ).toEqual(['base.ts', 'goal-picker.ts', 'index.ts', 'ordering.ts', 'plan-builder.ts', 'sorting.ts']);
  });

  it('never imports from src/lib', () => {
    for (const file of [...filesUnder('src/schemas/exercise'), ...filesUnder('src/schemas/vocabulary')])
      for (const spec of importsOf(file)) expect(`${file}: ${spec}`).not.toMatch(/\/lib\//);
  });

  it('keeps the vocabulary modules free of zod and of any other import', () => {
    for (const file of filesUnder('src/schemas/vocabulary')) expect(importsOf(file), file).toEqual([]);
  });
});
