// Reads a content folder from disk the way src/content.config.ts does, validates each file with its
// schema and returns the same shape checkContent() takes, so tests can run every content rule
// against the real course and against small broken fixtures without a full Astro build.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { moduleSchema } from '../../src/schemas/module';
import { lessonSchema } from '../../src/schemas/lesson';
import { quizSchema } from '../../src/schemas/quiz';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import type { ContentFile, CourseContent, LessonFile } from '../../src/lib/content/check-content';

export interface LoadedContent {
  content: CourseContent;
  /** Schema errors, one line each: "<file>: <field path>: <message>". */
  schemaIssues: string[];
  /** Raw text of every file, by path relative to the project, for text checks. */
  texts: Map<string, string>;
}

const projectRoot = join(import.meta.dirname, '..', '..');

function filesIn(dir: string, ending: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .sort()
    .map((f) => join(dir, f));
}

function frontmatter(text: string, file: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  return parse(match[1] ?? '');
}

export function loadContentDir(dir: string): LoadedContent {
  const schemaIssues: string[] = [];
  const texts = new Map<string, string>();
  function load<S extends z.ZodType>(sub: string, ending: string, schema: S, read: (t: string, f: string) => unknown) {
    const out: ContentFile<z.infer<S>>[] = [];
    for (const path of filesIn(join(dir, sub), ending)) {
      const file = relative(projectRoot, path);
      const text = readFileSync(path, 'utf8');
      texts.set(file, text);
      const result = schema.safeParse(read(text, file));
      if (!result.success) {
        for (const issue of result.error.issues) schemaIssues.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
        continue;
      }
      out.push({ id: basename(path).replace(/\.[a-z]+$/, ''), file, data: result.data });
    }
    return out;
  }
  const yamlFile = (t: string) => parse(t);
  const modules = load('modules', '.yaml', moduleSchema, yamlFile);
  const lessons: LessonFile[] = load('lessons', '.mdx', lessonSchema, frontmatter).map((l) => ({
    ...l,
    moduleDir: l.file.split('/').at(-2) ?? '',
  }));
  const quizzes = load('quizzes', '.yaml', quizSchema, yamlFile);
  const glossary = load('glossary', '.yaml', glossaryTermSchema, yamlFile);
  const exerciseIds = filesIn(join(dir, 'exercises'), '.yaml').map((p) => basename(p, '.yaml'));
  return { content: { modules, lessons, quizzes, glossary, exerciseIds }, schemaIssues, texts };
}

export const courseContentDir = join(projectRoot, 'content');
