// A case set's title and scenario paragraphs, the same in the lesson quiz (src/islands/Quiz.tsx) and
// the exam (src/islands/Exam.tsx); each wraps it in its own section labelled by `id`.
import type { QuizCase } from '../../schemas/quiz';
import { scenarioParagraphs } from '../../lib/quiz/question-units';

interface Props {
  /** The heading's id, for the wrapping section's aria-labelledby. */
  id: string;
  scenario: QuizCase;
  /** h3 in a lesson quiz (under its "Check your understanding" h2), h2 on an exam page (under its h1). */
  level: 2 | 3;
}

export function CaseIntro({ id, scenario, level }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading class="quiz-case-title" id={id}>
        Case: {scenario.title}
      </Heading>
      <div class="quiz-case-scenario">
        {scenarioParagraphs(scenario.scenario).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
    </>
  );
}
