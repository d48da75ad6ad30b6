// What assignment pages need to know about the course: each lesson and quiz, its title and page.
import { getCourse, href } from '../../collections';
import type { BuilderModule } from '../../islands/AssignmentBuilder';
import type { ItemInfo } from '../../islands/AssignmentView';

export interface AssignmentCatalogProps {
  lessons: Record<string, ItemInfo>;
  quizzes: Record<string, ItemInfo>;
  modules: BuilderModule[];
}

export async function assignmentCatalog(): Promise<AssignmentCatalogProps> {
  const course = await getCourse();
  const lessons: Record<string, ItemInfo> = {};
  const quizzes: Record<string, ItemInfo> = {};
  const modules: BuilderModule[] = course.modules.map((module) => {
    const items: BuilderModule['items'] = [];
    for (const lesson of module.lessons) {
      const page = href(`/lessons/${lesson.id}/`);
      lessons[lesson.id] = { title: lesson.entry.data.title, href: page };
      items.push({ kind: 'lesson', id: lesson.id, title: lesson.entry.data.title });
      if (lesson.quiz && !(lesson.quiz.id in quizzes)) {
        quizzes[lesson.quiz.id] = { title: lesson.quiz.title, href: `${page}#lesson-quiz` };
        items.push({ kind: 'quiz', id: lesson.quiz.id, title: lesson.quiz.title });
      }
    }
    if (module.quiz && !(module.quiz.id in quizzes)) {
      quizzes[module.quiz.id] = { title: module.quiz.title, href: `${href(`/modules/${module.id}/`)}#module-quiz-title` };
      items.push({ kind: 'quiz', id: module.quiz.id, title: module.quiz.title });
    }
    return { id: module.id, title: `Module ${module.number}: ${module.data.title}`, items };
  });
  return { lessons, quizzes, modules };
}

export const assignmentPaths = {
  builder: '/instructors/assign/',
  view: '/instructors/assignment/',
  receipt: '/instructors/receipt/',
};
