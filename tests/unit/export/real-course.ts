// The real course (content/) in the exporters' shape, read from disk without an Astro build,
// so every export test also runs over whatever content exists today.
import { courseContentDir, loadContentDir } from '../../helpers/load-content-dir';
import type { ExportCourse, ExportQuiz } from '../../../src/lib/export/export-course';
import { COURSE_DESCRIPTION, COURSE_TITLE } from '../../../src/lib/export/from-course';

export function loadRealExportCourse(): ExportCourse {
  const { content, schemaIssues } = loadContentDir(courseContentDir);
  if (schemaIssues.length > 0) throw new Error(`content has schema issues:\n${schemaIssues.join('\n')}`);
  const quizById = new Map<string, ExportQuiz>(content.quizzes.map((q) => [q.id, { ...q.data, id: q.id }]));
  const lessonById = new Map(content.lessons.map((l) => [l.id, l]));
  const modules = [...content.modules].sort((a, b) => a.data.order - b.data.order);
  return {
    title: COURSE_TITLE,
    description: COURSE_DESCRIPTION,
    modules: modules.map((module, index) => ({
      id: module.id,
      number: index + 1,
      title: module.data.title,
      summary: module.data.summary,
      quiz: module.data.quiz ? quizById.get(module.data.quiz) : undefined,
      lessons: module.data.lessons.map((lessonId) => {
        const lesson = lessonById.get(lessonId);
        if (!lesson) throw new Error(`module ${module.id} lists missing lesson ${lessonId}`);
        return {
          id: lessonId,
          title: lesson.data.title,
          description: lesson.data.description,
          quiz: lesson.data.quiz ? quizById.get(lesson.data.quiz) : undefined,
        };
      }),
    })),
  };
}
