// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import Quiz from '../../../src/islands/Quiz';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import type { Quiz as QuizData } from '../../../src/schemas/quiz';
import { MemoryStorage } from '../../helpers/memory-storage';

afterEach(cleanup);

const quiz: QuizData = {
  title: 'Numeric quiz',
  passPercent: 70,
  questions: [
    {
      kind: 'numeric',
      objective: 'fixture-objective',
      id: 'roi',
      stem: 'A drive cost 5,000 and earned 7,000 of extra profit. What is the ROI?',
      explanation: '(7,000 - 5,000) / 5,000 = 40%.',
      answer: 40,
      tolerance: 0.5,
      unit: '%',
      feedbackCorrect: 'Yes: the gain is 40% of the cost.',
      feedbackWrong: 'Take the cost from the return, then divide by the cost.',
      mistakes: [{ value: 140, feedback: 'That divides the return by the cost without taking the cost away.' }],
    },
  ],
};

const renderQuiz = () => {
  const store = createProgressStore({ storage: new MemoryStorage() });
  render(<Quiz quizId="nq" quiz={quiz} store={store} />);
  return store;
};

describe('Quiz island, numeric questions', () => {
  it('grades the figure as typed, saves the text, and explains it', async () => {
    const store = renderQuiz();
    const box = (await screen.findByRole('textbox', { name: 'Your answer' })) as HTMLInputElement;
    expect(box.getAttribute('inputmode')).toBe('decimal');
    fireEvent.input(box, { target: { value: '40 %' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(await screen.findByText(/You scored 1 out of 1/)).toBeTruthy();
    expect(screen.getByText(/Your figure: correct/)).toBeTruthy();
    expect(store.get().quizzes.nq?.last.answers).toEqual({ roi: ['40 %'] });
  });

  it('gives a common mistake its own feedback and the right figure', async () => {
    renderQuiz();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Your answer' }), { target: { value: '140' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(await screen.findByText(/without taking the cost away/)).toBeTruthy();
    expect(screen.getByText(/40% \(± 0.5%\)/)).toBeTruthy();
  });

  it('flags text that is no number and records nothing for it', async () => {
    const store = renderQuiz();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Your answer' }), { target: { value: 'forty' } });
    expect(screen.getByText(/Not read as a number yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(await screen.findByText(/Nothing checked yet/)).toBeTruthy();
    expect(store.get().quizzes.nq).toBeUndefined();
  });
});
