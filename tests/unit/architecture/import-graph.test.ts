// The layering rules (docs/architecture.md, "Layers") hold over the real src/ tree; each rule is
// also shown to fire, naming the file and the import, on a small tree that breaks it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILD_ONLY_RULE,
  COMPONENTS_ALLOWED_TO_QUERY_THE_COURSE,
  importsOf,
  LAZY_RULE,
  layeringViolations,
  readSourceTree,
} from '../../helpers/import-graph';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const tree = readSourceTree(projectRoot);

const treeOf = (files: Record<string, string>) => new Map(Object.entries(files));
const collections = "import { getCollection } from 'astro:content';\nexport const getCourse = () => 1;";

describe('the import graph of src/', () => {
  it('reads imports of every form, resolved to project files', () => {
    expect(tree.has('src/collections.ts')).toBe(true);
    const files = treeOf({
      'src/a.ts': [
        "import type { X, Y as Z } from './b';",
        "import { type V, type W } from './b';",
        "import c from './c.astro';",
        "export { d } from './dir';",
        "import './side.css';",
        "const lazy = import('./b');",
      ].join('\n'),
      'src/b.ts': '',
      'src/c.astro': '',
      'src/dir/index.ts': '',
    });
    expect(importsOf('src/a.ts', files)).toEqual([
      { specifier: './b', target: 'src/b.ts', names: ['X', 'Y'], typeOnly: true, lazy: false },
      { specifier: './b', target: 'src/b.ts', names: ['V', 'W'], typeOnly: true, lazy: false },
      { specifier: './c.astro', target: 'src/c.astro', names: [], typeOnly: false, lazy: false },
      { specifier: './dir', target: 'src/dir/index.ts', names: [], typeOnly: false, lazy: false },
      { specifier: './side.css', target: undefined, names: [], typeOnly: false, lazy: false },
      { specifier: './b', target: 'src/b.ts', names: [], typeOnly: false, lazy: true },
    ]);
  });

  it('keeps every layering rule', () => {
    const violations = layeringViolations(tree);
    expect(violations).toEqual([]);
  });

  it('allow-lists only components that exist', () => {
    for (const file of Object.keys(COMPONENTS_ALLOWED_TO_QUERY_THE_COURSE)) expect(tree.has(file), file).toBe(true);
  });
});

