// /exports/scorm/<name>.zip: the SCORM 1.2 packages (src/lib/scorm/package.ts): `<module>.zip` for
// a module's quiz, `<module>-exam.zip` for its exam and `final-exam.zip` for the final exam
// (src/lib/scorm/package-names.ts refuses two packages with one name).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../../collections';
import { courseExams, examPools } from '../../../lib/exam/course-exams';
import { toScormExamPackage, toScormPackage } from '../../../lib/scorm/package';
import { scormPackageList, type ScormPackageEntry } from '../../../lib/scorm/package-names';
import { configuredSiteUrl, exportCourse } from '../_export-data';
import { scormBundle } from './_bundle';

export const getStaticPaths = (async () => {
  const course = await exportCourse();
  const { modules } = await getCourse();
  const entries: ScormPackageEntry[] = [
    ...course.modules.filter((m) => m.quiz).map((m) => ({ kind: 'quiz' as const, moduleId: m.id })),
    ...courseExams(modules).map((exam) => ({ kind: 'exam' as const, examId: exam.id })),
  ];
  return scormPackageList(entries).map(({ name, entry }) => ({ params: { package: name }, props: { entry } }));
}) satisfies GetStaticPaths;

async function quizPackage(moduleId: string): Promise<Uint8Array | undefined> {
  const course = await exportCourse();
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module?.quiz) return undefined;
  const site = configuredSiteUrl();
  return toScormPackage({
    courseTitle: course.title,
    module,
    quiz: module.quiz,
    bundle: await scormBundle('quiz'),
    siteUrl: site.ok ? site.url.href : undefined,
  });
}

async function examPackage(examId: string): Promise<Uint8Array | undefined> {
  const course = await exportCourse();
  const { modules } = await getCourse();
  const exam = courseExams(modules).find((e) => e.id === examId);
  if (!exam) return undefined;
  const pools = examPools(modules).filter((pool) => exam.moduleIds.includes(pool.moduleId));
  const ownModule = exam.moduleIds.length === 1 ? course.modules.find((m) => m.id === exam.moduleIds[0]) : undefined;
  const site = configuredSiteUrl();
  return toScormExamPackage({
    courseTitle: course.title,
    exam,
    pools,
    description: ownModule
      ? `${exam.size} questions drawn from the module's quizzes. ${ownModule.summary}`
      : `${exam.size} questions drawn from every module of the course, balanced across them.`,
    bundle: await scormBundle('exam'),
    siteUrl: site.ok ? site.url.href : undefined,
  });
}

export const GET: APIRoute<{ entry: ScormPackageEntry }> = async ({ props: { entry } }) => {
  const bytes = entry.kind === 'quiz' ? await quizPackage(entry.moduleId) : await examPackage(entry.examId);
  if (!bytes) return new Response('No such SCORM package', { status: 404 });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/zip' } });
};
