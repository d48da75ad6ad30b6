// @vitest-environment happy-dom
// "How sure are you?" and assisted answers: what the quiz saves with an attempt beyond its answers.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import Quiz from '../../../src/islands/Quiz';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { quiz } from '../../helpers/two-question-quiz';
import { MemoryStorage } from '../../helpers/memory-storage';

afterEach(cleanup);

const questionBox = (n: number) => screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET')[n]!;

describe('Quiz confidence and assisted answers', () => {
  it('saves how sure the learner said they were, for answered questions only', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(<Quiz quizId="test" quiz={quiz} store={store} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Radio' }));
    const first = within(questionBox(0));
    fireEvent.click(first.getByRole('button', { name: "I'm guessing" }));
    fireEvent.click(first.getByRole('button', { name: "I'm sure" }));
    expect(first.getByRole('button', { name: "I'm sure" }).getAttribute('aria-pressed')).toBe('true');
    expect(first.getByRole('button', { name: "I'm guessing" }).getAttribute('aria-pressed')).toBe('false');
    // Said for an unanswered question: not saved.
    fireEvent.click(within(questionBox(1)).getByRole('button', { name: "I'm guessing" }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    await screen.findByText(/You scored/);
    expect(store.get().quizzes.test?.last.confidence).toEqual({ q1: 'sure' });
    expect(store.get().quizzes.test?.last.assisted).toBeUndefined();
  });

  it('a second press takes the choice back', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(<Quiz quizId="test" quiz={quiz} store={store} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Email' }));
    const sure = within(questionBox(0)).getByRole('button', { name: "I'm sure" });
    fireEvent.click(sure);
    fireEvent.click(sure);
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    await screen.findByText(/You scored/);
    expect(store.get().quizzes.test?.last.confidence).toBeUndefined();
  });

  it('marks answers right only after a retry as assisted, not those right the first time', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(<Quiz quizId="test" quiz={quiz} store={store} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Radio' }));
    fireEvent.click(screen.getByRole('radio', { name: 'False' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Retry the ones I missed' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    await screen.findByText(/You scored 2 out of 2/);
    expect(store.get().quizzes.test?.last.assisted).toEqual(['q1']);
  });

  it('marks every right answer after "Show all answers" as assisted', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(<Quiz quizId="test" quiz={quiz} store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show all answers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('radio', { name: 'False' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    await screen.findByText(/You scored 2 out of 2/);
    expect(store.get().quizzes.test?.last.assisted).toEqual(['q1', 'q2']);
  });
});
