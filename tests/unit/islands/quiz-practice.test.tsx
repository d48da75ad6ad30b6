// @vitest-environment happy-dom
// Practice mode in the Quiz island ("Check each answer as I go") and "Star for review".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import Quiz from '../../../src/islands/Quiz';
import { STAR_LABEL } from '../../../src/islands/quiz/StarButton';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { dueCardIds, endOfDay } from '../../../src/lib/review/review-cards';
import { quiz } from '../../helpers/two-question-quiz';
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
    const star = questionBox(0).getByRole('button', { name: STAR_LABEL });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    expect(star.getAttribute('aria-pressed')).toBe('true');
    expect(questionBox(0).getByText(/due today/)).toBeTruthy();
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
    fireEvent.click(questionBox(0).getByRole('button', { name: STAR_LABEL }));
    expect(questionBox(0).getByText(/Not saved/)).toBeTruthy();
  });
});
