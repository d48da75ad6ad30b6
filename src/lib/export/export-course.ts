// The course as the exporters see it: plain data, no Astro types, so the serializers stay pure and
// testable with small fixture courses. `fromCourse` (from-course.ts) builds it from getCourse().
import type { Quiz } from '../../schemas/quiz';

export type ExportQuiz = Quiz & { id: string };

export interface ExportLesson {
  id: string;
  title: string;
  description: string;
  quiz?: ExportQuiz | undefined;
}

export interface ExportModule {
  id: string;
  /** 1-based position in the course. */
  number: number;
  title: string;
  summary: string;
  lessons: ExportLesson[];
  quiz?: ExportQuiz | undefined;
}

export interface ExportCourse {
  title: string;
  description: string;
  modules: ExportModule[];
}

/**
 * A module's quizzes in course order: each lesson's quiz in reading order, then the module quiz.
 * A quiz referenced twice is exported once.
 */
export function moduleQuizzes(module: ExportModule): ExportQuiz[] {
  const quizzes = [...module.lessons.map((lesson) => lesson.quiz), module.quiz].filter(
    (quiz): quiz is ExportQuiz => quiz !== undefined,
  );
  return quizzes.filter((quiz, index) => quizzes.findIndex((other) => other.id === quiz.id) === index);
}
