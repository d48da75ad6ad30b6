// Every URL shape of the site, in one place. `routes` are site-relative (no leading slash, no base);
// the *Path functions add the configured base, so links work when the site is hosted under a sub-path
// (BASE_PATH=/one-voice). Nothing else in src/ writes a URL template.

import { examPackageName, quizPackageName } from './lib/scorm/package-names';

/** The name of the whole-course export files (modules use their ids; see the export endpoints). */
export const COURSE_EXPORT_NAME = 'course';

export const routes = {
  home: '',
  moduleList: '#modules',
  /** The folder of every lesson page (for "is this page a lesson?"). */
  lessons: 'lessons/',
  lesson: (lessonId: string) => `lessons/${lessonId}/`,
  /** The folder of every module page. */
  modules: 'modules/',
  module: (moduleId: string) => `modules/${moduleId}/`,
  moduleExam: (moduleId: string) => `modules/${moduleId}/exam/`,
  finalExam: 'final-exam/',
  /** One module's questions for its exam and the final exam, fetched by the exam island. */
  examPool: (moduleId: string) => `exam-pools/${moduleId}.json`,
  /** A lesson or module quiz as data, fetched by the quiz island when it wakes up (src/lib/quiz/quiz-file.ts). */
  quizFile: (quizId: string) => `quizzes/${quizId}.json`,
  practice: 'practice/',
  exercise: (exerciseId: string) => `practice/${exerciseId}/`,
  /** An exercise's data, fetched by its island when it wakes up (src/lib/exercises/exercise-file.ts). */
  exerciseFile: (exerciseId: string) => `exercises/${exerciseId}.json`,
  glossary: 'glossary/',
  search: 'search/',
  progress: 'progress/',
  reviewPart: (moduleId: string) => `progress/review/${moduleId}.json`,
  /** Spaced review: the cards due, one at a time. */
  review: 'review/',
  /** The glossary terms a review card shows (fetched only when a term card is due). */
  reviewTerms: 'review/terms.json',
  instructors: 'instructors/',
  instructorGuide: (moduleId: string) => `instructors/${moduleId}/`,
  assignmentBuilder: 'instructors/assign/',
  assignmentView: 'instructors/assignment/',
  receipt: 'instructors/receipt/',
  classReport: 'instructors/collect/',
  accessibility: 'accessibility/',
  /** Print-only books (scripts/remix-pdf.mjs prints them): the course, a module, and their answer keys. */
  printBook: (moduleId?: string) => (moduleId ? `print/${moduleId}/` : 'print/'),
  printAnswerKey: (moduleId?: string) => (moduleId ? `print/answers/${moduleId}/` : 'print/answers/'),
  capstone: 'instructors/capstone/',
  gift: (moduleId = COURSE_EXPORT_NAME) => `exports/gift/${moduleId}.txt`,
  cartridge: (moduleId = COURSE_EXPORT_NAME) => `exports/cartridge/${moduleId}.imscc`,
  scorm: (packageName: string) => `exports/scorm/${packageName}.zip`,
} as const;

/** Lesson page fragments the site links to. */
export const LESSON_QUIZ_FRAGMENT = 'lesson-quiz';
export const MODULE_QUIZ_FRAGMENT = 'module-quiz-title';

/** `path` (site-relative, with or without a leading slash) under `base` ("/" or "/one-voice/"). */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** Any site-relative path (a file in public/, the search bundle) with the configured base. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** A page's path below the configured base ("/one-voice/lessons/x/" -> "lessons/x/"). */
export function pathBelowBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.replace(/\/?$/, '/');
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
}

const fragment = (id: string | undefined) => (id ? `#${id}` : '');

export const homePath = (section?: 'modules') => href(section ? routes.moduleList : routes.home);
export const lessonPath = (lessonId: string, section?: string) => href(routes.lesson(lessonId) + fragment(section));
export const lessonQuizPath = (lessonId: string) => lessonPath(lessonId, LESSON_QUIZ_FRAGMENT);
/** The index of every module with its lessons. */
export const modulesPath = () => href(routes.modules);
export const modulePath = (moduleId: string, section?: string) => href(routes.module(moduleId) + fragment(section));
export const moduleQuizPath = (moduleId: string) => modulePath(moduleId, MODULE_QUIZ_FRAGMENT);
/** A module's exam, drawn from its lesson quizzes and module quiz. */
export const moduleExamPath = (moduleId: string) => href(routes.moduleExam(moduleId));
/** The course final exam, drawn from every module. */
export const finalExamPath = () => href(routes.finalExam);
export const examPoolPath = (moduleId: string) => href(routes.examPool(moduleId));
export const quizFilePath = (quizId: string) => href(routes.quizFile(quizId));
/** The practice index, or one exercise's page. */
export const practicePath = (exerciseId?: string) => href(exerciseId ? routes.exercise(exerciseId) : routes.practice);
export const exerciseFilePath = (exerciseId: string) => href(routes.exerciseFile(exerciseId));
/** The glossary, or one term on it. */
export const glossaryPath = (termId?: string) => href(routes.glossary + fragment(termId));
export const searchPath = () => href(routes.search);
export const progressPath = () => href(routes.progress);
/** One module's compact quizzes for the progress review. */
export const reviewPartPath = (moduleId: string) => href(routes.reviewPart(moduleId));
/** Spaced review (the cards due today), and the glossary terms its term cards show. */
export const reviewPath = () => href(routes.review);
export const reviewTermsPath = () => href(routes.reviewTerms);
/** The instructor guide, or one module's guide. */
export const instructorsPath = (moduleId?: string) =>
  href(moduleId ? routes.instructorGuide(moduleId) : routes.instructors);
export const assignmentBuilderPath = (section?: string) => href(routes.assignmentBuilder + fragment(section));
export const assignmentViewPath = () => href(routes.assignmentView);
export const receiptPath = () => href(routes.receipt);
export const classReportPath = () => href(routes.classReport);
/** The accessibility statement and conformance report. */
export const accessibilityPath = () => href(routes.accessibility);

export const printBookPath = (moduleId?: string) => href(routes.printBook(moduleId));
export const printAnswerKeyPath = (moduleId?: string) => href(routes.printAnswerKey(moduleId));
/** The printable capstone assignment (brief, deliverables, rubric, exemplar). */
export const capstonePath = () => href(routes.capstone);
/** The GIFT question bank of one module, or of the whole course. */
export const giftPath = (moduleId?: string) => href(routes.gift(moduleId));
/** The Common Cartridge of one module, or of the whole course. */
export const cartridgePath = (moduleId?: string) => href(routes.cartridge(moduleId));
/** The SCORM package of one module's quiz. */
export const scormPath = (moduleId: string) => href(routes.scorm(quizPackageName(moduleId)));
/** The SCORM package of an exam (a module exam or the final exam). */
export const scormExamPath = (examId: string) => href(routes.scorm(examPackageName(examId)));

/** The course home page's absolute address on the hosted site (for LMS web links). */
export function siteHomeUrl(siteUrl: URL): string {
  return new URL(routes.home, siteUrl).href;
}

/** A lesson's absolute address on the hosted site (for LMS web links). */
export function lessonUrl(siteUrl: URL, lessonId: string): string {
  return new URL(routes.lesson(lessonId), siteUrl).href;
}
