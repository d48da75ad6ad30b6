// @vitest-environment happy-dom
// The goal picker, ordering and sorting islands over a fake store: each saves through the store,
// comes back after a reload, says when a save failed (and keeps the answers on the page), and
// follows answers checked in another tab. The goal picker also fetches its data as a file: it starts
// from that file, and keeps its static view with a message when the file fails or is not its own.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import GoalPicker, { GoalPickerRound } from '../../../src/islands/GoalPicker';
import { EXERCISE_LOAD_FAILED } from '../../../src/islands/hooks/use-exercise-file';
import { exerciseFile, exerciseVersion } from '../../../src/lib/exercises/exercise-file';
import Ordering from '../../../src/islands/Ordering';
import Sorting from '../../../src/islands/Sorting';
import { createProgressStore, type ProgressStore } from '../../../src/lib/progress/progress-store';
import { COMMUNICATION_GOALS } from '../../../src/schemas/vocabulary/communication-goals';
import { loadExercise } from '../exercises/load-exercise';
import { MemoryStorage, tabsOver } from '../../helpers/memory-storage';

afterEach(cleanup);

const goalPicker = loadExercise('goal-picker', 'goal-picker');
const ordering = loadExercise('funnel-order', 'ordering');
const sorting = loadExercise('consumer-types-sort', 'sorting');

const stateOf = (store: ProgressStore, id: string) => store.get().exercises[id]?.state;
const ui = (container: Element) => within(container as HTMLElement);

const mountGoalPicker = (store: ProgressStore) =>
  ui(render(<GoalPickerRound exerciseId="goal-picker" exercise={goalPicker} store={store} />).container);

/** Answers the goal picker's current scenario with its primary goal and first metric. */
function answerScenario(view: ReturnType<typeof ui>, index: number) {
  const scenario = goalPicker.scenarios[index]!;
  const metric = goalPicker.metrics.find((m) => m.id === scenario.metricOptions[0])!;
  fireEvent.click(view.getByRole('radio', { name: COMMUNICATION_GOALS[scenario.primaryGoal].label }));
  fireEvent.click(view.getByRole('radio', { name: metric.label }));
  fireEvent.click(view.getByRole('button', { name: 'Check answer' }));
  return scenario;
}

describe('GoalPicker island', () => {
  it('saves each checked answer and resumes at the first unanswered scenario after a reload', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    const view = mountGoalPicker(store);
    const scenario = answerScenario(view, 0);
    expect(view.getByRole('status').textContent).toBe('Saved in this browser.');
    expect(stateOf(store, 'goal-picker')).toMatchObject({ answers: { [scenario.id]: { goal: scenario.primaryGoal } } });
    cleanup();
    const again = mountGoalPicker(createProgressStore({ storage }));
    expect(again.getByText(`Scenario 2 of ${goalPicker.scenarios.length}`)).toBeTruthy();
  });

  it('says when storage is full and keeps the answer on the page', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    const view = mountGoalPicker(store);
    storage.full = true;
    answerScenario(view, 0);
    expect(view.getByRole('status').textContent).toMatch(/^Not saved: this browser's storage is full/);
    expect(view.getByText(/^Feedback: \d of \d points/)).toBeTruthy();
    expect(Object.keys((stateOf(store, 'goal-picker') as { answers: object }).answers)).toHaveLength(1);
  });

  it('follows answers checked in another tab', () => {
    const { tabs, deliver } = tabsOver(new MemoryStorage());
    const [a, b] = tabs.map((t) => createProgressStore({ storage: t!.storage, eventTarget: t!.events }));
    const first = mountGoalPicker(a!);
    const second = mountGoalPicker(b!);
    answerScenario(first, 0);
    act(deliver);
    // The second tab shows the first scenario as answered, with its feedback, instead of erasing it later.
    expect(second.getByText(/^Feedback: \d of \d points/)).toBeTruthy();
    fireEvent.click(second.getByRole('button', { name: 'Next scenario' }));
    answerScenario(second, 1);
    const answers = (stateOf(b!, 'goal-picker') as { answers: object }).answers;
    expect(Object.keys(answers)).toEqual([goalPicker.scenarios[0]!.id, goalPicker.scenarios[1]!.id]);
  });

  it('reports saved answers it cannot use', () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    store.recordExercise('goal-picker', {
      at: 'x',
      score: 0,
      max: 1,
      state: { answers: { gone: { goal: 'x', metric: 'y' } } },
    });
    const view = mountGoalPicker(store);
    expect(view.getByRole('note').textContent).toMatch(/scenario that no longer exists \('gone'\)/);
  });
});

