// @vitest-environment happy-dom
// A hydrated quiz prints its answers from a copy of the server-rendered ones, put back only while the
// page prints (src/scripts/quiz-print.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { copyAnswers, insertAnswers, keepAnswersForPrint } from '../../../src/scripts/quiz-print';

/** Two questions as the server renders them: each with its answer behind a disclosure. */
const SERVER_QUIZ = `<form class="quiz">
  <fieldset class="quiz-question"><legend>Q1</legend>
    <details class="quiz-answer"><summary>Show the answer</summary><p><strong>Answer:</strong> A</p><p>Why A.</p></details>
  </fieldset>
  <fieldset class="quiz-question"><legend>Q2</legend>
    <details class="quiz-answer"><summary>Show the answer</summary><p><strong>Answer:</strong> B</p><p>Why B.</p></details>
  </fieldset>
</form>`;

/** What hydration does to them: the disclosures go (Quiz.tsx renders them only before it hydrates). */
function hydrate(root: HTMLElement) {
  for (const answer of root.querySelectorAll('details.quiz-answer')) answer.remove();
}

function mount(): HTMLElement {
  document.body.innerHTML = SERVER_QUIZ;
  return document.body;
}

const printed = (root: HTMLElement) =>
  [...root.querySelectorAll('fieldset')].map((question) => question.querySelector('.quiz-answer')?.textContent ?? null);

afterEach(() => document.body.replaceChildren());

describe('quiz answers on paper', () => {
  it('puts each copied answer back in its own question while printing, open, and takes it out after', () => {
    const root = mount();
    const page = new EventTarget();
    keepAnswersForPrint(root, page);
    hydrate(root);
    expect(printed(root)).toEqual([null, null]);
    page.dispatchEvent(new Event('beforeprint'));
    expect(printed(root)).toEqual(['Show the answerAnswer: AWhy A.', 'Show the answerAnswer: BWhy B.']);
    expect(root.querySelectorAll('details[open]')).toHaveLength(2);
    page.dispatchEvent(new Event('afterprint'));
    expect(printed(root)).toEqual([null, null]);
  });

  it('prints each answer once however often the page prints', () => {
    const root = mount();
    const page = new EventTarget();
    keepAnswersForPrint(root, page);
    hydrate(root);
    page.dispatchEvent(new Event('beforeprint'));
    page.dispatchEvent(new Event('beforeprint'));
    expect(root.querySelectorAll('.quiz-answer')).toHaveLength(2);
    page.dispatchEvent(new Event('afterprint'));
    expect(root.querySelectorAll('.quiz-answer')).toHaveLength(0);
  });

  it('adds nothing to a question that already shows its answer, on screen or from the server', () => {
    const root = mount();
    const answers = copyAnswers(root);
    // The first question is unhydrated still; the second shows its checked explanation.
    const second = root.querySelectorAll('fieldset')[1]!;
    second.querySelector('details')!.remove();
    second.insertAdjacentHTML('beforeend', '<p class="quiz-explanation">Explanation: why B.</p>');
    const takeOut = insertAnswers(root, answers);
    expect(root.querySelectorAll('.quiz-answer')).toHaveLength(1);
    takeOut();
    expect(root.querySelectorAll('.quiz-answer')).toHaveLength(1);
  });

  it('prints no answers rather than wrong ones when the questions no longer match the copy', () => {
    const root = mount();
    const answers = copyAnswers(root);
    hydrate(root);
    root.querySelector('fieldset')!.remove();
    insertAnswers(root, answers);
    expect(root.querySelectorAll('.quiz-answer')).toHaveLength(0);
  });
});
