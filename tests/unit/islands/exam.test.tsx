// @vitest-environment happy-dom
// The Exam island over a fake store and an injected pool: no answers before hand-in, the warning for
// unanswered and flagged questions, the saved attempt's keys, and the result shown again after a reload.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import Exam from '../../../src/islands/Exam';
import { createProgressStore } from '../../../src/lib/progress/progress-store';
import type { ExamPool } from '../../../src/lib/exam/exam-draw';
import type { ExamPlan } from '../../../src/lib/exam/course-exams';
import type { Question } from '../../../src/schemas/quiz';
import type { ExamDraft } from '../../../src/lib/exam/exam-draft';
import { MemoryStorage } from '../../helpers/memory-storage';

afterEach(cleanup);

const single = (id: string, right: string, wrong: string): Question => ({
  kind: 'single',
  objective: 'fixture-objective',
  id,
  stem: `Which is right for ${id}?`,
  explanation: `Explained: ${id}.`,
  options: [
    { id: 'a', text: right, correct: true, feedback: `${right} is right, for a reason.` },
    { id: 'b', text: wrong, correct: false, feedback: `${wrong} is wrong, for a reason.` },
  ],
});
const pool: ExamPool = {
  moduleId: 'm1',
  title: 'Module 1',
  quizzes: [{ id: 'quiz-a', quiz: { questions: [single('q1', 'Email', 'Radio'), single('q2', 'Owned', 'Paid')] } }],
};
const exam: ExamPlan = { id: 'exam:m1', title: 'Module 1 exam', size: 2, passPercent: 70, moduleIds: ['m1'] };
const loadPool = async () => pool;

const questions = () => screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');

describe('Exam island', () => {
  it('warns about unanswered and flagged questions, then saves every drawn key', async () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    render(<Exam exam={exam} poolUrls={['/pool.json']} store={store} loadPool={loadPool} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Radio' }));
    const withRadio = questions().find((q) => within(q).queryByRole('radio', { name: 'Radio' }))!;
    fireEvent.click(within(withRadio).getByRole('button', { name: "I'm sure" }));
    fireEvent.click(within(withRadio).getByRole('button', { name: 'Flag for review' }));
    expect(within(withRadio).getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // Nothing is marked before hand-in.
    expect(screen.queryByText(/is wrong, for a reason/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show all answers' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hand in the exam' }));
    expect(await screen.findByText(/1 question not answered yet:/)).toBeTruthy();
    expect(screen.getByText(/Flagged to come back to:/)).toBeTruthy();
    expect(store.get().quizzes['exam:m1']).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Hand in anyway' }));
    expect(await screen.findByText(/You scored 0 out of 2 \(0%\)/)).toBeTruthy();
    expect(screen.getByText(/the pass mark is 70%/)).toBeTruthy();
    expect(screen.getByText(/You were sure of 1 answer that was wrong/)).toBeTruthy();
    expect(screen.getByText('Radio is wrong, for a reason.')).toBeTruthy();
    const saved = store.get().quizzes['exam:m1']!;
    expect(Object.keys(saved.last.answers).sort()).toEqual(['quiz-a/q1', 'quiz-a/q2']);
    expect(saved.last.answers['quiz-a/q1']).toEqual(['b']);
    expect(saved.last.answers['quiz-a/q2']).toEqual([]);
    expect(saved.last.confidence).toEqual({ 'quiz-a/q1': 'sure' });
    // The sure-but-wrong question comes first in the results.
    expect(within(questions()[0]!).getByText(/Which is right for q1\?/)).toBeTruthy();

    cleanup();
    render(<Exam exam={exam} poolUrls={['/pool.json']} store={createProgressStore({ storage })} loadPool={loadPool} />);
    expect(await screen.findByText(/You scored 0 out of 2 \(0%\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Take a new exam' }));
    expect(await screen.findByRole('button', { name: 'Hand in the exam' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Radio' }) as HTMLInputElement).checked).toBe(false);
  });

  it('reports the exam in progress, takes it back as a draft, and reports none once handed in', async () => {
    const drafts: (ExamDraft | undefined)[] = [];
    const onDraft = (d: ExamDraft | undefined) => drafts.push(d);
    render(
      <Exam
        exam={exam}
        poolUrls={['/pool.json']}
        store={createProgressStore({ storage: new MemoryStorage() })}
        loadPool={loadPool}
        onDraft={onDraft}
      />,
    );
    fireEvent.click(await screen.findByRole('radio', { name: 'Radio' }));
    const withRadio = questions().find((q) => within(q).queryByRole('radio', { name: 'Radio' }))!;
    fireEvent.click(within(withRadio).getByRole('button', { name: "I'm guessing" }));
    fireEvent.click(within(withRadio).getByRole('button', { name: 'Flag for review' }));
    const last = drafts.at(-1)!;
    expect(last).toEqual({
      attempt: 1,
      answers: { 'quiz-a/q1': ['b'] },
      confidence: { 'quiz-a/q1': 'guessing' },
      flags: ['quiz-a/q1'],
    });

    cleanup();
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(
      <Exam exam={exam} poolUrls={['/pool.json']} store={store} loadPool={loadPool} draft={last} onDraft={onDraft} />,
    );
    const radio = (await screen.findByRole('radio', { name: 'Radio' })) as HTMLInputElement;
    expect(radio.checked).toBe(true);
    const again = questions().find((q) => within(q).queryByRole('radio', { name: 'Radio' }))!;
    expect(within(again).getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(again).getByRole('button', { name: "I'm guessing" }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: 'Owned' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hand in the exam' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Hand in anyway' }));
    expect(await screen.findByText(/You scored 1 out of 2/)).toBeTruthy();
    expect(drafts.at(-1)).toBeUndefined();
    expect(store.get().quizzes['exam:m1']!.attempts).toBe(1);
  });

  it('ignores a draft of an attempt already handed in and shows the result', async () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    render(<Exam exam={exam} poolUrls={['/pool.json']} store={store} loadPool={loadPool} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Owned' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hand in the exam' }));
    expect(await screen.findByText(/You scored 2 out of 2/)).toBeTruthy();
    cleanup();
    const stale: ExamDraft = { attempt: 1, answers: { 'quiz-a/q1': ['b'] }, confidence: {}, flags: [] };
    render(
      <Exam
        exam={exam}
        poolUrls={['/pool.json']}
        store={createProgressStore({ storage })}
        loadPool={loadPool}
        draft={stale}
      />,
    );
    expect(await screen.findByText(/You scored 2 out of 2/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hand in the exam' })).toBeNull();
  });

  it('hands in at once when everything is answered and nothing flagged', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(<Exam exam={exam} poolUrls={['/pool.json']} store={store} loadPool={loadPool} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Email' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Owned' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hand in the exam' }));
    expect(await screen.findByText(/Passed\./)).toBeTruthy();
    expect(store.get().quizzes['exam:m1']?.best).toMatchObject({ score: 2, max: 2 });
  });

  it('says so when the questions cannot be loaded', async () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    render(<Exam exam={exam} poolUrls={['/pool.json']} store={store} loadPool={async () => ({ nope: true })} />);
    expect(await screen.findByText(/could not be loaded/)).toBeTruthy();
  });
});
