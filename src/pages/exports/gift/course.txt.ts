// /exports/gift/course.txt: the whole course's question bank for Moodle (GIFT).
import type { APIRoute } from 'astro';
import { courseToGift } from '../../../lib/export/to-gift';
import { exportCourse } from '../_export-data';

export const GET: APIRoute = async () =>
  new Response(courseToGift(await exportCourse()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
