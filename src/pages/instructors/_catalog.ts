// What assignment pages need to know about the course: each lesson and quiz, its title and page.
import { getCourse, moduleQuizzes, type LessonView } from '../../collections';
import { lessonPath, modulePath } from '../../paths';
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
  const seen = new Set<string>();
  const modules: BuilderModule[] = course.modules.map((module) => {
    const items: BuilderModule['items'] = [];
    const places = moduleQuizzes(module, seen);
    const addQuizzesAt = (lesson: LessonView | undefined, page: string) => {
      for (const { quiz } of places.filter((place) => place.lesson === lesson)) {
        quizzes[quiz.id] = { title: quiz.title, href: page };
        items.push({ kind: 'quiz', id: quiz.id, title: quiz.title });
      }
    };
    for (const lesson of module.lessons) {
      const page = lessonPath(lesson.id);
      lessons[lesson.id] = { title: lesson.data.title, href: page };
      items.push({ kind: 'lesson', id: lesson.id, title: lesson.data.title });
      addQuizzesAt(lesson, page);
    }
    addQuizzesAt(undefined, modulePath(module.id));
    return { id: module.id, title: `Module ${module.number}: ${module.data.title}`, items };
  });
  return { lessons, quizzes, modules };
}
