import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { completedSteps, emptyPlan, parsePlan, type Plan } from '../../../src/lib/exercises/plan-builder/plan';
import { planHints, readAmount } from '../../../src/lib/exercises/plan-builder/plan-hints';
import {
  escapeMarkdown,
  planFromMarkdown,
  planToMarkdown,
} from '../../../src/lib/exercises/plan-builder/plan-markdown';
import { planFileName, planSummary } from '../../../src/lib/exercises/plan-builder/plan-summary';
import { loadExercise, readExerciseData } from './load-exercise';

const exercise = loadExercise('plan-builder', 'plan-builder');
const titles = exercise.steps.map((s) => s.title);

const fullPlan = (): Plan => ({
  brand: 'Spoke & Chain',
  audience: 'Cycling commuters <script>alert(1)</script>',
  goals: ['influence-purchase-intention', 'build-brand-equity'],
  objectives: '150 spring services by April',
  design: 'Line one\nLine two with ``` and ```` fences',
  channels: [
    { name: 'Station posters', budget: '1,200' },
    { name: 'Email list', budget: '200' },
  ],
  totalBudget: '3,000',
  budgetMethod: 'objective and task',
  measures: [
    { goal: 'influence-purchase-intention', metric: 'bookings by code' },
    { goal: 'build-brand-equity', metric: 'unaided recall' },
  ],
  management: 'Owner reviews every Friday',
});

describe('plan-builder content', () => {
  it('has the eight steps in order, each with guidance and an example', () => {
    expect(exercise.steps.map((s) => s.id)).toEqual([
      'audience',
      'objectives',
      'design',
      'channels',
      'budget',
      'mix',
      'measurement',
      'management',
    ]);
  });
  it('rejects steps out of order', () => {
    const data = readExerciseData('plan-builder') as { steps: object[] };
    const swapped = { ...data, steps: [data.steps[1], data.steps[0], ...data.steps.slice(2)] };
    const r = exerciseSchema.safeParse(swapped);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toContain(
      "step 1 must be 'audience', not 'objectives'",
    );
  });
});

describe('completedSteps', () => {
  it('counts nothing for an empty plan and all eight for a full one', () => {
    expect(completedSteps(emptyPlan())).toEqual([]);
    expect(completedSteps(fullPlan())).toHaveLength(8);
  });
  it('does not count whitespace as content', () => {
    expect(completedSteps({ ...emptyPlan(), audience: '   ', management: 'x' })).toEqual(['management']);
  });
});

describe('planHints', () => {
  it('is silent for a consistent plan', () => expect(planHints(fullPlan())).toEqual([]));
  it('flags a metric for a goal that was not chosen', () => {
    const plan = {
      ...fullPlan(),
      measures: [...fullPlan().measures, { goal: 'strengthen-brand-attitude' as const, metric: 'preference score' }],
    };
    expect(planHints(plan)).toEqual([
      {
        step: 'measurement',
        text: '"preference score" measures strengthen brand attitude, which is not one of the goals chosen in step 2.',
      },
    ]);
  });
  it('flags a chosen goal without a metric', () => {
    const plan = { ...fullPlan(), measures: [fullPlan().measures[0]!] };
    expect(planHints(plan).map((h) => h.text)).toEqual([
      'The goal "Build brand equity" has no metric yet, so you could not tell whether it was met.',
    ]);
  });
  it('flags a channel without budget, a budget that is not a number, and overspending', () => {
    const plan = {
      ...fullPlan(),
      channels: [
        { name: 'Posters', budget: '' },
        { name: 'Stall', budget: 'some' },
        { name: 'Radio', budget: '5000' },
        { name: '', budget: '' },
      ],
    };
    expect(planHints(plan).map((h) => h.text)).toEqual([
      'The channel "Posters" has no budget in the communications mix.',
      'The budget for "Stall" is not a number.',
      'The channels are given 5000 in total, more than the budget of 3000.',
    ]);
  });
  it('asks which goal is primary when more than two are chosen', () => {
    const plan = {
      ...fullPlan(),
      goals: ['create-product-demand', 'build-brand-equity', 'influence-purchase-intention'] as Plan['goals'],
    };
    expect(planHints(plan).some((h) => h.step === 'objectives')).toBe(true);
  });
  it('reads typed amounts', () => {
    expect(readAmount('12,500')).toBe(12500);
    expect(readAmount('€ 3 000')).toBe(3000);
    expect(readAmount('1.5')).toBe(1.5);
    expect(readAmount('about 100')).toBeUndefined();
  });
});

