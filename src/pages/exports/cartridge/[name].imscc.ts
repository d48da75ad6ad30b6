// /exports/cartridge/course.imscc and /exports/cartridge/<module-id>.imscc: Common Cartridge 1.1.
// Lesson web links must be absolute addresses of the hosted site, so a build without SITE_URL writes
// no cartridge at all (the instructor pages explain why) rather than links that cannot work.
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCartridge } from '../../../lib/export/cartridge/to-cartridge';
import { COURSE_EXPORT_NAME } from '../../../paths';
import { configuredSiteUrl, exportCourse } from '../_export-data';

export const getStaticPaths = (async () => {
  const site = configuredSiteUrl();
  if (!site.ok) {
    console.warn(`[exports] ${site.reason}`);
    return [];
  }
  const course = await exportCourse();
  // A module id can never be "course": module ids are content slugs, checked unique; guard anyway.
  const names = [COURSE_EXPORT_NAME, ...course.modules.map((m) => m.id).filter((id) => id !== COURSE_EXPORT_NAME)];
  return names.map((name) => ({ params: { name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = configuredSiteUrl();
  if (!site.ok) return new Response(site.reason, { status: 404 });
  const course = await exportCourse();
  const module = params.name === COURSE_EXPORT_NAME ? undefined : course.modules.find((m) => m.id === params.name);
  if (params.name !== COURSE_EXPORT_NAME && !module) return new Response('No such module', { status: 404 });
  // A copy typed over a plain ArrayBuffer, which is what Response accepts.
  const bytes = new Uint8Array(toCartridge(course, site.url, module));
  return new Response(bytes, { headers: { 'Content-Type': 'application/zip' } });
};
