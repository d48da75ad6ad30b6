// One module's questions, as authored (with feedback and explanations), for its exam and the final
// exam: a static JSON file the exam island fetches, so the exam pages stay small (src/lib/exam).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../collections';
import { examPools } from '../../lib/exam/course-exams';
import type { ExamPool } from '../../lib/exam/exam-draw';

export const getStaticPaths = (async () => {
  const { modules } = await getCourse();
  return examPools(modules).map((pool) => ({ params: { module: pool.moduleId }, props: { pool } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ pool: ExamPool }> = ({ props: { pool } }) =>
  new Response(JSON.stringify(pool), { headers: { 'Content-Type': 'application/json' } });
