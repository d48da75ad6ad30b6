// @vitest-environment happy-dom
// The /review/ island over a fake store: a waiting attempt is scheduled on load, a due card is asked
// and checked by the quiz rules, the rating is saved, a miss comes back once at the end.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import SpacedReview from '../../../src/islands/SpacedReview';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import type { ReviewPart } from '../../../src/lib/review/review-parts';
import { MemoryStorage } from '../../helpers/memory-storage';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const part: ReviewPart = {
  quizzes: [
    {
      id: 'quiz-a',
      title: 'Quiz A',
      href: '/lessons/a/#lesson-quiz',
      context: 'the lesson "A"',
      passPercent: 50,
      questions: [
        {
          id: 'q1',
          kind: 'single',
          stem: 'Which channel was new?',
          explanation: 'Email was new.',
          options: [
            { id: 'a', text: 'Email', correct: true },
            { id: 'b', text: 'Radio', correct: false },
          ],
        },
      ],
    },
  ],
};
const props = {
  quizModule: { 'quiz-a': 'm1' },
  partUrl: { m1: '/p/m1.json' },
  termsUrl: '/review/terms.json',
  quizzesHref: '/modules/',
  glossaryHref: '/glossary/',
};

describe('SpacedReview island', () => {
  it('says what to do with no cards, fetching nothing', async () => {
    const load = vi.fn();
    render(<SpacedReview {...props} store={createProgressStore({ storage: new MemoryStorage() })} load={load} />);
    expect(await screen.findByText(/You have no review cards yet/)).toBeTruthy();
    expect(load).not.toHaveBeenCalled();
  });

  it('schedules a missed quiz answer, asks it days later, saves the rating and re-asks the miss', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T10:00:00') });
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    store.recordQuizAttempt('quiz-a', { at: new Date().toISOString(), score: 0, max: 1, answers: { q1: ['b'] } });
    vi.setSystemTime(new Date('2026-12-04T10:00:00'));
    const load = vi.fn(async () => part);
    render(<SpacedReview {...props} store={store} load={load} />);
    expect(await screen.findByText('Which channel was new?')).toBeTruthy();
    expect(load).toHaveBeenCalledWith('/p/m1.json');
    expect(store.get().review.waiting).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Radio' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Not quite.')).toBeTruthy();
    const card = store.get().review.cards['quiz-a/q1']!;
    expect(card.v).toBe(Math.floor(new Date('2026-12-04T10:00:00').getTime() / 1000));
    expect(card.l).toBeGreaterThanOrEqual(0);
    fireEvent.click(screen.getByRole('button', { name: 'Next card' }));
    await waitFor(() => expect(screen.getByText(/Once more, the 1 you missed/)).toBeTruthy());
    fireEvent.click(screen.getByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(store.get().review.cards['quiz-a/q1']).toEqual(card); // the re-ask round changes no schedule
    fireEvent.click(screen.getByRole('button', { name: 'Next card' }));
    expect(await screen.findByText(/Done for today: you reviewed 1 card/)).toBeTruthy();
  });
});
