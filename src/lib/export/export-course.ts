// The course as the exporters see it: plain data, no Astro types, so the serializers stay pure and
// testable with small fixture courses. `fromCourse` (from-course.ts) builds it from the plain course.
// A module's quizzes in order: moduleQuizzes() in src/lib/content/course.ts, the course's one walk.
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
