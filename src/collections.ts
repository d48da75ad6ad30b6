// The course query: the one module that reads Astro's content collections. Pages get the plain, ordered,
// cross-checked course (src/lib/content/course.ts) from here, and a lesson's rendered body; a broken
// reference fails the build with every problem listed.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assembleCourse, type CourseSources } from './lib/content/assemble-course';
import type { Course, LessonView } from './lib/content/course';
import { checkCapstone } from './lib/content/check-capstone';
import type { Capstone } from './schemas/capstone';

export type { Course, CourseExercise, CourseQuiz, GlossaryEntry, LessonView, ModuleView } from './lib/content/course';
export { moduleQuizzes } from './lib/content/course';

const contentFile = (collection: string, entry: { filePath?: string | undefined; id: string }) =>
  entry.filePath ?? `content/${collection}/${entry.id}`;

interface LoadedCourse {
  course: Course;
  lessonEntries: Map<string, CollectionEntry<'lessons'>>;
}

async function loadCourse(): Promise<LoadedCourse> {
  const [modules, lessons, quizzes, glossary, exercises] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('quizzes'),
    getCollection('glossary'),
    getCollection('exercises'),
  ]);
  const plain =
    <T>(collection: string) =>
    (e: { id: string; filePath?: string | undefined; data: T }) => ({
      id: e.id,
      file: contentFile(collection, e),
      data: e.data,
    });
  const sources: CourseSources = {
    modules: modules.map(plain('modules')),
    lessons: lessons.map((entry) => {
      const file = contentFile('lessons', entry);
      return { id: entry.id, file, data: entry.data, moduleDir: file.split('/').at(-2) ?? '', body: entry.body ?? '' };
    }),
    quizzes: quizzes.map(plain('quizzes')),
    glossary: glossary.map(plain('glossary')),
    exercises: exercises.map(plain('exercises')),
  };
  return { course: assembleCourse(sources), lessonEntries: new Map(lessons.map((entry) => [entry.id, entry])) };
}

let loaded: Promise<LoadedCourse> | undefined;
const load = () => (loaded ??= loadCourse());

/** The whole course, loaded and checked once per build. */
export async function getCourse(): Promise<Course> {
  return (await load()).course;
}

/** A lesson's MDX body, rendered: its Content component and its headings. */
export async function renderLesson(lesson: LessonView) {
  const entry = (await load()).lessonEntries.get(lesson.id);
  if (!entry) throw new Error(`renderLesson: no lesson '${lesson.id}' in the content collection`);
  return render(entry);
}

/**
 * The capstone assignment(s) in content/capstones/, each checked against the course's objectives; a
 * broken reference fails the build naming the file, the item and the field.
 */
export async function getCapstones(): Promise<(Capstone & { id: string })[]> {
  const course = await getCourse();
  const objectiveIds = new Set(course.lessons.flatMap((lesson) => lesson.data.objectives.map((o) => o.id)));
  const entries = await getCollection('capstones');
  const issues = entries.flatMap((entry) => checkCapstone(contentFile('capstones', entry), entry.data, objectiveIds));
  if (issues.length > 0) throw new Error(`Content errors in content/capstones/:\n${issues.join('\n')}`);
  return entries.map((entry) => ({ id: entry.id, ...entry.data })).sort((a, b) => a.id.localeCompare(b.id));
}
