// /exports/gift/<module-id>.txt: one module's question bank for Moodle (GIFT).
import type { APIRoute, GetStaticPaths } from 'astro';
import { moduleToGift } from '../../../lib/export/to-gift';
import { exportCourse } from '../_export-data';

export const getStaticPaths = (async () => {
  const course = await exportCourse();
  return course.modules.map((module) => ({ params: { module: module.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const course = await exportCourse();
  const module = course.modules.find((m) => m.id === params.module);
  if (!module) return new Response('No such module', { status: 404 });
  return new Response(moduleToGift(course, module), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