describe('each layering rule fires and names the file and the import', () => {
  it('src/lib importing the course query or astro:*, directly or through another file', () => {
    const files = treeOf({
      'src/collections.ts': collections,
      'src/lib/export/from-course.ts': "import type { Course } from '../../collections';",
      'src/lib/a.ts': "import { b } from './b';",
      'src/lib/b.ts': "import { render } from 'astro:content';",
    });
    expect(layeringViolations(files)).toEqual([
      "src/lib/b.ts imports 'astro:content': pure code must not import astro:* modules",
      "src/lib/export/from-course.ts imports '../../collections': pure code must not reach the course query",
      "src/lib/a.ts reaches 'astro:content' through src/lib/a.ts -> src/lib/b.ts",
    ]);
  });

  it('an island importing the course query', () => {
    const files = treeOf({
      'src/collections.ts': collections,
      'src/islands/Q.tsx': "import { getCourse } from '../collections';",
    });
    expect(layeringViolations(files)).toEqual([
      "src/islands/Q.tsx imports '../collections': pure code must not reach the course query",
    ]);
  });

  it('a schema importing src/lib', () => {
    const files = treeOf({
      'src/lib/goals.ts': 'export const GOALS = [];',
      'src/schemas/exercise.ts': "import { GOALS } from '../lib/goals';",
    });
    expect(layeringViolations(files)).toEqual([
      "src/schemas/exercise.ts imports '../lib/goals': " +
        'schemas must not import rules; shared ids belong in src/schemas/vocabulary/',
    ]);
  });

  it('a value import of a schema from pure code (type imports and the vocabulary are fine)', () => {
    const files = treeOf({
      'src/schemas/quiz.ts': "import { z } from 'astro/zod';",
      'src/schemas/vocabulary/slug.ts': 'export const SLUG_PATTERN = /x/;',
      'src/lib/a.ts': [
        "import type { Quiz } from '../schemas/quiz';",
        "import { SLUG_PATTERN } from '../schemas/vocabulary/slug';",
        "import { quizSchema } from '../schemas/quiz';",
      ].join('\n'),
    });
    expect(layeringViolations(files)).toEqual([
      "src/lib/a.ts imports '../schemas/quiz': a value import from a schema ships zod; " +
        'use `import type` or src/schemas/vocabulary/',
    ]);
  });

  it("an island reaching build-only code (a kind's authoring half, an LMS serializer) through a value import", () => {
    const files = treeOf({
      'src/islands/Q.tsx': "import { a } from '../lib/quiz/kinds';\nimport type { G } from '../lib/export/gift';",
      'src/lib/quiz/kinds/index.ts': "import { s } from './single.authoring';",
      'src/lib/quiz/kinds/single.authoring.ts': '',
      'src/lib/export/gift.ts': '',
    });
    expect(layeringViolations(files)).toEqual([
      "src/islands/Q.tsx reaches 'src/lib/quiz/kinds/single.authoring.ts' through src/islands/Q.tsx -> " +
        `src/lib/quiz/kinds/index.ts: ${BUILD_ONLY_RULE}`,
    ]);
  });

  it('an island loading a module with import() that its static imports reach too (type imports are fine)', () => {
    const files = treeOf({
      'src/islands/T.tsx': [
        "import { LIMIT } from '../lib/move';",
        "import type { Move } from '../lib/heavy';",
        "const load = () => import('../lib/heavy');",
        "const fine = () => import('../lib/other');",
      ].join('\n'),
      'src/lib/move.ts': "export { LIMIT } from './heavy';",
      'src/lib/heavy.ts': "import { deflate } from 'fflate';",
      'src/lib/other.ts': "import type { Move } from './heavy';",
    });
    expect(layeringViolations(files)).toEqual([
      `src/islands/T.tsx loads 'src/lib/heavy.ts' lazily but imports it through src/islands/T.tsx -> src/lib/move.ts: ${LAZY_RULE}`,
    ]);
  });

  it('a page importing astro:content', () => {
    const files = treeOf({ 'src/pages/lessons/[lesson].astro': "---\nimport { render } from 'astro:content';\n---" });
    expect(layeringViolations(files)).toEqual([
      "src/pages/lessons/[lesson].astro imports 'astro:content': pages get content through src/collections.ts",
    ]);
  });

  it('a component importing the course query without a reason, or only for URLs', () => {
    const files = treeOf({
      'src/collections.ts': collections,
      'src/components/SiteFooter.astro': "---\nimport { href } from '../collections';\n---",
      'src/components/Term.astro': "---\nimport { href } from '../collections';\n---",
    });
    expect(layeringViolations(files)).toEqual([
      "src/components/SiteFooter.astro imports '../collections': components get URLs from src/paths.ts; " +
        'add a reason to the allow-list to query the course',
      "src/components/Term.astro imports '../collections': imports the course query only for URLs; use src/paths.ts",
    ]);
  });

  it('a URL template written outside src/paths.ts (content file paths are fine)', () => {
    const files = treeOf({
      'src/paths.ts': 'export const lessonPath = (id: string) => href(`/lessons/${id}/`);',
      'src/pages/glossary.astro': '<a href={href(`/lessons/${lesson.id}/`)}>',
      'src/lib/export/site-url.ts': 'new URL(`lessons/${lessonId}/`, siteUrl)',
      'src/lib/content/check.ts': 'issues.push(`expected content/lessons/${module.id}/${id}.mdx`)',
    });
    expect(layeringViolations(files)).toEqual([
      "src/lib/export/site-url.ts writes the URL template 'lessons/${...}': use src/paths.ts",
      "src/pages/glossary.astro writes the URL template '/lessons/${...}': use src/paths.ts",
    ]);
  });
});
