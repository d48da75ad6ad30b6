// The course as pages, exporters and tests see it: plain data, no Astro types. Built by
// assembleCourse() (assemble-course.ts) from parsed content files; src/collections.ts feeds it at build
// time and tests/helpers/load-content-dir.ts from disk, so both get the very same course.
import type { CourseModule } from '../../schemas/module';
import type { LessonData } from '../../schemas/lesson';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Quiz } from '../../schemas/quiz';
import type { Exercise } from '../../schemas/exercise';

export type CourseQuiz = Quiz & { id: string };
export type CourseExercise = Exercise & { id: string };

export interface LessonView {
  id: string;
  /** Its source file, relative to the repository root (for "Edit this page"). */
  file: string;
  data: LessonData;
  module: ModuleView;
  /** 0-based position inside its module. */
  index: number;
  readingMinutes: number;
  /** Whether the body ends on a <KeyTakeaways> box (the page's "on this page" list names it). */
  hasKeyTakeaways: boolean;
  quiz: CourseQuiz | undefined;
  previous: LessonView | undefined;
  next: LessonView | undefined;
}

export interface ModuleView {
  id: string;
  data: CourseModule;
  /** 1-based position in the course. */
  number: number;
  lessons: LessonView[];
  quiz: CourseQuiz | undefined;
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
  quizzes: Map<string, CourseQuiz>;
  /** Practice exercises by id (content/exercises/). */
  exercises: Map<string, CourseExercise>;
}

/** Where a quiz is taken: on a lesson's page, or (lesson undefined) on its module's page. */
export interface QuizPlace<Q, L> {
  quiz: Q;
  lesson: L | undefined;
}

/**
 * A module's quizzes in course order: each lesson's quiz in reading order, then the module quiz. A quiz
 * referenced twice is listed once, where it first appears; callers walking several modules pass one
 * `seen` set so a quiz shared by two modules is listed once too. Works on any module-like shape (the
 * course's ModuleView, the exporters' ExportModule), so there is one walk.
 */
export function moduleQuizzes<Q extends { id: string }, L extends { quiz?: Q | undefined }>(
  module: { lessons: readonly L[]; quiz?: Q | undefined },
  seen: Set<string> = new Set(),
): QuizPlace<Q, L>[] {
  const places: QuizPlace<Q, L>[] = module.lessons.flatMap((lesson) =>
    lesson.quiz ? [{ quiz: lesson.quiz, lesson }] : [],
  );
  if (module.quiz) places.push({ quiz: module.quiz, lesson: undefined });
  return places.filter(({ quiz }) => !seen.has(quiz.id) && Boolean(seen.add(quiz.id)));
}
