// What assignment pages need to know about the course: each lesson, quiz and exercise, its title
// and page, and the builder's groups (one per module, each item once, in course order).
import { getCourse, moduleQuizzes, type LessonView } from '../../collections';
import { lessonPath, lessonQuizPath, moduleQuizPath, practicePath } from '../../paths';
import type { AssignmentItemKind } from '../../lib/assignment/assignment';
import type { BuilderModule } from '../../islands/AssignmentBuilder';
import type { ItemCatalog, ItemInfo } from '../../islands/AssignmentView';

export interface AssignmentCatalogProps {
  catalog: ItemCatalog;
  modules: BuilderModule[];
}

export async function assignmentCatalog(): Promise<AssignmentCatalogProps> {
  const course = await getCourse();
  const catalog: ItemCatalog = { lesson: {}, quiz: {}, exercise: {} };
  /** Adds an item to the catalog the first time it is met; false when it was already listed. */
  const add = (kind: AssignmentItemKind, id: string, info: ItemInfo) => {
    if (Object.hasOwn(catalog[kind], id)) return false;
    catalog[kind][id] = info;
    return true;
  };
  const exerciseItem = (id: string): BuilderModule['items'] => {
    const exercise = course.exercises.get(id);
    if (!exercise || !add('exercise', id, { title: exercise.title, href: practicePath(id) })) return [];
    return [{ kind: 'exercise', id, title: exercise.title }];
  };
  const seen = new Set<string>();
  const modules: BuilderModule[] = course.modules.map((module) => {
    const items: BuilderModule['items'] = [];
    const places = moduleQuizzes(module, seen);
    const addQuizzesAt = (lesson: LessonView | undefined, page: string) => {
      for (const { quiz } of places.filter((place) => place.lesson === lesson)) {
        if (add('quiz', quiz.id, { title: quiz.title, href: page })) {
          items.push({ kind: 'quiz', id: quiz.id, title: quiz.title });
        }
      }
    };
    for (const lesson of module.lessons) {
      const page = lessonPath(lesson.id);
      add('lesson', lesson.id, { title: lesson.data.title, href: page });
      items.push({ kind: 'lesson', id: lesson.id, title: lesson.data.title });
      addQuizzesAt(lesson, lessonQuizPath(lesson.id));
      for (const id of lesson.data.exercises) items.push(...exerciseItem(id));
    }
    addQuizzesAt(undefined, moduleQuizPath(module.id));
    return { id: module.id, title: `Module ${module.number}: ${module.data.title}`, items };
  });
  // Exercises no lesson points to still belong in the builder, in a group of their own.
  const unlinked = [...course.exercises.keys()].flatMap(exerciseItem);
  if (unlinked.length > 0) modules.push({ id: 'more-practice', title: 'More practice', items: unlinked });
  return { catalog, modules };
}
