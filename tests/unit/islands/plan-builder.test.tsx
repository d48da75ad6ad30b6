// @vitest-environment happy-dom
// The plan builder over a fake store: autosave that says what really happened, and no lost plan
// when storage is full, blocked, holds a plan it cannot read, the plan is too large, a second tab
// saves its own plan, or the learner leaves in the middle of typing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import PlanBuilder, { AUTOSAVE_MS } from '../../../src/islands/PlanBuilder';
import { ASIDE_KEY_PREFIX, createProgressStore, PROGRESS_KEY } from '../../../src/lib/progress/progress-store';
import type { Plan } from '../../../src/lib/exercises/plan-builder/plan';
import { emptyPlan } from '../../../src/lib/exercises/plan-builder/plan';
import { planToMarkdown } from '../../../src/lib/exercises/plan-builder/plan-markdown';
import { loadExercise } from '../exercises/load-exercise';
import { MemoryStorage, tabsOver } from '../../helpers/memory-storage';

const exercise = loadExercise('plan-builder', 'plan-builder');
const ID = 'plan-builder';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function mount(storage: Storage, events?: EventTarget) {
  const store = createProgressStore({ storage, eventTarget: events });
  const view = render(<PlanBuilder exerciseId={ID} exercise={exercise} store={store} />);
  return { store, ui: within(view.container as HTMLElement) };
}

const brandOf = (ui: ReturnType<typeof within>) => ui.getByRole('textbox', { name: 'Brand' }) as HTMLInputElement;
const type = (ui: ReturnType<typeof within>, text: string, name = 'Brand') =>
  fireEvent.input(ui.getByRole('textbox', { name }), { target: { value: text } });
const wait = (ms = AUTOSAVE_MS) => act(() => void vi.advanceTimersByTime(ms));
const savedPlan = (storage: Storage) => createProgressStore({ storage }).get().exercises[ID]?.state as Plan | undefined;
const statusOf = (ui: ReturnType<typeof within>) => ui.getByRole('status').textContent;

async function importPlan(ui: ReturnType<typeof within>, markdown: string) {
  const input = ui.getByLabelText('Import a downloaded plan') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([markdown], 'plan.md')], configurable: true });
  await act(async () => {
    fireEvent.change(input);
    await vi.advanceTimersByTimeAsync(0); // file.text() resolves
  });
}

