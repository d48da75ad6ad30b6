// A printed quiz shows each question's answer and explanation. The server-rendered quiz has them in a
// `<details class="quiz-answer">` per question (print.css prints it open), but the hydrated Quiz drops
// those disclosures: on screen it reveals answers after "Check answers" instead. So, just before the
// island hydrates, QuizLoader keeps a copy of them here; while the page prints, each copy goes back at
// the end of its question, unless the question already shows its answer on screen, and afterwards it
// leaves again, so the island's own DOM is as Preact left it everywhere but on paper.

/** What a question shows once its answer is revealed on screen (Quiz.tsx). */
const REVEALED = '.quiz-explanation';
const ANSWER = 'details.quiz-answer';
const QUESTION = 'fieldset.quiz-question';

/**
 * Copies the answer disclosures of the server-rendered quiz in `root` and returns the copy as
 * questions-in-order: the i-th entry is the i-th question's answer (null when it had none).
 */
export function copyAnswers(root: ParentNode): (Element | null)[] {
  return [...root.querySelectorAll(QUESTION)].map((question) => {
    const answer = question.querySelector(ANSWER);
    return answer ? (answer.cloneNode(true) as Element) : null;
  });
}

/**
 * Puts the copies into the questions of `root` that lack an answer on paper, and returns a function
 * that takes them out again. The questions are matched by their place: a quiz never reorders them.
 */
export function insertAnswers(root: ParentNode, answers: readonly (Element | null)[]): () => void {
  const questions = [...root.querySelectorAll(QUESTION)];
  // A quiz of another shape than the copy (cannot happen today) prints without answers rather than
  // with the wrong ones.
  if (questions.length !== answers.length) return () => {};
  const inserted: Element[] = [];
  questions.forEach((question, index) => {
    const answer = answers[index];
    if (!answer || question.querySelector(`${ANSWER}, ${REVEALED}`)) return;
    const copy = answer.cloneNode(true) as Element;
    copy.setAttribute('open', '');
    question.append(copy);
    inserted.push(copy);
  });
  return () => {
    for (const copy of inserted) copy.remove();
  };
}

/** Keeps the answers of the quiz in `root` (call before it hydrates) for every print of the page (`target`'s print events). */
export function keepAnswersForPrint(root: ParentNode, target: EventTarget = window): void {
  const answers = copyAnswers(root);
  if (answers.every((answer) => answer === null)) return;
  let takeOut: (() => void) | undefined;
  target.addEventListener('beforeprint', () => {
    takeOut?.();
    takeOut = insertAnswers(root, answers);
  });
  target.addEventListener('afterprint', () => {
    takeOut?.();
    takeOut = undefined;
  });
}
