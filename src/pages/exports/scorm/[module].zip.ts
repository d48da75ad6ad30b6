// /exports/scorm/<module-id>.zip: a SCORM 1.2 package of the module's quiz (src/lib/scorm/package.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { toScormPackage } from '../../../lib/scorm/package';
import { configuredSiteUrl, exportCourse } from '../_export-data';
import { scormBundle } from './_bundle';

export const getStaticPaths = (async () => {
  const course = await exportCourse();
  return course.modules.filter((m) => m.quiz).map((module) => ({ params: { module: module.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const course = await exportCourse();
  const module = course.modules.find((m) => m.id === params.module);
  if (!module?.quiz) return new Response('No such module quiz', { status: 404 });
  const site = configuredSiteUrl();
  const bytes = new Uint8Array(
    toScormPackage({
      courseTitle: course.title,
      module,
      quiz: module.quiz,
      bundle: await scormBundle(),
      siteUrl: site.ok ? site.url.href : undefined,
    }),
  );
  return new Response(bytes, { headers: { 'Content-Type': 'application/zip' } });
};
