// @vitest-environment happy-dom
// The record islands of /progress/ over a fake store: a restore changes nothing before the learner
// chooses, and a refused file never reaches the store; the record shows the next step, module bars
// and exercise status. User text (an exercise's saved note) is shown as text, never as HTML.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import ProgressTransfer from '../../../src/islands/ProgressTransfer';
import CourseRecord, { type CourseOutline } from '../../../src/islands/CourseRecord';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';
import { createProgressStore, PROGRESS_KEY } from '../../../src/lib/progress/progress-store';
import { progressFileText } from '../../../src/lib/progress/progress-transfer';
import { MemoryStorage } from '../../helpers/memory-storage';

afterEach(cleanup);

const at = '2026-11-20T12:00:00.000Z';
const held: Progress = { ...emptyProgress(), lessonsDone: { a: at } };
const fileRecord: Progress = {
  ...emptyProgress(),
  lessonsDone: { b: at },
  exercises: { e1: { at, score: 2, max: 3, state: { note: '<img src=x onerror=alert(1)>' } } },
};

function storeWith(progress: Progress) {
  const storage = new MemoryStorage();
  storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  return { storage, store: createProgressStore({ storage }) };
}

async function choose(text: string, name = 'progress.json') {
  const input = screen.getByLabelText('Progress file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('ProgressTransfer', () => {
  it('previews a file, changes nothing until the learner merges, then saves both', async () => {
    const { storage, store } = storeWith(held);
    render(<ProgressTransfer store={store} />);
    await choose(progressFileText(fileRecord));
    const preview = await screen.findByRole('region', { name: 'Restore from the file progress.json?' });
    expect(preview.textContent).toContain('1 lesson done, 0 quizzes, 1 exercise');
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '')).toEqual(held);
    fireEvent.click(screen.getByRole('button', { name: "Merge with this browser's progress" }));
    expect(Object.keys(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '').lessonsDone).sort()).toEqual(['a', 'b']);
    expect(screen.getByRole('status').textContent).toContain('Merged the progress from the file progress.json.');
  });

  it('refuses a foreign file with the reason and leaves the store untouched', async () => {
    const { storage, store } = storeWith(held);
    render(<ProgressTransfer store={store} />);
    const before = storage.getItem(PROGRESS_KEY);
    await choose('{"name":"other"}', 'package.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('not a One Voice progress file');
    expect(screen.queryByRole('button', { name: /Replace/ })).toBeNull();
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
  });

  it('makes a move link with a QR code drawn as SVG', async () => {
    const { store } = storeWith(held);
    render(<ProgressTransfer store={store} />);
    fireEvent.click(screen.getByRole('button', { name: 'Make a move link' }));
    const link = (await screen.findByRole('textbox', { name: 'Move link' })) as HTMLInputElement;
    expect(link.value).toMatch(/#move=[A-Za-z0-9_-]+$/);
    await waitFor(() => expect(screen.getByRole('img', { name: 'QR code of the move link' })).toBeTruthy());
  });
});

describe('CourseRecord', () => {
  const outline: CourseOutline = {
    modules: [{ id: 'm1', title: 'Module 1: Basics', href: '/modules/m1/', lessonIds: ['a', 'b'] }],
    lessons: [
      { id: 'a', title: 'Lesson A', href: '/lessons/a/' },
      { id: 'b', title: 'Lesson <b>B</b>', href: '/lessons/b/' },
    ],
    quizzes: [],
    exercises: [
      { id: 'e1', title: 'Exercise one', href: '/practice/e1/' },
      { id: 'e2', title: 'Exercise two', href: '/practice/e2/' },
    ],
    exams: [
      { id: 'exam:m1', title: 'Module 1 exam', href: '/modules/m1/exam/', passPercent: 70 },
      { id: 'exam:final', title: 'Final exam', href: '/final-exam/', passPercent: 70 },
    ],
    startHref: '/modules/m1/',
  };

  it('shows where to continue, the module share and each exercise', () => {
    const { store } = storeWith({ ...held, exercises: fileRecord.exercises });
    const { container } = render(<CourseRecord outline={outline} store={store} />);
    expect(screen.getByRole('link', { name: 'Lesson <b>B</b>' }).getAttribute('href')).toBe('/lessons/b/');
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('1 of 2 lessons done')).toBeTruthy();
    expect(container.querySelector('[data-state="done"]')?.textContent).toContain('done, 2 out of 3');
    expect(container.querySelector('[data-state="not-started"]')?.textContent).toContain('not started');
  });

  it('shows each exam: its best result against the pass mark, or not taken', () => {
    const { store } = storeWith(held);
    store.recordQuizAttempt('exam:m1', {
      at: '2026-03-01T10:00:00.000Z',
      score: 12,
      max: 20,
      answers: { 'quiz-a/q1': ['a'] },
    });
    const { container } = render(<CourseRecord outline={outline} store={store} />);
    const exams = container.querySelector('.record-exams')!;
    expect(exams.querySelector('[data-state="taken"]')?.textContent).toMatch(
      /Module 1 exam: best 12 out of 20 \(60%\) on .*, not passed yet \(pass mark 70%\); 1 attempt$/,
    );
    expect(exams.querySelector('[data-state="not-taken"]')?.textContent).toBe('Final exam: not taken yet');
  });

  it('offers the start with nothing saved', () => {
    const { store } = storeWith(emptyProgress());
    render(<CourseRecord outline={outline} store={store} />);
    expect(screen.getByRole('link', { name: 'Start the course' }).getAttribute('href')).toBe('/modules/m1/');
  });
});
