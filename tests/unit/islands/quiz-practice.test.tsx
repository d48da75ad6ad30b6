// @vitest-environment happy-dom
// Practice mode in the Quiz island ("Check each answer as I go") and "Star for review".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import Quiz from '../../../src/islands/Quiz';
import { STAR_LABEL } from '../../../src/islands/quiz/StarButton';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { dueCardIds, endOfDay } from '../../../src/lib/review/review-cards';
import { quiz } from '../../helpers/two-question-quiz';
import type { Quiz as QuizData } from '../../../src/schemas/quiz';
import { MemoryStorage } from '../../helpers/memory-storage';

beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

const questionBox = (n: number) => within(screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET')[n]!);

async function practising() {
  const store = createProgressStore({ storage: new MemoryStorage() });
  render(<Quiz quizId="test" quiz={quiz} store={store} />);
  const toggle = await screen.findByRole('button', { name: 'Check each answer as I go' });
  expect(toggle.getAttribute('aria-pressed')).toBe('false');
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-pressed')).toBe('true');
  return store;
}

describe('Quiz practice mode', () => {
  it('checks one question at a time: its verdict takes focus and it locks', async () => {
    const store = await practising();
    expect(screen.queryByRole('button', { name: 'Check answers' })).toBeNull();
    fireEvent.click(questionBox(0).getByRole('radio', { name: 'Email' }));
    fireEvent.click(questionBox(0).getByRole('button', { name: 'Check this answer' }));
    expect(document.activeElement?.textContent).toBe('Correct.');
    expect(screen.getByText('The café added email.')).toBeTruthy();
    expect((questionBox(0).getByRole('radio', { name: 'Email' }) as HTMLInputElement).disabled).toBe(true);
    expect(questionBox(0).queryByRole('button', { name: 'Check this answer' })).toBeNull();
    // The second question is still open, and nothing is recorded yet.
    expect((questionBox(1).getByRole('radio', { name: 'True' }) as HTMLInputElement).disabled).toBe(false);
    expect(store.get().quizzes.test).toBeUndefined();
  });

  it('asks for an answer first when nothing is chosen', async () => {
    const store = await practising();
    fireEvent.click(questionBox(1).getByRole('button', { name: 'Check this answer' }));
    expect(document.activeElement?.textContent).toBe('Choose an answer first.');
    expect(questionBox(1).queryByText(/Correct|Not correct/)).toBeNull();
    expect(store.get().quizzes.test).toBeUndefined();
  });

  it('records one attempt, with confidence, when the last question is checked', async () => {
    const store = await practising();
    fireEvent.click(questionBox(1).getByRole('radio', { name: 'True' }));
    fireEvent.click(questionBox(1).getByRole('button', { name: "I'm sure" }));
    fireEvent.click(questionBox(1).getByRole('button', { name: 'Check this answer' }));
    fireEvent.click(questionBox(0).getByRole('radio', { name: 'Email' }));
    fireEvent.click(questionBox(0).getByRole('button', { name: 'Check this answer' }));
    expect(await screen.findByText(/You scored 1 out of 2/)).toBeTruthy();
    const record = store.get().quizzes.test;
    expect(record?.attempts).toBe(1);
    expect(record?.last.answers).toEqual({ q1: ['a'], q2: ['true'] });
    expect(record?.last.confidence).toEqual({ q2: 'sure' });
    expect(store.get().review.waiting).toHaveLength(1);
  });

  it('keeps the choice for the session', async () => {
    await practising();
    cleanup();
    render(<Quiz quizId="other" quiz={quiz} store={createProgressStore({ storage: new MemoryStorage() })} />);
    const toggle = await screen.findByRole('button', { name: 'Check each answer as I go' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('Star for review', () => {
  it('stars a checked question: its card is due today; unstarring keeps the card', async () => {
    const store = await practising();
    fireEvent.click(questionBox(0).getByRole('radio', { name: 'Radio' }));
    fireEvent.click(questionBox(0).getByRole('button', { name: 'Check this answer' }));
    const star = await questionBox(0).findByRole('button', { name: STAR_LABEL });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    expect(star.getAttribute('aria-pressed')).toBe('true');
    expect(await questionBox(0).findByText(/due today/)).toBeTruthy();
    expect(dueCardIds(store.get().review, endOfDay(new Date()))).toEqual(['test/q1']);
    fireEvent.click(star);
    expect(star.getAttribute('aria-pressed')).toBe('false');
    expect(Object.keys(store.get().review.cards)).toEqual(['test/q1']);
  });

  it('never says starred and saved when the save failed', async () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    render(<Quiz quizId="test" quiz={quiz} store={store} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    storage.full = true;
    fireEvent.click(await questionBox(0).findByRole('button', { name: STAR_LABEL }));
    expect(questionBox(0).getByText(/Not saved/)).toBeTruthy();
  });
});

describe('Quiz practice mode with every kind', () => {
  const kinds: QuizData = {
    title: 'Kinds',
    passPercent: 70,
    questions: [
      {
        kind: 'numeric',
        objective: 'fixture-objective',
        id: 'roi',
        stem: 'What is the ROI?',
        explanation: '(7,000 - 5,000) / 5,000 = 40%.',
        answer: 40,
        tolerance: 0.5,
        unit: '%',
        feedbackCorrect: 'Yes: 40%.',
        feedbackWrong: 'Take the cost from the return, then divide by the cost.',
        mistakes: [],
      },
      {
        kind: 'matching',
        objective: 'fixture-objective',
        id: 'pairs',
        stem: 'Match each step.',
        explanation: 'Each step has its place.',
        pairs: [
          { id: 'enc', left: 'Encoding', right: 'Writing the ad', feedback: 'Ideas become words.' },
          { id: 'ch', left: 'Channel', right: 'The posters', feedback: 'The route.' },
          { id: 'dec', left: 'Decoding', right: 'Reading the ad', feedback: 'In the receiver.' },
        ],
      },
      {
        kind: 'multiple',
        objective: 'fixture-objective',
        id: 'many',
        stem: 'Which are channels?',
        explanation: 'Both are channels.',
        options: [
          { id: 'a', text: 'Email', correct: true, feedback: 'A channel.' },
          { id: 'b', text: 'Radio', correct: true, feedback: 'A channel too.' },
          { id: 'c', text: 'A budget', correct: false, feedback: 'Not a channel.' },
        ],
      },
    ],
  };

  it('checks a numeric, a matching and a select-all question one by one, then records the attempt', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(<Quiz quizId="kinds" quiz={kinds} store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check each answer as I go' }));
    fireEvent.input(questionBox(0).getByRole('textbox', { name: 'Your answer' }), { target: { value: '40' } });
    fireEvent.click(questionBox(0).getByRole('button', { name: 'Check this answer' }));
    expect(document.activeElement?.textContent).toBe('Correct.');
    expect((questionBox(0).getByRole('textbox', { name: 'Your answer' }) as HTMLInputElement).disabled).toBe(true);

    // A matching question with one list chosen of three is answered (partly right).
    const lists = questionBox(1).getAllByRole('combobox') as HTMLSelectElement[];
    fireEvent.change(lists[0]!, { target: { value: lists[0]!.options[1]!.value } });
    fireEvent.click(questionBox(1).getByRole('button', { name: 'Check this answer' }));
    expect(document.activeElement?.classList.contains('quiz-verdict')).toBe(true);
    expect(lists.every((list) => list.disabled)).toBe(true);
    expect(store.get().quizzes.kinds).toBeUndefined();

    fireEvent.click(questionBox(2).getByRole('checkbox', { name: 'Email' }));
    fireEvent.click(questionBox(2).getByRole('button', { name: 'Check this answer' }));
    expect(document.activeElement?.textContent).toMatch(/^Partly right/);
    expect(await screen.findByText(/You scored/)).toBeTruthy();
    expect(store.get().quizzes.kinds?.attempts).toBe(1);
  });
});
