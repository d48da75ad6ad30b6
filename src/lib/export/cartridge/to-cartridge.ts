// A Common Cartridge 1.1 package for the whole course or one module: lessons as web links to the
// hosted site, quizzes as QTI assessments, the module structure as the organisation.
import { moduleQuizzes } from '../../content/course';
import type { ExportCourse, ExportModule, ExportQuiz } from '../export-course';
import { cartridgeIds, cartridgePaths } from './identifiers';
import { manifestXml, type ManifestItem, type ManifestResource } from './manifest';
import { weblinkXml } from './weblink';
import { assessmentXml, omittedFromCartridge } from './qti-assessment';
import { cartridgeReadme } from './cartridge-readme';
import { deterministicZip } from './deterministic-zip';
import { lessonUrl, siteHomeUrl } from '../../../paths';
import { attributionLine, REUSE_TERMS } from '../attribution';
import { giftWeight } from '../gift-text';

export interface CartridgeFiles {
  /** Path in the zip -> UTF-8 text. */
  files: Map<string, string>;
}

export function moduleTitle(module: ExportModule): string {
  return `Module ${module.number}: ${module.title}`;
}

function moduleOutline(
  module: ExportModule,
  siteUrl: URL,
  files: Map<string, string>,
  resources: ManifestResource[],
): ManifestItem {
  const children: ManifestItem[] = [];
  const places = moduleQuizzes(module);
  const addQuiz = (quiz: ExportQuiz) => {
    if (files.has(cartridgePaths.assessment(quiz.id))) return; // once, at its first place in the course
    files.set(cartridgePaths.assessment(quiz.id), assessmentXml(quiz));
    resources.push({
      identifier: cartridgeIds.quizResource(quiz.id),
      type: 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment',
      file: cartridgePaths.assessment(quiz.id),
    });
    children.push({
      identifier: cartridgeIds.quizItem(quiz.id),
      title: `Quiz: ${quiz.title}`,
      identifierref: cartridgeIds.quizResource(quiz.id),
    });
  };
  const quizzesAt = (lesson: ExportModule['lessons'][number] | undefined) => {
    for (const place of places) if (place.lesson === lesson) addQuiz(place.quiz);
  };
  for (const lesson of module.lessons) {
    files.set(cartridgePaths.weblink(lesson.id), weblinkXml(lesson.title, lessonUrl(siteUrl, lesson.id)));
    resources.push({
      identifier: cartridgeIds.lessonResource(lesson.id),
      type: 'imswl_xmlv1p1',
      file: cartridgePaths.weblink(lesson.id),
    });
    children.push({
      identifier: cartridgeIds.lessonItem(lesson.id),
      title: lesson.title,
      identifierref: cartridgeIds.lessonResource(lesson.id),
    });
    quizzesAt(lesson);
  }
  quizzesAt(undefined);
  return { identifier: cartridgeIds.moduleItem(module.id), title: moduleTitle(module), children };
}

/**
 * A first top-level item: a link to the course home. Moodle's CC converter puts the first top-level
 * item into section 0 ("General") and each later one into the next section, so with this link first
 * module n lands in section n instead of module 1 filling "General".
 */
function courseHomeLink(course: ExportCourse, siteUrl: URL, files: Map<string, string>, resources: ManifestResource[]) {
  const title = `${course.title}: course home page`;
  files.set(cartridgePaths.homeWeblink, weblinkXml(title, siteHomeUrl(siteUrl)));
  resources.push({ identifier: cartridgeIds.homeResource, type: 'imswl_xmlv1p1', file: cartridgePaths.homeWeblink });
  return { identifier: cartridgeIds.homeItem, title, identifierref: cartridgeIds.homeResource };
}

/** The cartridge's files; `module` limits it to one module. */
export function cartridgeFiles(course: ExportCourse, siteUrl: URL, module?: ExportModule): CartridgeFiles {
  const modules = module ? [module] : course.modules;
  const scope = module ? module.id : 'course';
  const files = new Map<string, string>();
  const resources: ManifestResource[] = [];
  const items = [
    courseHomeLink(course, siteUrl, files, resources),
    ...modules.map((m) => moduleOutline(m, siteUrl, files, resources)),
  ];
  const title = module ? `${course.title}: ${moduleTitle(module)}` : course.title;
  files.set(
    cartridgePaths.manifest,
    manifestXml({
      identifier: cartridgeIds.manifest(scope),
      title,
      description: module ? module.summary : course.description,
      rights: `${attributionLine(course.title)} ${REUSE_TERMS}`,
      organizationId: cartridgeIds.organization,
      rootItemId: cartridgeIds.rootItem,
      items,
      resources,
    }),
  );
  const quizzes = modules.flatMap((m) => moduleQuizzes(m).map((place) => place.quiz));
  files.set(
    cartridgePaths.readme,
    cartridgeReadme({
      title,
      courseTitle: course.title,
      scope: module ? `module "${module.id}"` : 'whole course',
      siteUrl: siteUrl.href,
      lessonCount: modules.reduce((n, m) => n + m.lessons.length, 0),
      quizCount: quizzes.length,
      questionCount: quizzes.reduce((n, q) => n + q.questions.length - omittedFromCartridge(q).length, 0),
      omitted: omittedByReason(quizzes),
      multipleAnswer: multipleAnswerPenalties(quizzes),
      sectionTitles: modules.map(moduleTitle),
      casedQuizzes: quizzes.filter((q) => (q.cases ?? []).length > 0).map((q) => q.id),
    }),
  );
  return { files };
}

/** The .imscc bytes: imsmanifest.xml first at the zip root, the rest sorted, fixed times. */
export function toCartridge(course: ExportCourse, siteUrl: URL, module?: ExportModule): Uint8Array {
  return deterministicZip(cartridgeFiles(course, siteUrl, module).files, [cartridgePaths.manifest]);
}

/** The questions left out of the cartridge, grouped by the reason their kind gives, in course order. */
function omittedByReason(quizzes: readonly ExportQuiz[]): { refs: string[]; reason: string }[] {
  const byReason = new Map<string, string[]>();
  for (const quiz of quizzes)
    for (const { question, reason } of omittedFromCartridge(quiz))
      byReason.set(reason, [...(byReason.get(reason) ?? []), `${quiz.id}/${question.id}`]);
  return [...byReason].map(([reason, refs]) => ({ refs, reason }));
}

/**
 * The multiple-answer questions by the weight each wrong option has in the GIFT bank (-100% shared by
 * the wrong options). Moodle's CC converter can only give wrong options 0 (any other score becomes
 * +100%), so the readme lists what to set by hand.
 */
function multipleAnswerPenalties(quizzes: readonly ExportQuiz[]): { refs: string[]; wrongWeight: string }[] {
  const byWeight = new Map<string, string[]>();
  for (const quiz of quizzes)
    for (const question of quiz.questions) {
      if (question.kind !== 'multiple') continue;
      const wrong = question.options.filter((o) => !o.correct).length;
      const weight = `-${giftWeight(100 / wrong)}%`;
      byWeight.set(weight, [...(byWeight.get(weight) ?? []), `${quiz.id}/${question.id}`]);
    }
  return [...byWeight].map(([wrongWeight, refs]) => ({ wrongWeight, refs }));
}