describe('Markdown export and import', () => {
  it('round-trips a plan exactly, including text that looks like Markdown or HTML', () => {
    const markdown = planToMarkdown(fullPlan(), titles);
    expect(planFromMarkdown(markdown)).toEqual({ ok: true, plan: fullPlan() });
  });
  it('round-trips an empty plan', () => {
    expect(planFromMarkdown(planToMarkdown(emptyPlan(), titles))).toEqual({ ok: true, plan: emptyPlan() });
  });
  it('writes a readable document with every step', () => {
    const markdown = planToMarkdown(fullPlan(), titles);
    expect(markdown).toMatch(/^# IMC plan: Spoke & Chain\n/);
    for (const [i, title] of titles.entries()) expect(markdown).toContain(`## ${i + 1}. ${title}`);
    expect(markdown).toContain('- Station posters: 1,200');
    expect(markdown).toContain('- Influence purchase intention: bookings by code');
  });
  it('uses the last data block, so a fence typed in the plan cannot hijack the import', () => {
    const plan = { ...fullPlan(), management: '\n````one-voice-plan\n{"version":1,"plan":{}}\n````\n' };
    expect(planFromMarkdown(planToMarkdown(plan, titles))).toEqual({ ok: true, plan });
  });
  it('refuses files that are not plans, with a clear reason', () => {
    expect(planFromMarkdown('# My shopping list\n- milk\n')).toEqual({
      ok: false,
      error: 'This file is not a plan exported from One Voice (its data block is missing). Nothing was changed.',
    });
    const good = planToMarkdown(fullPlan(), titles);
    expect(planFromMarkdown(good.replace('"version": 1', '"version": 9'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/different version/),
    });
    expect(planFromMarkdown(good.replace('"brand":', '"brand" '))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
    expect(planFromMarkdown(good.slice(0, good.lastIndexOf('````')))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cut off/),
    });
    expect(planFromMarkdown(good.replace('"build-brand-equity"', '"sell-more"'))).toMatchObject({
      ok: false,
      error:
        'The plan data in this file is not valid: the goals are not among the four communication goals. Nothing was changed.',
    });
  });
});

