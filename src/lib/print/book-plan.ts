// What a printed book holds, in order, as plain data: the contents list and the sections both come from
// it, so they cannot disagree. Every section starts a page with its own first line (`firstLine`), which
// scripts/remix-pdf.mjs finds in the printed PDF (pdftotext) to number the contents: it must be unique
// in the book and short enough to stay on one line.
import type { CourseQuiz, GlossaryEntry, ModuleView } from '../content/course';
import { moduleQuizzes } from '../content/course';

export interface BookSection {
  /** The section's id in the page (and the contents' link target). */
  id: string;
  /** Its title as the contents lists it. */
  title: string;
  /** The small line the section starts with, unique in the book. */
  firstLine: string;
  /** 1: a part (a module in the course book), 2: a chapter inside it (or of a one-module book). */
  depth: 1 | 2;
}

export const moduleSectionId = (moduleId: string) => `module-${moduleId}`;
export const lessonSectionId = (lessonId: string) => `lesson-${lessonId}`;
export const quizSectionId = (quizId: string) => `key-${quizId}`;
export const GLOSSARY_SECTION_ID = 'glossary';

/** The glossary a book ends with: the whole glossary for the course, a module's key terms for a module. */
export function bookGlossary(modules: readonly ModuleView[], glossary: readonly GlossaryEntry[], whole: boolean) {
  if (whole) return [...glossary];
  const used = new Set(modules.flatMap((m) => m.lessons.flatMap((lesson) => lesson.data.keyTerms)));
  return glossary.filter((entry) => used.has(entry.id));
}

/** The reading book: a part per module (when there are several), a chapter per lesson, the glossary. */
export function readingPlan(modules: readonly ModuleView[], glossaryTerms: number): BookSection[] {
  const parts = modules.length > 1;
  const sections = modules.flatMap((module): BookSection[] => [
    ...(parts
      ? [
          {
            id: moduleSectionId(module.id),
            title: `Module ${module.number}: ${module.data.title}`,
            firstLine: `Module ${module.number}`,
            depth: 1 as const,
          },
        ]
      : []),
    ...module.lessons.map((lesson) => ({
      id: lessonSectionId(lesson.id),
      title: lesson.data.title,
      firstLine: `Module ${module.number} · Lesson ${lesson.index + 1}`,
      depth: parts ? (2 as const) : (1 as const),
    })),
  ]);
  if (glossaryTerms > 0)
    sections.push({
      id: GLOSSARY_SECTION_ID,
      title: 'Glossary',
      firstLine: `Glossary · ${glossaryTerms} ${glossaryTerms === 1 ? 'term' : 'terms'}`,
      depth: 1,
    });
  return sections;
}

/** A module's quizzes for its answer key in the order the module takes them, each once in the book (`seen`). */
export function keyQuizzes(module: ModuleView, seen: Set<string> = new Set()): CourseQuiz[] {
  return moduleQuizzes(module, seen).map((place) => place.quiz);
}

/** The answer key: a part per module (when there are several), a section per quiz. */
export function answerKeyPlan(modules: readonly ModuleView[]): BookSection[] {
  const parts = modules.length > 1;
  const seen = new Set<string>();
  return modules.flatMap((module): BookSection[] => {
    const quizzes = keyQuizzes(module, seen);
    return [
      ...(parts
        ? [
            {
              id: moduleSectionId(module.id),
              title: `Module ${module.number}: ${module.data.title}`,
              firstLine: `Answer key · Module ${module.number}`,
              depth: 1 as const,
            },
          ]
        : []),
      ...quizzes.map((quiz, i) => ({
        id: quizSectionId(quiz.id),
        title: quiz.title,
        firstLine: `Module ${module.number} · Quiz ${i + 1} of ${quizzes.length}`,
        depth: parts ? (2 as const) : (1 as const),
      })),
    ];
  });
}
