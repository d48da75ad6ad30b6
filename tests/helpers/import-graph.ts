// The project's import graph read from source text, and the layering rules of docs/architecture.md
// checked over it. Pure over a map of files so the rules themselves can be tested on small trees.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** Source files by path relative to the project, with forward slashes ("src/lib/quiz/grade-quiz.ts"). */
export type SourceTree = ReadonlyMap<string, string>;

export interface ImportEdge {
  /** The specifier as written ("../../collections", "astro:content"). */
  specifier: string;
  /** The project file it resolves to, when it is one of the tree's files. */
  target: string | undefined;
  /** The names imported by `import { a, b } from`; empty for default, namespace and side-effect imports. */
  names: string[];
  /** `import type ...`, or every name marked `type`: erased at compile time, so nothing ships. */
  typeOnly: boolean;
  /** `import('...')`: loaded when the code runs it, in a chunk of its own. */
  lazy: boolean;
}

const SOURCE_ENDINGS = ['.ts', '.tsx', '.astro', '.mjs', '.js'];
const IMPORT_PATTERNS = [
  /\bimport\s+(type\s+)?([\w*{}\s,$]+?)\s+from\s+['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

export function readSourceTree(projectRoot: string, dir = 'src'): Map<string, string> {
  const tree = new Map<string, string>();
  for (const entry of readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' })) {
    if (!SOURCE_ENDINGS.some((ending) => entry.endsWith(ending))) continue;
    const path = join(projectRoot, dir, entry);
    tree.set(relative(projectRoot, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return tree;
}

function resolve(from: string, specifier: string, tree: SourceTree): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [base, ...SOURCE_ENDINGS.map((e) => base + e), ...SOURCE_ENDINGS.map((e) => `${base}/index${e}`)];
  return candidates.find((candidate) => tree.has(candidate));
}

/** Every import of one file; comments are not stripped, so keep example imports out of comments. */
export function importsOf(file: string, tree: SourceTree): ImportEdge[] {
  const text = tree.get(file) ?? '';
  const edges: ImportEdge[] = [];
  IMPORT_PATTERNS.forEach((pattern, index) => {
    for (const match of text.matchAll(pattern)) {
      const specifier = (index === 0 ? match[3] : match[1]) ?? '';
      const clause = index === 0 ? (match[2] ?? '') : '';
      const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
      const parts = named
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const names = parts.map((name) => name.replace(/^type\s+/, '').replace(/\s+as\s+\w+$/, ''));
      const onlyNamedTypes = parts.length > 0 && !/^\s*[\w$]/.test(clause) && parts.every((p) => p.startsWith('type '));
      const typeOnly = index === 0 && (match[1] !== undefined || onlyNamedTypes);
      edges.push({ specifier, target: resolve(file, specifier, tree), names, typeOnly, lazy: index === 3 });
    }
  });
  return edges;
}

/** Components that may query the course, each with the reason; none may do so for URLs alone. */
export const COMPONENTS_ALLOWED_TO_QUERY_THE_COURSE: Readonly<Record<string, string>> = {
  'src/components/CourseNav.astro': "lists the modules and the current module's lessons in the sidebar",
  'src/components/Term.astro': 'fails the build when a <Term> names no glossary term',
  'src/components/LessonLink.astro': 'fails the build when a <LessonLink> names no lesson',
  'src/components/ExerciseEmbed.astro': 'embeds an exercise by id and needs its data',
};

const COLLECTIONS = 'src/collections.ts';
/** The URL helpers; importing only these from the course query is what paths.ts replaces. */
const URL_HELPERS = new Set(['href']);
/** URL templates that belong in src/paths.ts alone; content file paths (`content/lessons/${id}`) are not URLs. */
const URL_TEMPLATE = new RegExp(
  String.raw`(?<![\w./-])\/?(?:lessons|modules|practice|instructors|exports\/[a-z]+)\/\$\{` +
    String.raw`|(?<![\w./-])\/?glossary\/#\$\{`,
  'g',
);

const SCHEMA_VALUE_RULE = 'a value import from a schema ships zod; use `import type` or src/schemas/vocabulary/';
const COMPONENT_RULE = 'components get URLs from src/paths.ts; add a reason to the allow-list to query the course';

const isAstroVirtual = (specifier: string) => specifier.startsWith('astro:');

/** Every broken layering rule, one line each naming the file and the import (or text) that breaks it. */
export function layeringViolations(tree: SourceTree): string[] {
  const violations: string[] = [];
  const files = [...tree.keys()].sort();
  for (const file of files) {
    for (const edge of importsOf(file, tree)) {
      const what = `${file} imports '${edge.specifier}'`;
      if (file.startsWith('src/lib/') || file.startsWith('src/islands/')) {
        if (edge.target === COLLECTIONS) violations.push(`${what}: pure code must not reach the course query`);
        if (isAstroVirtual(edge.specifier)) violations.push(`${what}: pure code must not import astro:* modules`);
        const target = edge.target ?? '';
        const schemaValue = target.startsWith('src/schemas/') && !target.startsWith('src/schemas/vocabulary/');
        if (schemaValue && !edge.typeOnly) violations.push(`${what}: ${SCHEMA_VALUE_RULE}`);
      }
      if (file.startsWith('src/schemas/') && edge.target?.startsWith('src/lib/'))
        violations.push(`${what}: schemas must not import rules; shared ids belong in src/schemas/vocabulary/`);
      if (file.startsWith('src/pages/') && edge.specifier === 'astro:content')
        violations.push(`${what}: pages get content through src/collections.ts`);
      if (file.startsWith('src/components/') && edge.target === COLLECTIONS) {
        if (!(file in COMPONENTS_ALLOWED_TO_QUERY_THE_COURSE)) violations.push(`${what}: ${COMPONENT_RULE}`);
        else if (edge.names.length > 0 && edge.names.every((name) => URL_HELPERS.has(name)))
          violations.push(`${what}: imports the course query only for URLs; use src/paths.ts`);
      }
    }
    if (file !== 'src/paths.ts') {
      for (const [template] of (tree.get(file) ?? '').matchAll(URL_TEMPLATE))
        violations.push(`${file} writes the URL template '${template}...}': use src/paths.ts`);
    }
  }
  return violations.concat(
    reachViolations(tree, files),
    browserReachViolations(tree, files),
    lazyReachViolations(tree, files),
  );
}

export const LAZY_RULE =
  'a module an island loads with import() must not also be reached by its static imports: the bundler then ' +
  'puts it (and all it brings) in the page chunk, and the lazy load saves nothing';

/** A lazy import() from an island is only lazy if no chain of its static value imports reaches the same file. */
function lazyReachViolations(tree: SourceTree, files: string[]): string[] {
  const violations: string[] = [];
  for (const start of files.filter((f) => f.startsWith('src/islands/'))) {
    const lazy = new Set(importsOf(start, tree).flatMap((edge) => (edge.lazy && edge.target ? [edge.target] : [])));
    if (lazy.size === 0) continue;
    const seen = new Set([start]);
    const queue: string[][] = [[start]];
    while (queue.length > 0) {
      const chain = queue.shift()!;
      for (const edge of importsOf(chain.at(-1)!, tree)) {
        if (!edge.target || edge.typeOnly || edge.lazy || seen.has(edge.target)) continue;
        seen.add(edge.target);
        if (lazy.has(edge.target))
          violations.push(
            `${start} loads '${edge.target}' lazily but imports it through ${chain.join(' -> ')}: ${LAZY_RULE}`,
          );
        queue.push([...chain, edge.target]);
      }
    }
  }
  return violations;
}

/** Build-only code: the question kinds' authoring halves and the LMS serializers. */
const BUILD_ONLY = /(\.authoring\.ts|^src\/lib\/quiz\/kinds\/authoring\.ts|^src\/lib\/export\/.*)$/;
export const BUILD_ONLY_RULE = 'build-only code (answer keys, content checks, exports) must not ship to the browser';

/** Islands run in the browser: no chain of value imports from one may reach build-only code. */
function browserReachViolations(tree: SourceTree, files: string[]): string[] {
  const violations: string[] = [];
  for (const start of files.filter((f) => f.startsWith('src/islands/'))) {
    const seen = new Set([start]);
    const queue: string[][] = [[start]];
    while (queue.length > 0) {
      const chain = queue.shift()!;
      for (const edge of importsOf(chain.at(-1)!, tree)) {
        if (!edge.target || edge.typeOnly || seen.has(edge.target)) continue;
        seen.add(edge.target);
        if (BUILD_ONLY.test(edge.target))
          violations.push(`${start} reaches '${edge.target}' through ${chain.join(' -> ')}: ${BUILD_ONLY_RULE}`);
        else queue.push([...chain, edge.target]);
      }
    }
  }
  return violations;
}

/** src/lib must not reach src/collections.ts or astro:* through any chain of imports either. */
function reachViolations(tree: SourceTree, files: string[]): string[] {
  const violations: string[] = [];
  for (const start of files.filter((f) => f.startsWith('src/lib/'))) {
    const seen = new Set([start]);
    const queue: string[][] = [[start]];
    while (queue.length > 0) {
      const chain = queue.shift()!;
      const file = chain.at(-1)!;
      for (const edge of importsOf(file, tree)) {
        const direct = chain.length === 1;
        if (!direct && (edge.target === COLLECTIONS || isAstroVirtual(edge.specifier))) {
          violations.push(`${start} reaches '${edge.specifier}' through ${chain.join(' -> ')}`);
        }
        if (edge.target && edge.target !== COLLECTIONS && !seen.has(edge.target)) {
          seen.add(edge.target);
          queue.push([...chain, edge.target]);
        }
      }
    }
  }
  return violations;
}
