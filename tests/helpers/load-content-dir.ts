// Reads a content folder from disk the way src/content.config.ts does, validates each file with its
// schema and returns the same plain entries the build hands to assembleCourse(), so tests run every
// content rule, and assemble the very course the site is built from, without a full Astro build.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { moduleSchema } from '../../src/schemas/module';
import { lessonSchema } from '../../src/schemas/lesson';
import { quizSchema } from '../../src/schemas/quiz';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { exerciseSchema } from '../../src/schemas/exercise';
import type { ContentFile, CourseContent } from '../../src/lib/content/check-content';
import { assembleCourse, type CourseSources, type LessonSource } from '../../src/lib/content/assemble-course';
import type { Course } from '../../src/lib/content/course';

export interface LoadedContent {
  /** What checkContent() takes. */
  content: CourseContent;
  /** What assembleCourse() takes (the same files, with lesson bodies and exercise data). */
  sources: CourseSources;
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function frontmatter(text: string, file: string): unknown {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  return parse(match[1] ?? '');
}

const bodyOf = (text: string) => text.replace(FRONTMATTER, '');

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
        for (const issue of result.error.issues)
          schemaIssues.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
        continue;
      }
      out.push({ id: basename(path).replace(/\.[a-z]+$/, ''), file, data: result.data });
    }
    return out;
  }
  const yamlFile = (t: string) => parse(t);
  const modules = load('modules', '.yaml', moduleSchema, yamlFile);
  const lessons: LessonSource[] = load('lessons', '.mdx', lessonSchema, frontmatter).map((l) => ({
    ...l,
    moduleDir: l.file.split('/').at(-2) ?? '',
    body: bodyOf(texts.get(l.file) ?? ''),
  }));
  const quizzes = load('quizzes', '.yaml', quizSchema, yamlFile);
  const glossary = load('glossary', '.yaml', glossaryTermSchema, yamlFile);
  const exercises = load('exercises', '.yaml', exerciseSchema, yamlFile);
  const exerciseIds = filesIn(join(dir, 'exercises'), '.yaml').map((p) => basename(p, '.yaml'));
  return {
    content: { modules, lessons, quizzes, glossary, exerciseIds },
    sources: { modules, lessons, quizzes, glossary, exercises },
    schemaIssues,
    texts,
  };
}

/** The course assembled from a content folder exactly as the build assembles it; schema errors throw. */
export function assembleContentDir(dir: string): Course {
  const { sources, schemaIssues } = loadContentDir(dir);
  if (schemaIssues.length > 0) throw new Error(`${dir} has schema issues:\n${schemaIssues.join('\n')}`);
  return assembleCourse(sources);
}

export const courseContentDir = join(projectRoot, 'content');
