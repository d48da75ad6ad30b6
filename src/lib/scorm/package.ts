// SCORM 1.2 packages: one for a module's quiz, one for each exam (a module exam, the final exam).
// Each is imsmanifest.xml at the zip root, one launch page (index.html) with the quiz, or the exam
// and its pools, as JSON, its script and styles (built from src/islands/scorm/launch.tsx or
// exam-launch.tsx), and a readme. Every link is relative, so the package plays from wherever the LMS
// unpacks it, and nothing is fetched from outside it.
import { attributionLine, CODE_LICENCE, REUSE_TERMS } from '../export/attribution';
import { deterministicZip } from '../export/cartridge/deterministic-zip';
import type { ExamPlan } from '../exam/course-exams';
import type { ExamPool } from '../exam/exam-draw';
import type { ExportModule, ExportQuiz } from '../export/export-course';
import { escapeXml, oneLine } from '../export/xml-text';
import { scormManifestXml } from './manifest';

export interface ScormBundle {
  js: string;
  css: string;
}

export const SCORM_FILES = {
  manifest: 'imsmanifest.xml',
  launch: 'index.html',
  script: 'launch.js',
  styles: 'launch.css',
  readme: 'README.txt',
} as const;

/** JSON safe inside <script>: no "</script>" or "<!--" can appear. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

interface LaunchPage {
  title: string;
  /** The element the island renders into, and what it says before the script runs. */
  rootId: 'scorm-quiz' | 'scorm-exam';
  noscript: string;
  data: unknown;
  credit: string;
}

function launchPage({ title, rootId, noscript, data, credit }: LaunchPage): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(oneLine(title))}</title>`,
    `<link rel="stylesheet" href="${SCORM_FILES.styles}">`,
    '</head>',
    '<body>',
    '<main id="main" class="prose scorm-page">',
    `<h1>${escapeXml(oneLine(title))}</h1>`,
    `<p id="scorm-status" role="status">Loading…</p>`,
    // Told when the LMS did not keep the learner's work (exam packages; empty otherwise).
    '<p id="scorm-keep" role="alert"></p>',
    `<div id="${rootId}"><noscript><p>${escapeXml(noscript)}</p></noscript></div>`,
    `<footer><p><small>${escapeXml(credit)}</small></p></footer>`,
    '</main>',
    `<script type="application/json" id="scorm-data">${scriptJson(data)}</script>`,
    `<script src="${SCORM_FILES.script}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const licenceLines = (courseTitle: string) => [
  'Licence and credit',
  `- ${oneLine(attributionLine(courseTitle))}`,
  `- ${REUSE_TERMS}`,
  `- The code in launch.js is under the ${CODE_LICENCE.name} licence (${CODE_LICENCE.url}).`,
  '',
];

function readme(title: string, courseTitle: string, quiz: ExportQuiz, siteUrl: string | undefined): string {
  return [
    `${oneLine(title)}: SCORM 1.2 package`,
    '',
    `One SCO: the module quiz (${quiz.questions.length} questions) with the course site's own quiz interface.`,
    'It reports to the LMS: cmi.core.score.raw (the best attempt, 0-100, min 0, max 100) and',
    `cmi.core.lesson_status (passed at ${quiz.passPercent}% or more, else failed; incomplete before the`,
    'first check). The last attempt is kept in cmi.suspend_data (at most 4,096 characters), so a',
    'student who comes back sees it again. Opened without an LMS, it runs in practice mode.',
    '',
    'Moodle: Add an activity > SCORM package, upload this zip. Keep "Maximum grade" at 100 and',
    'the grading method "Highest grade" (the defaults): the gradebook then shows the percent.',
    ...(siteUrl ? ['', `The course: ${siteUrl}`] : []),
    '',
    ...licenceLines(courseTitle),
  ].join('\n');
}

export function scormPackageFiles(options: {
  courseTitle: string;
  module: ExportModule;
  quiz: ExportQuiz;
  bundle: ScormBundle;
  siteUrl?: string | undefined;
}): Map<string, string> {
  const { courseTitle, module, quiz, bundle } = options;
  const title = `${courseTitle}: Module ${module.number} quiz: ${module.title}`;
  const credit = attributionLine(courseTitle);
  return packageFiles({
    title,
    launch: launchPage({
      title,
      rootId: 'scorm-quiz',
      noscript: 'This quiz needs JavaScript.',
      data: { quizId: quiz.id, quiz },
      credit,
    }),
    bundle,
    readme: readme(title, courseTitle, quiz, options.siteUrl),
    identifier: `one-voice-${module.id}`,
    description: module.summary,
    credit,
    masteryScore: quiz.passPercent,
  });
}

