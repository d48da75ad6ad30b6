// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen, fireEvent, cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import Quiz from '../../../src/islands/Quiz';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { quiz } from '../../helpers/two-question-quiz';
import { MemoryStorage } from '../../helpers/memory-storage';

afterEach(cleanup);

const setup = () => {
  const storage = new MemoryStorage();
  const store = createProgressStore({ storage });
  return { storage, store };
};

describe('Quiz island', () => {
  it('grades, explains every option, and announces the score', async () => {
    const { store } = setup();
    render(<Quiz quizId="test" quiz={quiz} store={store} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Radio' }));
    fireEvent.click(screen.getByRole('radio', { name: 'False' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(await screen.findByText(/You scored 1 out of 2 \(50%\)/)).toBeTruthy();
    expect(screen.getByText('No: radio was never used.')).toBeTruthy();
    expect(screen.getByText('Yes: email was the new channel.')).toBeTruthy(); // the missed right option explains itself too
    expect(screen.getByText(/Your choice: not correct/)).toBeTruthy();
    expect(screen.getByText(/Correct answer \(not chosen\)/)).toBeTruthy();
    expect(screen.getByText('The café added email.')).toBeTruthy();
    expect(document.querySelector('.quiz-summary')?.textContent).toMatch(/Not passed yet/);
    expect(store.get().quizzes.test?.best).toMatchObject({ score: 1, max: 2 });
  });

  it('retries only the missed questions and keeps the right ones locked', async () => {
    const { store } = setup();
    render(<Quiz quizId="test" quiz={quiz} store={store} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Radio' }));
    fireEvent.click(screen.getByRole('radio', { name: 'False' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Retry the ones I missed' }));
    const radio = screen.getByRole('radio', { name: 'Radio' }) as HTMLInputElement;
    expect(radio.checked).toBe(false);
    expect(radio.disabled).toBe(false);
    expect((screen.getByRole('radio', { name: 'False' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(await screen.findByText(/You scored 2 out of 2 \(100%\)/)).toBeTruthy();
    expect(store.get().quizzes.test).toMatchObject({ attempts: 2, best: { score: 2 } });
  });

  it('shows the last attempt and the best score again after a reload', async () => {
    const { storage, store } = setup();
    store.recordQuizAttempt('test', {
      at: '2026-11-20T12:00:00.000Z',
      score: 2,
      max: 2,
      answers: { q1: ['a'], q2: ['false'] },
    });
    render(<Quiz quizId="test" quiz={quiz} store={createProgressStore({ storage })} />);
    expect(await screen.findByText(/Your best: 2 out of 2 \(100%\) on 20 Nov 2026/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Email' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Every answer is right/)).toBeTruthy();
  });

  it('shows all answers on request without an attempt', async () => {
    render(<Quiz quizId="test" quiz={quiz} store={setup().store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show all answers' }));
    expect(screen.getAllByText('Correct answer.').length).toBe(2);
    expect(screen.getByText('Integrated is not identical.')).toBeTruthy();
  });

  it('renders text, never HTML, from the quiz data', async () => {
    const hostile = structuredClone(quiz);
    hostile.questions[0]!.stem = '<img src=x onerror=alert(1)> stem';
    render(<Quiz quizId="test" quiz={hostile} store={setup().store} />);
    expect(document.querySelector('img')).toBeNull();
    expect(await screen.findByText(/<img src=x onerror=alert\(1\)> stem/)).toBeTruthy();
  });
});
