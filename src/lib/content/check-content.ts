import type { CourseModule } from '../../schemas/module';
import type { LessonData } from '../../schemas/lesson';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Quiz } from '../../schemas/quiz';
import { authoringOf } from '../quiz/kinds/authoring';
import { caseProblems } from '../quiz/question-units';

/** One validated content file: its id, its path relative to the project (for messages) and its data. */
export interface ContentFile<T> {
  id: string;
  file: string;
  data: T;
}

export interface LessonFile extends ContentFile<LessonData> {
  /** The folder under content/lessons/ that holds the file: the module it claims to belong to. */
  moduleDir: string;
}

export interface CourseContent {
  modules: ContentFile<CourseModule>[];
  lessons: LessonFile[];
  quizzes: ContentFile<Quiz>[];
  glossary: ContentFile<GlossaryTerm>[];
  /** Exercise ids that exist (content/exercises/); lessons may reference them. */
  exerciseIds: string[];
}

/** Every rule that spans a file's items or several files. Returns one message per broken rule, empty when valid. */
export function checkContent(content: CourseContent): string[] {
  return [
    ...checkModules(content),
    ...checkLessons(content),
    ...content.quizzes.flatMap(checkQuiz),
    ...checkObjectives(content),
    ...checkGlossary(content.glossary),
  ];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

function checkModules({ modules, lessons, quizzes }: CourseContent): string[] {
  const issues: string[] = [];
  const quizIds = new Set(quizzes.map((q) => q.id));
  const lessonsById = new Map(lessons.map((l) => [l.id, l]));
  for (const order of duplicates(modules.map((m) => String(m.data.order)))) {
    const files = modules.filter((m) => String(m.data.order) === order).map((m) => m.file);
    issues.push(`${files.join(', ')}: modules share order ${order}; each module needs its own position`);
  }
  for (const module of modules) {
    const { file, data } = module;
    for (const id of duplicates(data.lessons)) issues.push(`${file}: lesson '${id}' is listed more than once`);
    for (const id of data.lessons) {
      const lesson = lessonsById.get(id);
      if (!lesson)
        issues.push(`${file}: lesson '${id}' does not exist (expected content/lessons/${module.id}/${id}.mdx)`);
      else if (lesson.moduleDir !== module.id)
        issues.push(
          `${file}: lesson '${id}' lives in content/lessons/${lesson.moduleDir}/, not in this module's folder '${module.id}'`,
        );
    }
    if (data.quiz && !quizIds.has(data.quiz))
      issues.push(`${file}: quiz '${data.quiz}' does not exist in content/quizzes/`);
  }
  return issues;
}

function checkLessons({ modules, lessons, quizzes, glossary, exerciseIds }: CourseContent): string[] {
  const issues: string[] = [];
  const quizIds = new Set(quizzes.map((q) => q.id));
  const termIds = new Set(glossary.map((g) => g.id));
  const exercises = new Set(exerciseIds);
  const listed = new Set(modules.flatMap((m) => m.data.lessons));
  const moduleIds = new Set(modules.map((m) => m.id));
  for (const id of duplicates(lessons.map((l) => l.id))) {
    const files = lessons.filter((l) => l.id === id).map((l) => l.file);
    issues.push(
      `${files.join(', ')}: lesson id '${id}' is used by more than one file; lesson file names must be unique`,
    );
  }
  for (const { id, file, data, moduleDir } of lessons) {
    if (!moduleIds.has(moduleDir))
      issues.push(`${file}: folder '${moduleDir}' is not a module (no content/modules/${moduleDir}.yaml)`);
    else if (!listed.has(id))
      issues.push(`${file}: lesson '${id}' is missing from the lessons list of content/modules/${moduleDir}.yaml`);
    if (data.quiz && !quizIds.has(data.quiz))
      issues.push(`${file}: quiz '${data.quiz}' does not exist in content/quizzes/`);
    for (const term of data.keyTerms)
      if (!termIds.has(term))
        issues.push(`${file}: key term '${term}' is not in the glossary (content/glossary/${term}.yaml)`);
    for (const exercise of data.exercises)
      if (!exercises.has(exercise)) issues.push(`${file}: exercise '${exercise}' does not exist in content/exercises/`);
  }
  return issues;
}

/** Rules inside one quiz file: unique question ids, each kind's own rules (src/lib/quiz/kinds), case sets. */
export function checkQuiz({ file, data }: ContentFile<Quiz>): string[] {
  const issues: string[] = [];
  for (const id of duplicates(data.questions.map((q) => q.id)))
    issues.push(`${file}: question id '${id}' is used more than once`);
  for (const question of data.questions) {
    const where = `${file}: question '${question.id}' (${question.kind})`;
    for (const problem of authoringOf(question).contentProblems(question)) issues.push(`${where} ${problem}`);
  }
  for (const problem of caseProblems(data)) issues.push(`${file}: ${problem}`);
  return issues;
}

/**
 * Objectives and the items that measure them: ids unique course-wide; every item names an objective of
 * the lesson whose quiz it is in (for a module quiz, of a lesson in that module); every objective is
 * measured by at least one item somewhere, so no objective is promised and never tested.
 */
function checkObjectives({ modules, lessons, quizzes }: CourseContent): string[] {
  const issues: string[] = [];
  // An id used twice is reported once as a duplicate; items naming it may belong to either lesson.
  const lessonsOf = new Map<string, LessonFile[]>();
  for (const lesson of lessons)
    for (const { id } of lesson.data.objectives) lessonsOf.set(id, [...(lessonsOf.get(id) ?? []), lesson]);
  for (const id of duplicates(lessons.flatMap((l) => l.data.objectives.map((o) => o.id)))) {
    const files = lessons.filter((l) => l.data.objectives.some((o) => o.id === id)).map((l) => l.file);
    issues.push(
      `${files.join(', ')}: objective id '${id}' is used more than once; objective ids must be unique course-wide`,
    );
  }
  const moduleOfLesson = new Map(modules.flatMap((m) => m.data.lessons.map((l) => [l, m.id] as const)));
  const lessonQuiz = new Map(lessons.flatMap((l) => (l.data.quiz ? [[l.data.quiz, l.id] as const] : [])));
  const moduleQuiz = new Map(modules.flatMap((m) => (m.data.quiz ? [[m.data.quiz, m.id] as const] : [])));
  const measured = new Set<string>();
  for (const { id: quizId, file, data } of quizzes) {
    const ownLesson = lessonQuiz.get(quizId);
    const ownModule = moduleQuiz.get(quizId);
    for (const question of data.questions) {
      const where = `${file}: question '${question.id}' (${question.kind}) objective '${question.objective}'`;
      const owners = lessonsOf.get(question.objective) ?? [];
      const lesson = owners[0];
      if (!lesson) {
        issues.push(`${where} is not an objective of any lesson`);
        continue;
      }
      measured.add(question.objective);
      // A lesson no module lists is reported by checkLessons; its module cannot be judged here.
      const inModule = (l: LessonFile) => !moduleOfLesson.has(l.id) || moduleOfLesson.get(l.id) === ownModule;
      if (ownLesson && !owners.some((l) => l.id === ownLesson))
        issues.push(`${where} belongs to lesson '${lesson.id}'; this quiz is lesson '${ownLesson}''s own`);
      else if (!ownLesson && ownModule && !owners.some(inModule))
        issues.push(
          `${where} belongs to lesson '${lesson.id}', which is not in module '${ownModule}' whose quiz this is`,
        );
    }
  }
  for (const { file, data } of lessons)
    for (const { id } of data.objectives)
      if (!measured.has(id))
        issues.push(`${file}: objective '${id}' is measured by no quiz item (name it in an item's objective)`);
  return issues;
}

function checkGlossary(glossary: ContentFile<GlossaryTerm>[]): string[] {
  const ids = new Set(glossary.map((g) => g.id));
  return glossary.flatMap(({ id, file, data }) =>
    data.related
      .filter((related) => !ids.has(related) || related === id)
      .map((related) =>
        related === id
          ? `${file}: term '${id}' lists itself as related`
          : `${file}: related term '${related}' is not in the glossary`,
      ),
  );
}