/** The files every package holds: its launch page, bundle, readme, and the manifest that lists them. */
function packageFiles(parts: {
  title: string;
  launch: string;
  bundle: ScormBundle;
  readme: string;
  identifier: string;
  description: string;
  credit: string;
  masteryScore: number;
}): Map<string, string> {
  const files = new Map<string, string>([
    [SCORM_FILES.launch, parts.launch],
    [SCORM_FILES.script, parts.bundle.js],
    [SCORM_FILES.styles, parts.bundle.css],
    [SCORM_FILES.readme, parts.readme],
  ]);
  files.set(
    SCORM_FILES.manifest,
    scormManifestXml({
      identifier: parts.identifier,
      title: parts.title,
      description: parts.description,
      rights: `${parts.credit} ${REUSE_TERMS}`,
      launch: SCORM_FILES.launch,
      files: [SCORM_FILES.launch, SCORM_FILES.script, SCORM_FILES.styles],
      masteryScore: parts.masteryScore,
    }),
  );
  return files;
}

/** The zip: imsmanifest.xml first at the root (Moodle requires it there), the rest sorted. */
export function toScormPackage(options: Parameters<typeof scormPackageFiles>[0]): Uint8Array {
  return deterministicZip(scormPackageFiles(options), [SCORM_FILES.manifest]);
}

function examReadme(title: string, courseTitle: string, exam: ExamPlan, siteUrl: string | undefined): string {
  return [
    `${oneLine(title)}: SCORM 1.2 package`,
    '',
    `One SCO: the course site's own exam (${exam.size} questions drawn afresh for every attempt from`,
    `${exam.moduleIds.length === 1 ? "the module's lesson and module quizzes" : "every module's lesson and module quizzes"}; no answers shown before hand-in).`,
    'It reports to the LMS: cmi.core.score.raw (the best attempt, 0-100, min 0, max 100) and',
    `cmi.core.lesson_status (passed at ${exam.passPercent}% or more, else failed; incomplete before the`,
    'first hand-in). cmi.suspend_data (at most 4,096 characters) keeps the last result and the exam in',
    'progress (answers, confidence, flags), so a student who leaves mid-exam comes back to it; if it',
    'ever could not be kept, the page says so. Opened without an LMS, it runs in practice mode.',
    '',
    'Moodle: Add an activity > SCORM package, upload this zip. Keep "Maximum grade" at 100 and',
    'the grading method "Highest grade" (the defaults): the gradebook then shows the percent.',
    ...(siteUrl ? ['', `The course: ${siteUrl}`] : []),
    '',
    ...licenceLines(courseTitle),
  ].join('\n');
}

export interface ScormExamPageData {
  exam: ExamPlan;
  /** The pools of exam.moduleIds, in course order: embedded, so the package fetches nothing. */
  pools: ExamPool[];
}

/** The manifest identifier of an exam's package (xs:ID: no colon, so not the exam id itself). */
export const scormExamIdentifier = (exam: ExamPlan) => `one-voice-${exam.id.replace(/^exam:/, '')}-exam`;

export function scormExamPackageFiles(options: {
  courseTitle: string;
  exam: ExamPlan;
  pools: ExamPool[];
  description: string;
  bundle: ScormBundle;
  siteUrl?: string | undefined;
}): Map<string, string> {
  const { courseTitle, exam, pools, bundle } = options;
  const title = `${courseTitle}: ${exam.title}`;
  const credit = attributionLine(courseTitle);
  const data: ScormExamPageData = { exam, pools };
  return packageFiles({
    title,
    launch: launchPage({ title, rootId: 'scorm-exam', noscript: 'This exam needs JavaScript.', data, credit }),
    bundle,
    readme: examReadme(title, courseTitle, exam, options.siteUrl),
    identifier: scormExamIdentifier(exam),
    description: options.description,
    credit,
    masteryScore: exam.passPercent,
  });
}

/** An exam's zip, laid out as toScormPackage's. */
export function toScormExamPackage(options: Parameters<typeof scormExamPackageFiles>[0]): Uint8Array {
  return deterministicZip(scormExamPackageFiles(options), [SCORM_FILES.manifest]);
}
