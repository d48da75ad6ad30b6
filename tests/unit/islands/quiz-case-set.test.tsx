// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import Quiz from '../../../src/islands/Quiz';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import type { Question, Quiz as QuizData } from '../../../src/schemas/quiz';
import { MemoryStorage } from '../../helpers/memory-storage';

afterEach(cleanup);

const tf = (id: string, answer: boolean, caseId?: string): Question => ({
  kind: 'true-false',
  objective: 'fixture-objective',
  id,
  stem: `Statement ${id} about the shop.`,
  explanation: 'Because the scenario says so.',
  answer,
  feedbackTrue: 'True is the answer here.',
  feedbackFalse: 'False is the answer here.',
  ...(caseId ? { case: caseId } : {}),
});

const quiz: QuizData = {
  title: 'Case quiz',
  passPercent: 70,
  cases: [{ id: 'shop', title: 'A shop opens', scenario: 'A shop opens in town.\n\nIt has one month of budget.' }],
  questions: [tf('lone', true), tf('c1', false, 'shop'), tf('c2', true, 'shop')],
};

describe('Quiz island, case sets', () => {
  it('shows the scenario once, as a named region above its questions, numbered with the quiz', async () => {
    render(<Quiz quizId="cq" quiz={quiz} store={createProgressStore({ storage: new MemoryStorage() })} />);
    const region = await screen.findByRole('region', { name: 'Case: A shop opens' });
    expect(within(region).getAllByText(/A shop opens in town\.|It has one month of budget\./)).toHaveLength(2);
    const group = within(region).getByRole('group', { name: 'Questions on the case: A shop opens' });
    const legends = within(group)
      .getAllByText(/Question \d of 3/)
      .map((n) => n.textContent);
    expect(legends).toEqual(['Question 2 of 3', 'Question 3 of 3']);
    expect(screen.getAllByText(/A shop opens in town/)).toHaveLength(1);
  });

  it('grades and saves the case questions like any others', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(<Quiz quizId="cq" quiz={quiz} store={store} />);
    const region = await screen.findByRole('region', { name: 'Case: A shop opens' });
    const falses = within(region).getAllByRole('radio', { name: 'False' });
    fireEvent.click(falses[0]!);
    fireEvent.change(falses[0]!, { target: { checked: true } });
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(await screen.findByText(/You scored 1 out of 3/)).toBeTruthy();
    expect(store.get().quizzes.cq?.last.answers).toEqual({ c1: ['false'] });
  });
});
