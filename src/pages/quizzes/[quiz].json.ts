// Every lesson and module quiz as a static JSON file: the quiz island fetches its own when the reader
// reaches it, so the page does not carry the quiz a second time as the island's props (src/lib/quiz/quiz-file.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../collections';
import { moduleQuizzes, type CourseQuiz } from '../../lib/content/course';
import { quizFile } from '../../lib/quiz/quiz-file';

export const getStaticPaths = (async () => {
  const { modules } = await getCourse();
  const placed = new Map(modules.flatMap((module) => moduleQuizzes(module)).map(({ quiz }) => [quiz.id, quiz]));
  return [...placed.values()].map((quiz) => ({ params: { quiz: quiz.id }, props: { quiz } }));
}) satisfies GetStaticPaths;

// The quiz as the page renders it (its id included), so the page and the file compute the same version.
export const GET: APIRoute<{ quiz: CourseQuiz }> = ({ props: { quiz } }) =>
  new Response(JSON.stringify(quizFile(quiz.id, quiz)), { headers: { 'Content-Type': 'application/json' } });
