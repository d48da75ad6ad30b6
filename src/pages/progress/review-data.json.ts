// The compact quizzes the review page grades saved answers against, as one static JSON file, so
// the page's HTML stays small and the data is fetched (and cached) only by those who open it.
import type { APIRoute } from 'astro';
import { getCourse, moduleQuizzes } from '../../collections';
import { lessonQuizPath, modulePath } from '../../paths';
import { toReviewQuiz, type ReviewData } from '../../lib/review/review-quizzes';

export const GET: APIRoute = async () => {
  const { modules } = await getCourse();
  const seen = new Set<string>();
  const data: ReviewData = {
    lessonIds: modules.flatMap((module) => module.lessons.map((lesson) => lesson.id)),
    quizzes: modules.flatMap((module) =>
      moduleQuizzes(module, seen).map(({ quiz, lesson }) =>
        toReviewQuiz(
          quiz.id,
          quiz,
          lesson
            ? { href: lessonQuizPath(lesson.id), context: `the lesson "${lesson.data.title}"` }
            : { href: modulePath(module.id), context: `module ${module.number}` },
        ),
      ),
    ),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
