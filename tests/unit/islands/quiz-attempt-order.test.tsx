// @vitest-environment happy-dom
// The quiz shows its options in a fresh, reproducible order on every attempt, and a choice made
// in the server-rendered page before hydration survives the island's first render.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import Quiz from '../../../src/islands/Quiz';
import { displayOptions } from '../../../src/lib/quiz/kinds';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import type { Question, Quiz as QuizData } from '../../../src/schemas/quiz';
import { MemoryStorage } from '../../helpers/memory-storage';

afterEach(cleanup);

const question: Question = {
  kind: 'single',
  objective: 'fixture-objective',
  id: 'q1',
  stem: 'Which channel did the café add?',
  explanation: 'The café added email.',
  options: ['Email', 'Radio', 'Posters', 'Podcast', 'Leaflets'].map((text, i) => ({
    id: `o${i}`,
    text,
    correct: i === 0,
    feedback: `${text} is ${i === 0 ? 'right' : 'wrong'} because of the café's plan.`,
  })),
};
const quiz: QuizData = { title: 'Order quiz', passPercent: 70, questions: [question] };
const shownIds = () => screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value);
const expected = (attempt: number) => displayOptions(question, 'order', attempt).map((o) => o.id);

describe('Quiz option order', () => {
  it('starts in the first attempt order and reshuffles for each new attempt', async () => {
    expect(expected(1)).not.toEqual(expected(2)); // the fixture's seeds do differ
    render(<Quiz quizId="order" quiz={quiz} store={createProgressStore({ storage: new MemoryStorage() })} />);
    await screen.findByRole('button', { name: 'Check answers' });
    expect(shownIds()).toEqual(expected(1));
    fireEvent.click(screen.getByRole('radio', { name: 'Radio' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Retry the ones I missed' }));
    expect(shownIds()).toEqual(expected(2));
    fireEvent.click(screen.getByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Start again' }));
    expect(shownIds()).toEqual(expected(3));
  });

  it('shows a reloaded attempt in the order it was answered in', async () => {
    const storage = new MemoryStorage();
    const first = render(<Quiz quizId="order" quiz={quiz} store={createProgressStore({ storage })} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Radio' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Start again' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    first.unmount();
    render(<Quiz quizId="order" quiz={quiz} store={createProgressStore({ storage })} />);
    expect(await screen.findByText(/You scored 1 out of 1/)).toBeTruthy();
    expect(shownIds()).toEqual(expected(2));
  });

  it('records nothing when checked with nothing answered', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(<Quiz quizId="order" quiz={quiz} store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check answers' }));
    expect(await screen.findByText(/Answer at least one of the 1 questions/)).toBeTruthy();
    expect(store.get().quizzes.order).toBeUndefined();
  });

  it('keeps an option ticked in the page before hydration', async () => {
    const ssr = document.createElement('input');
    ssr.type = 'radio';
    ssr.name = 'order--q1';
    ssr.value = 'o3';
    ssr.checked = true;
    document.body.append(ssr); // stands in for the server-rendered input the island hydrates
    render(<Quiz quizId="order" quiz={quiz} store={createProgressStore({ storage: new MemoryStorage() })} />);
    ssr.remove();
    await screen.findByRole('button', { name: 'Check answers' });
    expect((screen.getByRole('radio', { name: 'Podcast' }) as HTMLInputElement).checked).toBe(true);
  });
});
