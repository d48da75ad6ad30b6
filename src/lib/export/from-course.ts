// Adapts the plain course (src/lib/content/course.ts) to the exporters' shape.
import type { Course } from '../content/course';
import type { ExportCourse } from './export-course';

export const COURSE_TITLE = 'One Voice: Integrated Marketing Communications';
export const COURSE_DESCRIPTION =
  'An open course in Integrated Marketing Communications: planning, audiences, channels, principles and measurement.';

export function fromCourse(course: Course): ExportCourse {
  return {
    title: COURSE_TITLE,
    description: COURSE_DESCRIPTION,
    modules: course.modules.map((module) => ({
      id: module.id,
      number: module.number,
      title: module.data.title,
      summary: module.data.summary,
      quiz: module.quiz,
      lessons: module.lessons.map((lesson) => ({
        id: lesson.id,
        title: lesson.data.title,
        description: lesson.data.description,
        quiz: lesson.quiz,
      })),
    })),
  };
}
