// What each quiz item measures, as instructors read it: the objective's text beside every item of an
// answer key, and per lesson objective how many items of the module measure it.
import type { LessonData } from '../../schemas/lesson';
import type { Quiz } from '../../schemas/quiz';

interface LessonLike {
  id: string;
  data: Pick<LessonData, 'title' | 'objectives'>;
  quiz?: Pick<Quiz, 'questions'> | undefined;
}

/** Objective id -> its text, for the lessons given (a lesson, or a module's lessons). */
export function objectiveTexts(lessons: readonly LessonLike[]): Map<string, string> {
  return new Map(lessons.flatMap((lesson) => lesson.data.objectives.map((o) => [o.id, o.text] as const)));
}

export interface ObjectiveCount {
  id: string;
  text: string;
  /** Items of the lesson's own quiz that measure it. */
  inLessonQuiz: number;
  /** Items of the module quiz that measure it. */
  inModuleQuiz: number;
}

export interface LessonObjectiveCounts {
  lessonId: string;
  title: string;
  objectives: ObjectiveCount[];
}

const countOf = (quiz: Pick<Quiz, 'questions'> | undefined, objective: string): number =>
  quiz?.questions.filter((question) => question.objective === objective).length ?? 0;

/** Each lesson of a module with its objectives and how many items measure each, in reading order. */
export function objectiveCounts(module: {
  lessons: readonly LessonLike[];
  quiz?: Pick<Quiz, 'questions'> | undefined;
}): LessonObjectiveCounts[] {
  return module.lessons.map((lesson) => ({
    lessonId: lesson.id,
    title: lesson.data.title,
    objectives: lesson.data.objectives.map(({ id, text }) => ({
      id,
      text,
      inLessonQuiz: countOf(lesson.quiz, id),
      inModuleQuiz: countOf(module.quiz, id),
    })),
  }));
}
