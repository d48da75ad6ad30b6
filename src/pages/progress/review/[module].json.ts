// One module's compact quizzes for the progress review, as a static JSON file: /progress/ fetches it
// only once the learner has attempted a quiz of this module (src/lib/review/review-parts.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse, moduleQuizzes } from '../../../collections';
import { lessonQuizPath, modulePath } from '../../../paths';
import type { ReviewPart } from '../../../lib/review/review-parts';
import { toReviewQuiz } from '../../../lib/review/review-quizzes';

export const getStaticPaths = (async () => {
  const { modules } = await getCourse();
  const seen = new Set<string>(); // a quiz shared by two modules is reviewed once, with the first
  return modules.map((module) => {
    const part: ReviewPart = {
      quizzes: moduleQuizzes(module, seen).map(({ quiz, lesson }) =>
        toReviewQuiz(
          quiz.id,
          quiz,
          lesson
            ? { href: lessonQuizPath(lesson.id), context: `the lesson "${lesson.data.title}"` }
            : { href: modulePath(module.id), context: `module ${module.number}` },
        ),
      ),
    };
    return { params: { module: module.id }, props: { part } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: ReviewPart }> = ({ props: { part } }) =>
  new Response(JSON.stringify(part), { headers: { 'Content-Type': 'application/json' } });