describe('GoalPicker island with its data file', () => {
  const file = { url: '/exercises/goal-picker.json', version: exerciseVersion(goalPicker) };
  const staticView = <p>Static scenarios</p>;
  const mount = (load: (url: string) => Promise<unknown>) =>
    ui(
      render(
        <GoalPicker
          exerciseId="goal-picker"
          file={file}
          store={createProgressStore({ storage: new MemoryStorage() })}
          load={load}
        >
          {staticView}
        </GoalPicker>,
      ).container,
    );
  /** The file as fetch gives it: through JSON. */
  const served = (value: unknown) => async () => JSON.parse(JSON.stringify(value)) as unknown;

  it('fetches its own file and starts the exercise from it', async () => {
    const asked: string[] = [];
    const view = mount(async (url) => {
      asked.push(url);
      return served(exerciseFile(goalPicker))();
    });
    expect(view.getByText('Static scenarios')).toBeTruthy();
    await waitFor(() => expect(view.getByText(`Scenario 1 of ${goalPicker.scenarios.length}`)).toBeTruthy());
    expect(asked).toEqual(['/exercises/goal-picker.json']);
    expect(view.queryByText('Static scenarios')).toBeNull();
    answerScenario(view, 0);
    expect(view.getByRole('status').textContent).toBe('Saved in this browser.');
  });

  it('keeps the static view and says so when the file cannot be fetched', async () => {
    const view = mount(async () => {
      throw new Error('offline');
    });
    await waitFor(() => expect(view.getByText(EXERCISE_LOAD_FAILED)).toBeTruthy());
    expect(view.getByText('Static scenarios')).toBeTruthy();
    expect(view.queryByRole('radio')).toBeNull();
  });

  it('refuses a file from another build, another exercise or another kind', async () => {
    const edited = { ...goalPicker, title: 'Edited after this page was built' };
    for (const value of [
      exerciseFile(edited),
      { ...exerciseFile(goalPicker), exerciseId: 'other' },
      { ...exerciseFile(goalPicker), exercise: { ...goalPicker, kind: 'sorting' } },
      { exerciseId: 'goal-picker', version: file.version },
      null,
    ]) {
      const view = mount(served(value));
      await waitFor(() => expect(view.getByText(EXERCISE_LOAD_FAILED)).toBeTruthy());
      expect(view.getByText('Static scenarios')).toBeTruthy();
      cleanup();
    }
  });
});

const mountOrdering = (store: ProgressStore) =>
  ui(render(<Ordering exerciseId="funnel-order" exercise={ordering} store={store} />).container);
const orderOnScreen = (view: ReturnType<typeof ui>) =>
  view
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('data-item'))
    .filter(Boolean);