describe('PlanBuilder island', () => {
  it('says "Saved in this browser." only once the plan is really saved', async () => {
    const storage = new MemoryStorage();
    const { ui } = mount(storage);
    type(ui, 'Spoke & Chain');
    expect(statusOf(ui)).toBe(''); // waiting: nothing claimed yet
    expect(savedPlan(storage)).toBeUndefined();
    await wait();
    expect(statusOf(ui)).toBe('Saved in this browser.');
    expect(savedPlan(storage)?.brand).toBe('Spoke & Chain');
  });

  it('comes back after a reload', async () => {
    const storage = new MemoryStorage();
    createProgressStore({ storage }).recordExercise(ID, {
      at: 'x',
      score: 0,
      max: 8,
      state: { ...emptyPlan(), brand: 'Kept' },
    });
    const { ui } = mount(storage);
    expect(brandOf(ui).value).toBe('Kept');
  });

  it('storage full: says so, keeps the plan on the page, and saves it once there is room', async () => {
    const storage = new MemoryStorage();
    const { ui } = mount(storage);
    storage.full = true;
    type(ui, 'Spoke & Chain');
    await wait();
    expect(statusOf(ui)).toMatch(/^Not saved: this browser's storage is full\. .*kept on this page/);
    expect(brandOf(ui).value).toBe('Spoke & Chain');
    storage.full = false;
    type(ui, 'Spoke & Chain Ltd');
    await wait();
    expect(statusOf(ui)).toBe('Saved in this browser.');
    expect(savedPlan(storage)?.brand).toBe('Spoke & Chain Ltd');
  });

  it('storage blocked: says the browser lets nothing be saved', async () => {
    const storage = Object.assign(new MemoryStorage(), { blocked: true });
    const { ui } = mount(storage);
    type(ui, 'Spoke & Chain');
    await wait();
    expect(statusOf(ui)).toMatch(/^Not saved: this browser does not let the course save anything/);
    expect(brandOf(ui).value).toBe('Spoke & Chain');
  });

  it('a saved plan it cannot read is kept aside before the first save replaces it', async () => {
    const storage = new MemoryStorage();
    createProgressStore({ storage }).recordExercise(ID, { at: 'x', score: 0, max: 8, state: { brand: 42 } });
    const { ui, store } = mount(storage);
    expect(ui.getByRole('alert').textContent).toMatch(
      /could not be read .*kept aside, not deleted, when you start typing/,
    );
    type(ui, 'Fresh start');
    await wait();
    const aside = storage.keys().find((k) => k.startsWith(ASIDE_KEY_PREFIX))!;
    expect(JSON.parse(storage.getItem(aside)!).value).toEqual({ brand: 42 });
    expect(savedPlan(storage)?.brand).toBe('Fresh start');
    expect(store.notices()).toContainEqual(expect.objectContaining({ kind: 'kept-aside', backupKey: aside }));
  });

  it('an unreadable saved plan is not replaced while no copy can be kept', async () => {
    const storage = new MemoryStorage();
    createProgressStore({ storage }).recordExercise(ID, { at: 'x', score: 0, max: 8, state: 'not a plan' });
    const before = storage.getItem(PROGRESS_KEY);
    const { ui } = mount(storage);
    storage.full = true;
    type(ui, 'Fresh start');
    await wait();
    expect(statusOf(ui)).toMatch(/^Not saved: this browser's storage is full/);
    storage.full = false;
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
  });

  it('refuses a 6-million-character field with a message, and keeps the last saved plan', async () => {
    const storage = new MemoryStorage();
    const { ui } = mount(storage);
    type(ui, 'Spoke & Chain');
    await wait();
    type(ui, 'x'.repeat(6_000_000), 'Target audience');
    await wait();
    expect(statusOf(ui)).toMatch(
      /^Not saved: this is too long to keep in the browser \(6,000,\d{3} characters; the limit is 200,000\)/,
    );
    expect(savedPlan(storage)?.brand).toBe('Spoke & Chain');
    expect((ui.getByRole('textbox', { name: 'Target audience' }) as HTMLTextAreaElement).value).toHaveLength(6_000_000);
  });

  it('leaving mid-typing: pagehide saves what the 400 ms autosave had not saved yet', async () => {
    const storage = new MemoryStorage();
    const { ui } = mount(storage);
    type(ui, 'Typed just before leaving');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(savedPlan(storage)?.brand).toBe('Typed just before leaving');
  });

  it('a tab that is not typing follows the plan another tab saved', async () => {
    const shared = new MemoryStorage();
    const { tabs, deliver } = tabsOver(shared);
    const first = mount(tabs[0]!.storage, tabs[0]!.events);
    const second = mount(tabs[1]!.storage, tabs[1]!.events);
    type(first.ui, 'Typed in the first tab');
    await wait();
    act(deliver);
    expect(brandOf(second.ui).value).toBe('Typed in the first tab');
    expect(statusOf(second.ui)).toMatch(/Updated with the changes saved in another tab/);
    // The second tab now edits on top of the first tab's plan instead of erasing it.
    type(second.ui, 'Now from the second', 'Target audience');
    await wait();
    expect(savedPlan(shared)).toMatchObject({ brand: 'Typed in the first tab', audience: 'Now from the second' });
  });

  it('two tabs typing at once: nothing is overwritten until the learner chooses', async () => {
    const shared = new MemoryStorage();
    const { tabs, deliver } = tabsOver(shared);
    const first = mount(tabs[0]!.storage, tabs[0]!.events);
    const second = mount(tabs[1]!.storage, tabs[1]!.events);
    type(first.ui, 'First tab plan');
    await wait();
    type(second.ui, 'Second tab plan'); // its event has not arrived: the second tab is still typing
    await wait();
    expect(savedPlan(shared)?.brand).toBe('First tab plan');
    expect(second.ui.getByText(/Changed in another tab\./)).toBeTruthy();
    act(deliver);
    expect(brandOf(second.ui).value).toBe('Second tab plan');
    fireEvent.click(second.ui.getByRole('button', { name: "Keep this tab's version" }));
    expect(savedPlan(shared)?.brand).toBe('Second tab plan');
    expect(second.ui.queryByText(/Changed in another tab\./)).toBeNull();
  });

  it('a conflict resolved the other way shows the other tab’s plan', async () => {
    const shared = new MemoryStorage();
    const { tabs, deliver } = tabsOver(shared);
    const first = mount(tabs[0]!.storage, tabs[0]!.events);
    const second = mount(tabs[1]!.storage, tabs[1]!.events);
    type(second.ui, 'Second tab plan');
    type(first.ui, 'First tab plan');
    await wait(); // both timers fire; the second tab fires first and saves, the first finds it changed
    act(deliver);
    const loser = [first, second].find((tab) => tab.ui.queryByText(/Changed in another tab\./))!;
    expect(loser).toBeDefined();
    const winner = savedPlan(shared)!.brand;
    fireEvent.click(loser.ui.getByRole('button', { name: "Use the other tab's version" }));
    expect(brandOf(loser.ui).value).toBe(winner);
    expect(savedPlan(shared)?.brand).toBe(winner);
  });

  it('leaving with a conflict unresolved saves this tab’s plan and keeps the other one aside', async () => {
    const shared = new MemoryStorage();
    const { tabs } = tabsOver(shared);
    const first = mount(tabs[0]!.storage, tabs[0]!.events);
    const second = mount(tabs[1]!.storage, tabs[1]!.events);
    type(first.ui, 'First tab plan');
    await wait();
    type(second.ui, 'Second tab plan');
    await wait();
    expect(second.ui.getByText(/Changed in another tab\./)).toBeTruthy();
    cleanup(); // both tabs close; the first had nothing waiting, the second keeps both plans
    expect(savedPlan(shared)?.brand).toBe('Second tab plan');
    const aside = shared.keys().find((k) => k.startsWith(ASIDE_KEY_PREFIX))!;
    expect(JSON.parse(shared.getItem(aside)!)).toMatchObject({
      label: 'your IMC plan as another tab saved it',
      value: { brand: 'First tab plan' },
    });
  });

  it('import and clear go through the same honest save', async () => {
    const storage = new MemoryStorage();
    const { ui } = mount(storage);
    type(ui, 'Spoke & Chain');
    await wait();
    fireEvent.click(ui.getByRole('button', { name: 'Clear all' }));
    fireEvent.click(ui.getByRole('button', { name: 'Yes, clear everything' }));
    expect(statusOf(ui)).toBe('The plan was cleared.');
    await wait();
    expect(statusOf(ui)).toBe('The plan was cleared. Saved in this browser.');
    expect(savedPlan(storage)?.brand).toBe('');
  });

  it('asks before an import replaces a plan with content, and shows what it would bring', async () => {
    const storage = new MemoryStorage();
    const { ui } = mount(storage);
    type(ui, 'My draft');
    await wait();
    const file = planToMarkdown(
      { ...emptyPlan(), brand: 'Imported brand', audience: 'Commuters' },
      exercise.steps.map((s) => s.title),
    );
    await importPlan(ui, file);
    const question = ui.getByRole('group', { name: 'Confirm replacing the plan' });
    expect(question.textContent).toMatch(/imported plan for Imported brand \(\s*1 of 8 steps filled in\)\?/);
    await wait(20);
    expect(document.activeElement).toBe(ui.getByRole('button', { name: 'Yes, replace my plan' }));
    fireEvent.click(ui.getByRole('button', { name: 'Keep my current plan' }));
    expect(brandOf(ui).value).toBe('My draft');
    expect(statusOf(ui)).toMatch(/^Nothing was imported; your plan is unchanged\./);
    await importPlan(ui, file);
    fireEvent.click(ui.getByRole('button', { name: 'Yes, replace my plan' }));
    expect(brandOf(ui).value).toBe('Imported brand');
    await wait();
    expect(statusOf(ui)).toBe('Imported the plan for Imported brand. Saved in this browser.');
    expect(savedPlan(storage)?.brand).toBe('Imported brand');
  });

  it('imports into an empty worksheet at once, and says when the readable part was edited', async () => {
    const { ui } = mount(new MemoryStorage());
    const file = planToMarkdown(
      { ...emptyPlan(), brand: 'Imported brand' },
      exercise.steps.map((s) => s.title),
    );
    await importPlan(ui, file.replace('# IMC plan: Imported brand', '# IMC plan: Renamed by hand'));
    expect(brandOf(ui).value).toBe('Imported brand');
    expect(statusOf(ui)).toMatch(/^Imported the plan for Imported brand\. The text above its data block was edited/);
  });

  it('shows typed markup as text', () => {
    const { ui } = mount(new MemoryStorage());
    type(ui, '<img src=x onerror=alert(1)>');
    expect(document.querySelector('.plan-builder img')).toBeNull();
    expect(screen.getAllByText(/IMC plan: <img src=x onerror=alert\(1\)>/).length).toBeGreaterThan(0);
  });

  it('marks a step in the step navigator as filled in once its field holds text', async () => {
    const { ui } = mount(new MemoryStorage());
    await wait(0);
    const navigator = ui.getByRole('navigation', { name: 'Plan steps' });
    const links = within(navigator).getAllByRole('link');
    expect(links).toHaveLength(8);
    expect(links[0]?.textContent).toContain('Not yet');
    expect(links[0]?.getAttribute('href')).toBe('#plan-step-audience');
    type(ui, 'Commuters who cycle', 'Target audience');
    expect(links[0]?.textContent).toContain('Filled in');
    expect(navigator.textContent).toContain('1 of 8 steps filled in');
    expect(document.getElementById('plan-step-audience')).not.toBeNull();
  });
});