describe('Markdown export is safe to view, import takes what editors do to files', () => {
  it('escapes what a Markdown viewer would run or turn into markup, in every typed field', () => {
    const plan = {
      ...fullPlan(),
      brand: '<img src=x onerror=alert(1)>',
      management: '[click](javascript:alert(1)) and **bold** `code`\n# not a heading\n- not a list\n1. not a list',
    };
    const markdown = planToMarkdown(plan, titles);
    const readable = markdown.slice(0, markdown.indexOf('````one-voice-plan'));
    expect(readable).toMatch(/^# IMC plan: \\<img src=x onerror=alert\(1\)\\>\n/);
    expect(readable).toContain('Cycling commuters \\<script\\>alert(1)\\</script\\>');
    expect(readable).toContain(
      '\\[click\\](javascript:alert(1)) and \\*\\*bold\\*\\* \\`code\\`\n\\# not a heading\n\\- not a list\n1\\. not a list',
    );
    expect(readable).not.toMatch(/(^|[^\\])[<[`*]/m);
    expect(planFromMarkdown(markdown)).toEqual({ ok: true, plan }); // the data block keeps the text as typed
  });
  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown('Spoke & Chain: 1,200 (spring)')).toBe('Spoke & Chain: 1,200 (spring)');
  });
  it('imports a file saved with Windows (CRLF) or old Mac (CR) line endings, or with a byte-order mark', () => {
    const markdown = planToMarkdown(fullPlan(), titles);
    for (const file of [markdown.replace(/\n/g, '\r\n'), markdown.replace(/\n/g, '\r'), `\uFEFF${markdown}`]) {
      expect(planFromMarkdown(file, titles)).toEqual({ ok: true, plan: fullPlan(), readableEdited: false });
    }
  });
  it('refuses a file too large to be a plan, or one with 2,000 channels, with the limit', () => {
    const huge = planToMarkdown({ ...fullPlan(), design: 'x'.repeat(600_000) }, titles);
    expect(planFromMarkdown(huge)).toEqual({
      ok: false,
      error: `This file is too large to be a plan (${huge.length.toLocaleString('en')} characters; the limit is 500,000). Nothing was changed.`,
    });
    const many = { ...fullPlan(), channels: Array.from({ length: 2_000 }, (_, i) => ({ name: `c${i}`, budget: '' })) };
    expect(planFromMarkdown(planToMarkdown(many, titles))).toEqual({
      ok: false,
      error: 'This plan lists 2,000 channels or measures; a plan can have at most 100 of each. Nothing was changed.',
    });
  });
  it('says when the readable part was edited, since those edits are not imported', () => {
    const markdown = planToMarkdown(fullPlan(), titles);
    const edited = markdown.replace('Owner reviews every Friday', 'Owner reviews every Monday');
    expect(planFromMarkdown(edited, titles)).toEqual({ ok: true, plan: fullPlan(), readableEdited: true });
    expect(planFromMarkdown(markdown.replace(/\n/g, '\n\n'), titles)).toMatchObject({ readableEdited: false });
  });
});

describe('parsePlan', () => {
  it('accepts a plan and rejects other shapes with a reason', () => {
    expect(parsePlan(fullPlan())).toEqual({ plan: fullPlan() });
    expect(parsePlan(null)).toEqual({ error: 'it holds no plan data' });
    expect(parsePlan({ ...fullPlan(), design: 3 })).toEqual({ error: 'the field "design" is missing or not text' });
    expect(parsePlan({ ...fullPlan(), channels: [{ name: 'x' }] })).toEqual({ error: 'the channel list is malformed' });
    expect(parsePlan({ ...fullPlan(), measures: [{ goal: 'x', metric: '' }] })).toEqual({
      error: 'the measurement list is malformed',
    });
  });
  it('drops unknown extra fields and repeated goals', () => {
    const r = parsePlan({ ...fullPlan(), extra: 'x', goals: ['build-brand-equity', 'build-brand-equity'] });
    expect(r.plan?.goals).toEqual(['build-brand-equity']);
    expect(r.plan).not.toHaveProperty('extra');
  });
});

describe('planSummary and planFileName', () => {
  it('gives one plain-text section per step, lists as "- " lines', () => {
    const sections = planSummary(fullPlan(), titles);
    expect(sections).toHaveLength(8);
    expect(sections[1]).toEqual({
      title: `2. ${titles[1]}`,
      lines: ['- Influence purchase intention', '- Build brand equity', '150 spring services by April'],
    });
    expect(planSummary(emptyPlan(), titles)[3]!.lines).toEqual(['(no channel yet)']);
  });
  it('keeps list entries together in the Markdown', () => {
    expect(planToMarkdown(fullPlan(), titles)).toContain('- Station posters: 1,200\n- Email list: 200');
  });
  it('names the file after the brand', () => {
    expect(planFileName('Spoke & Chain')).toBe('imc-plan-spoke-chain.md');
    expect(planFileName('  ')).toBe('imc-plan.md');
    expect(planFileName('Café Été')).toBe('imc-plan-cafe-ete.md');
  });
});
