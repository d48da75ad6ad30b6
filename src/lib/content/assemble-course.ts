// Course assembly, pure: checked, ordered and resolved from parsed content files. The build
// (src/collections.ts) and the tests (tests/helpers/load-content-dir.ts) both call this, so what the
// tests check is what the site is built from.
import type { Exercise } from '../../schemas/exercise';
import { checkContent, type ContentFile, type CourseContent, type LessonFile } from './check-content';
import type { Course, GlossaryEntry, LessonView, ModuleView } from './course';
import { readingMinutes } from './reading-minutes';

export interface LessonSource extends LessonFile {
  /** The MDX body after the frontmatter. */
  body: string;
}

export interface CourseSources extends Omit<CourseContent, 'lessons' | 'exerciseIds'> {
  lessons: LessonSource[];
  exercises: ContentFile<Exercise>[];
}

/** Thrown when cross-file rules fail; the message lists every problem with its file. */
export class CourseContentError extends Error {
  constructor(readonly issues: string[]) {
    super(`The course content has ${issues.length} problem(s):\n- ${issues.join('\n- ')}`);
    this.name = 'CourseContentError';
  }
}

export function assembleCourse(sources: CourseSources): Course {
  const { modules, lessons, quizzes, glossary, exercises } = sources;
  const issues = checkContent({ modules, lessons, quizzes, glossary, exerciseIds: exercises.map((e) => e.id) });
  if (issues.length > 0) throw new CourseContentError(issues);

  const quizById = new Map(quizzes.map((q) => [q.id, { ...q.data, id: q.id }]));
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const moduleViews: ModuleView[] = [...modules]
    .sort((a, b) => a.data.order - b.data.order)
    .map((m, i) => ({
      id: m.id,
      data: m.data,
      number: i + 1,
      lessons: [],
      quiz: m.data.quiz ? quizById.get(m.data.quiz) : undefined,
    }));
  const allLessons: LessonView[] = [];
  for (const module of moduleViews) {
    module.data.lessons.forEach((lessonId, index) => {
      const source = lessonById.get(lessonId)!; // checkContent proved every listed lesson exists
      const view: LessonView = {
        id: lessonId,
        file: source.file,
        data: source.data,
        module,
        index,
        readingMinutes: readingMinutes(source.body),
        hasKeyTakeaways: source.body.includes('<KeyTakeaways'),
        quiz: source.data.quiz ? quizById.get(source.data.quiz) : undefined,
        previous: allLessons.at(-1),
        next: undefined,
      };
      if (view.previous) view.previous.next = view;
      module.lessons.push(view);
      allLessons.push(view);
    });
  }
  const glossaryEntries: GlossaryEntry[] = glossary
    .map((g) => ({ ...g.data, id: g.id, usedIn: allLessons.filter((l) => l.data.keyTerms.includes(g.id)) }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en'));
  return {
    modules: moduleViews,
    lessons: allLessons,
    glossary: glossaryEntries,
    quizzes: quizById,
    exercises: new Map(exercises.map((e) => [e.id, { ...e.data, id: e.id }])),
  };
}