describe('Ordering island', () => {
  it('saves a checked order and shows it again after a reload', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    const view = mountOrdering(store);
    const first = ordering.items.find((i) => i.id === orderOnScreen(view)[1])!;
    fireEvent.click(view.getByRole('button', { name: `Move up: ${first.text}` }));
    expect(stateOf(store, 'funnel-order')).toBeUndefined(); // moves are saved only once checked
    fireEvent.click(view.getByRole('button', { name: 'Check order' }));
    expect(view.getByRole('status').textContent).toBe('Saved in this browser.');
    const order = orderOnScreen(view);
    expect(stateOf(store, 'funnel-order')).toEqual({ order, checked: true });
    cleanup();
    const again = mountOrdering(createProgressStore({ storage }));
    expect(orderOnScreen(again)).toEqual(order);
    expect(again.getByText(/pairs in the right order/)).toBeTruthy();
  });

  it('says when storage is blocked, and keeps the checked order on the page', () => {
    const storage = Object.assign(new MemoryStorage(), { blocked: true });
    const view = mountOrdering(createProgressStore({ storage }));
    fireEvent.click(view.getByRole('button', { name: 'Check order' }));
    expect(view.getByRole('status').textContent).toMatch(/^Not saved: this browser does not let the course save/);
    expect(view.getByText(/pairs in the right order/)).toBeTruthy();
  });

  it('follows an order checked in another tab', () => {
    const { tabs, deliver } = tabsOver(new MemoryStorage());
    const [a, b] = tabs.map((t) => createProgressStore({ storage: t!.storage, eventTarget: t!.events }));
    const first = mountOrdering(a!);
    const second = mountOrdering(b!);
    const correct = ordering.items.map((i) => i.id);
    a!.recordExercise('funnel-order', { at: 'x', score: 10, max: 10, state: { order: correct, checked: true } });
    act(deliver);
    expect(orderOnScreen(second)).toEqual(correct);
    expect(second.getByText(/^All in the right order/)).toBeTruthy();
    expect(orderOnScreen(first)).toEqual(correct); // the same tab's own store change is followed too
  });
});

const mountSorting = (store: ProgressStore) =>
  ui(render(<Sorting exerciseId="consumer-types-sort" exercise={sorting} store={store} />).container);

describe('Sorting island', () => {
  it('saves checked placements and shows the verdicts again after a reload', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    const view = mountSorting(store);
    const item = sorting.items[0]!;
    fireEvent.change(view.getByRole('combobox', { name: item.text }), { target: { value: item.category } });
    expect(stateOf(store, 'consumer-types-sort')).toBeUndefined(); // saved when checked
    fireEvent.click(view.getByRole('button', { name: 'Check answers' }));
    expect(view.getByRole('status').textContent).toBe('Saved in this browser.');
    expect(stateOf(store, 'consumer-types-sort')).toEqual({ placements: { [item.id]: item.category }, checked: true });
    cleanup();
    const again = mountSorting(createProgressStore({ storage }));
    expect((again.getByRole('combobox', { name: item.text }) as HTMLSelectElement).value).toBe(item.category);
    expect(again.getByText(new RegExp(`^1 of ${sorting.items.length} items in the right category`))).toBeTruthy();
  });

  it('says when storage is full and keeps the placements on the page', () => {
    const storage = new MemoryStorage();
    const view = mountSorting(createProgressStore({ storage }));
    storage.full = true;
    const item = sorting.items[0]!;
    fireEvent.change(view.getByRole('combobox', { name: item.text }), { target: { value: item.category } });
    fireEvent.click(view.getByRole('button', { name: 'Check answers' }));
    expect(view.getByRole('status').textContent).toMatch(/^Not saved: this browser's storage is full/);
    expect((view.getByRole('combobox', { name: item.text }) as HTMLSelectElement).value).toBe(item.category);
  });

  it('follows placements checked in another tab', () => {
    const { tabs, deliver } = tabsOver(new MemoryStorage());
    const [a, b] = tabs.map((t) => createProgressStore({ storage: t!.storage, eventTarget: t!.events }));
    const second = mountSorting(b!); // only one island: two on one page would share element ids
    const item = sorting.items[1]!;
    a!.recordExercise('consumer-types-sort', {
      at: 'x',
      score: 1,
      max: 9,
      state: { placements: { [item.id]: item.category }, checked: true },
    });
    act(deliver);
    expect((second.getByRole('combobox', { name: item.text }) as HTMLSelectElement).value).toBe(item.category);
  });
});
