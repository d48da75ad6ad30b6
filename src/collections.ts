// The one module that queries Astro's content collections. Pages and exporters get typed,
// ordered, cross-checked data from here; a broken reference fails the build with every problem listed.
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent, type LessonFile } from './lib/content/check-content';
import { readingMinutes } from './lib/content/reading-minutes';
import type { Quiz } from './schemas/quiz';
import type { GlossaryTerm } from './schemas/glossary';
import type { Exercise } from './schemas/exercise';

export type LessonEntry = CollectionEntry<'lessons'>;
export type ModuleEntry = CollectionEntry<'modules'>;

export interface LessonView {
  id: string;
  entry: LessonEntry;
  module: ModuleView;
  /** 0-based position inside its module. */
  index: number;
  readingMinutes: number;
  quiz: (Quiz & { id: string }) | undefined;
  previous: LessonView | undefined;
  next: LessonView | undefined;
}

export interface ModuleView {
  id: string;
  data: ModuleEntry['data'];
  /** 1-based position in the course. */
  number: number;
  lessons: LessonView[];
  quiz: (Quiz & { id: string }) | undefined;
}

export interface GlossaryEntry extends GlossaryTerm {
  id: string;
  /** Lessons that list this term among their key terms, in course order. */
  usedIn: LessonView[];
}

export interface Course {
  modules: ModuleView[];
  /** Every lesson in course order. */
  lessons: LessonView[];
  glossary: GlossaryEntry[];
  quizzes: Map<string, Quiz & { id: string }>;
  /** Practice exercises by id (content/exercises/). */
  exercises: Map<string, Exercise & { id: string }>;
}

const contentFile = (collection: string, entry: { filePath?: string | undefined; id: string }) =>
  entry.filePath ?? `content/${collection}/${entry.id}`;

async function loadCourse(): Promise<Course> {
  const [modules, lessons, quizzes, glossary, exercises] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('quizzes'),
    getCollection('glossary'),
    getCollection('exercises'),
  ]);
  const lessonFiles: LessonFile[] = lessons.map((entry) => {
    const file = contentFile('lessons', entry);
    return { id: entry.id, file, data: entry.data, moduleDir: file.split('/').at(-2) ?? '' };
  });
  const issues = checkContent({
    modules: modules.map((e) => ({ id: e.id, file: contentFile('modules', e), data: e.data })),
    lessons: lessonFiles,
    quizzes: quizzes.map((e) => ({ id: e.id, file: contentFile('quizzes', e), data: e.data })),
    glossary: glossary.map((e) => ({ id: e.id, file: contentFile('glossary', e), data: e.data })),
    exerciseIds: exercises.map((e) => e.id),
  });
  if (issues.length > 0) throw new Error(`The course content has ${issues.length} problem(s):\n- ${issues.join('\n- ')}`);

  const quizById = new Map(quizzes.map((q) => [q.id, { ...q.data, id: q.id }]));
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const ordered = [...modules].sort((a, b) => a.data.order - b.data.order);
  const moduleViews: ModuleView[] = ordered.map((m, i) => ({
    id: m.id,
    data: m.data,
    number: i + 1,
    lessons: [],
    quiz: m.data.quiz ? quizById.get(m.data.quiz) : undefined,
  }));
  const allLessons: LessonView[] = [];
  for (const module of moduleViews) {
    module.data.lessons.forEach((lessonId, index) => {
      const entry = lessonById.get(lessonId)!; // checkContent proved every listed lesson exists
      const view: LessonView = {
        id: lessonId,
        entry,
        module,
        index,
        readingMinutes: readingMinutes(entry.body ?? ''),
        quiz: entry.data.quiz ? quizById.get(entry.data.quiz) : undefined,
        previous: allLessons.at(-1),
        next: undefined,
      };
      if (view.previous) view.previous.next = view;
      module.lessons.push(view);
      allLessons.push(view);
    });
  }
  const glossaryEntries: GlossaryEntry[] = glossary
    .map((g) => ({ ...g.data, id: g.id, usedIn: allLessons.filter((l) => l.entry.data.keyTerms.includes(g.id)) }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en'));
  const exerciseById = new Map(exercises.map((e) => [e.id, { ...e.data, id: e.id }]));
  return { modules: moduleViews, lessons: allLessons, glossary: glossaryEntries, quizzes: quizById, exercises: exerciseById };
}

let coursePromise: Promise<Course> | undefined;

/** The whole course, loaded and checked once per build. */
export function getCourse(): Promise<Course> {
  coursePromise ??= loadCourse();
  return coursePromise;
}

/** Joins a site-relative path to the configured base, so links work when hosted under a sub-path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
