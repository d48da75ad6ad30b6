// @vitest-environment happy-dom
// The islands that read or write the rest of the progress (quiz attempts, lessons done, notices,
// the review page, an assignment's checklist) over a fake store: real outcomes, other tabs followed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import Quiz from '../../../src/islands/Quiz';
import Review from '../../../src/islands/Review';
import AssignmentView from '../../../src/islands/AssignmentView';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import { toReviewQuiz } from '../../../src/lib/review/review-quizzes';
import { encodeAssignment } from '../../../src/lib/assignment/assignment';
import type { Quiz as QuizData } from '../../../src/schemas/quiz';
import { MemoryStorage, tabsOver } from '../../helpers/memory-storage';

afterEach(cleanup);

const quiz: QuizData = {
  title: 'Two questions',
  passPercent: 50,
  questions: [
    {
      kind: 'single',
      objective: 'fixture-objective',
      id: 'q1',
      stem: 'Which channel was new?',
      explanation: 'Email was new.',
      options: [
        { id: 'a', text: 'Email', correct: true, feedback: 'Yes.' },
        { id: 'b', text: 'Radio', correct: false, feedback: 'No.' },
      ],
    },
  ],
};
const attempt = (score: number) => ({
  at: '2026-11-20T12:00:00.000Z',
  score,
  max: 1,
  answers: { q1: [score ? 'a' : 'b'] },
});

describe('Quiz island saves through the store', () => {
  it('says when the attempt could not be saved, and still shows the result', async () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    render(<Quiz quizId="quiz" quiz={quiz} store={store} />);
    storage.full = true;
    fireEvent.click(await screen.findByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(screen.getByRole('status').textContent).toMatch(/^Not saved: this browser's storage is full/);
    expect(screen.getByText(/You scored 1 out of 1/)).toBeTruthy();
    expect(screen.getByText(/Your best: 1 out of 1 .*1 attempt\./)).toBeTruthy(); // kept on the page
  });

  it('says "Saved in this browser." after a saved attempt', async () => {
    render(<Quiz quizId="quiz" quiz={quiz} store={createProgressStore({ storage: new MemoryStorage() })} />);
    const check = await screen.findByRole('button', { name: 'Check answers' });
    fireEvent.click(screen.getByRole('radio', { name: 'Radio' })); // an empty check records nothing
    fireEvent.click(check);
    expect(screen.getByRole('status').textContent).toBe('Saved in this browser.');
  });

  it('counts attempts made in another tab', async () => {
    const { tabs, deliver } = tabsOver(new MemoryStorage());
    const [a, b] = tabs.map((t) => createProgressStore({ storage: t!.storage, eventTarget: t!.events }));
    b!.recordQuizAttempt('quiz', attempt(0));
    render(<Quiz quizId="quiz" quiz={quiz} store={a!} />);
    expect(await screen.findByText(/1 attempt\./)).toBeTruthy();
    b!.recordQuizAttempt('quiz', attempt(1));
    act(deliver);
    expect(screen.getByText(/Your best: 1 out of 1 .*2 attempts\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Radio' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(b!.get().quizzes.quiz?.attempts).toBe(3);
  });
});

describe('Review island', () => {
  const index = { lessonIds: ['l1', 'l2'], quizModule: { quiz: 'm1' }, partUrl: { m1: '/review/m1.json' } };
  const part = { quizzes: [toReviewQuiz('quiz', quiz, { href: '/lessons/l1/', context: 'the lesson' })] };

  it('reviews what the store holds and follows a quiz taken in another tab', async () => {
    const { tabs, deliver } = tabsOver(new MemoryStorage());
    const [a, b] = tabs.map((t) => createProgressStore({ storage: t!.storage, eventTarget: t!.events }));
    a!.setLessonDone('l1', true);
    const load = vi.fn(async (_url: string): Promise<unknown> => part);
    render(<Review index={index} reviewHref="/review/" store={a!} load={load} />);
    expect((await screen.findByText(/lessons marked done/)).textContent).toBe('1 of 2 lessons marked done');
    expect(screen.getByText(/You have not taken a quiz in this browser yet/)).toBeTruthy();
    expect(load).not.toHaveBeenCalled(); // no quiz taken: no review data fetched
    b!.recordQuizAttempt('quiz', attempt(0));
    act(deliver);
    expect(await screen.findByRole('heading', { name: 'Two questions' })).toBeTruthy();
    expect(load.mock.calls).toEqual([['/review/m1.json']]);
    expect(screen.getByText(/quizzes taken/).textContent).toBe('1 of 1 quizzes taken');
    expect(screen.getByText('Which channel was new?')).toBeTruthy();
  });

  it("says so when a module's quizzes cannot be loaded, and keeps the progress", async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    store.recordQuizAttempt('quiz', attempt(1));
    render(<Review index={index} reviewHref="/review/" store={store} load={async () => ({ quizzes: 'not a list' })} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded.*untouched/);
    expect(store.get().quizzes.quiz?.attempts).toBe(1);
  });
});

describe('AssignmentView island', () => {
  it('checks items off from the injected store', async () => {
    const encoded = encodeAssignment({
      title: 'Week 1',
      due: '',
      passPercent: 50,
      items: [
        { kind: 'lesson', id: 'l1' },
        { kind: 'quiz', id: 'quiz' },
      ],
    });
    if (!encoded.ok) throw new Error(encoded.message);
    // happy-dom starts at about:blank, against which the island cannot build its receipt link.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      `https://example.org/a/#a=${encoded.token}`,
    );
    const store = createProgressStore({ storage: new MemoryStorage() });
    store.setLessonDone('l1', true);
    const info = { title: 'Lesson one', href: '/lessons/l1/' };
    const catalog = { lesson: { l1: info }, quiz: { quiz: { title: 'Quiz one', href: '/q/' } }, exercise: {} };
    render(<AssignmentView catalog={catalog} receiptPath="/r/" store={store} />);
    expect((await screen.findByText(/of 2 done\./)).textContent).toMatch(/^1 of 2 done\./);
    act(() => void store.recordQuizAttempt('quiz', attempt(1)));
    expect(screen.getByText(/of 2 done\./).textContent).toMatch(/^2 of 2 done\./);
  });
});
