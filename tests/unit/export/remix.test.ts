// The remix exports (`npm run remix`): one module's deck and handouts built in memory from the real
// course, opened as the zip packages PowerPoint and Word open, and the MDX-to-blocks converter.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { COURSE_TITLE } from '../../../src/lib/export/from-course';
import { deckPlan } from '../../../src/lib/export/remix/deck-plan';
import { answerKeyDocx, readingDocx, worksheetDocx } from '../../../src/lib/export/remix/docx-handouts';
import { inlineText, mdxBlocks, openingParagraphs } from '../../../src/lib/content/mdx-blocks';
import { pptxDeck } from '../../../src/lib/export/remix/pptx-deck';
import { moduleQuizzes } from '../../../src/lib/content/course';
import { assembleCourse } from '../../../src/lib/content/assemble-course';
import { courseContentDir, loadContentDir } from '../../helpers/load-content-dir';

const { sources } = loadContentDir(courseContentDir);
const course = assembleCourse(sources);
const bodies = new Map(sources.lessons.map((l) => [l.id, l.body]));
const module = course.modules.find((m) => m.id === 'foundations')!;

const xmlParser = new new Window().DOMParser();
const parseXml = (xml: string) => xmlParser.parseFromString(xml, 'application/xml');

/** Every XML part of a package through libxml2 (strict, unlike happy-dom): what "opens without repair" needs. */
function expectWellFormed(parts: Map<string, string>): void {
  const dir = mkdtempSync(join(tmpdir(), 'remix-'));
  try {
    const paths = [...parts].flatMap(([name, text]) => {
      if (!/\.(xml|rels)$/.test(name)) return [];
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return [path];
    });
    expect(paths.length).toBeGreaterThan(3);
    const run = spawnSync('xmllint', ['--noout', '--nonet', ...paths], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function xmlParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

describe('mdxBlocks', () => {
  it('turns headings, paragraphs, lists and tables into blocks and drops components to their words', () => {
    const body = [
      "import X from './x';",
      '## One brand',
      '',
      'A <Term id="imc">brand</Term> speaks with **one** voice,{\' \'}',
      'across [channels](/x/).',
      '',
      '<Example industry="Bike shop">',
      'The shop *agrees* one message.',
      '</Example>',
      '',
      '<Diagram name="eight-steps" />',
      '',
      '- first item',
      '  continued',
      '- second',
      '1. step one',
      '',
      '| Term | Meaning |',
      '| --- | --- |',
      '| IMC | one voice |',
      '{/* a comment */}',
    ].join('\n');
    expect(mdxBlocks(body)).toEqual([
      { kind: 'heading', level: 2, text: 'One brand' },
      { kind: 'paragraph', text: 'A brand speaks with one voice, across channels.' },
      { kind: 'heading', level: 4, text: 'Example: Bike shop' },
      { kind: 'paragraph', text: 'The shop agrees one message.' },
      { kind: 'diagram', name: 'eight-steps' },
      { kind: 'bullet', text: 'first item continued' },
      { kind: 'bullet', text: 'second' },
      { kind: 'numbered', text: 'step one' },
      {
        kind: 'table',
        rows: [
          ['Term', 'Meaning'],
          ['IMC', 'one voice'],
        ],
      },
    ]);
  });

  it('keeps snake_case words and names callouts and takeaways', () => {
    expect(inlineText('a snake_case_word and _stress_')).toBe('a snake_case_word and stress');
    expect(mdxBlocks('<Callout kind="caution">\nMind it.\n</Callout>\n<KeyTakeaways>\n- one\n</KeyTakeaways>')).toEqual(
      [
        { kind: 'heading', level: 4, text: 'Caution' },
        { kind: 'paragraph', text: 'Mind it.' },
        { kind: 'heading', level: 3, text: 'Key takeaways' },
        { kind: 'bullet', text: 'one' },
      ],
    );
  });

  it('takes opening paragraphs up to a word budget for speaker notes', () => {
    const blocks = mdxBlocks('## A\n\none two three\n\nfour five\n\nsix');
    expect(openingParagraphs(blocks, 4)).toEqual(['one two three', 'four five']);
  });

  it('leaves no component markup in any real lesson', () => {
    for (const lesson of sources.lessons) {
      const text = mdxBlocks(lesson.body)
        .flatMap((b) => (b.kind === 'table' ? b.rows.flat() : b.kind === 'diagram' ? [] : [b.text]))
        .join('\n');
      expect(text, lesson.file).not.toMatch(/<\/?[A-Z]|\{\/\*|\*\*/);
    }
  });
});

describe('module deck', () => {
  const plan = deckPlan(module, COURSE_TITLE, bodies);

  it('plans title, objectives, one slide per lesson, discussion, activity and credit', () => {
    expect(plan.map((s) => s.title)).toEqual([
      'Module 1: Foundations of IMC',
      'Objectives',
      ...module.lessons.map((l) => l.data.title),
      'Discussion',
      'In-class activity',
      'Licence and credit',
    ]);
    expect(plan[2]!.bullets).toContain('One brand, many voices');
    expect(plan[2]!.notes).toMatch(/bike shops/);
    expect(plan.at(-1)!.bullets.join(' ')).toMatch(/CC BY 4\.0/);
  });

  it('writes a pptx whose slides and notes parse', async () => {
    const parts = xmlParts(await pptxDeck(plan, { title: module.data.title }));
    const slides = [...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(plan.length);
    expectWellFormed(parts);
    expect(parts.get('ppt/slides/slide1.xml')).toContain('Foundations of IMC');
    expect([...parts.keys()].some((n) => n.startsWith('ppt/notesSlides/'))).toBe(true);
  });

  it('places a diagram picture with its alternative text on the slide of the lesson that draws it', async () => {
    const planning = course.modules.find((m) => m.id === 'planning')!;
    const steps = deckPlan(planning, COURSE_TITLE, bodies);
    const index = steps.findIndex((s) => s.diagrams.includes('eight-steps'));
    expect(index).toBeGreaterThan(1);
    const pixel = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const diagramImages = new Map([
      ['eight-steps', { data: `image/png;base64,${pixel}`, width: 400, height: 380, alt: 'The eight steps' }],
    ]);
    const parts = xmlParts(await pptxDeck(steps, { title: 'x', diagramImages }));
    expect([...parts.keys()].filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(1);
    expect(parts.get(`ppt/slides/slide${index + 1}.xml`)).toContain('descr="The eight steps"');
  });
});

describe('module handouts', () => {
  const paragraphs = (xml: string) => [...parseXml(xml).getElementsByTagName('w:p')];
  const styled = (xml: string, style: string) =>
    paragraphs(xml).filter((p) => p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') === style);

  it('writes the reading as a docx with one Heading 1 per lesson', async () => {
    const parts = xmlParts(await readingDocx(module, COURSE_TITLE, bodies));
    expectWellFormed(parts);
    const xml = parts.get('word/document.xml')!;
    const lessonHeadings = styled(xml, 'Heading1').map((p) => p.textContent);
    expect(lessonHeadings).toEqual(module.lessons.map((l) => l.data.title));
    expect(paragraphs(xml).length).toBeGreaterThan(100);
    expect(xml).not.toMatch(/&lt;Term|Answer:/);
  });

  it('writes the answer key with one Heading 2 per question', async () => {
    const parts = xmlParts(await answerKeyDocx(module, COURSE_TITLE));
    expectWellFormed(parts);
    const xml = parts.get('word/document.xml')!;
    const questions = moduleQuizzes(module).reduce((n, p) => n + p.quiz.questions.length, 0);
    expect(styled(xml, 'Heading2')).toHaveLength(questions);
    expect(paragraphs(xml).filter((p) => p.textContent?.startsWith('Answer: '))).toHaveLength(questions);
  });
});

describe('worksheets', () => {
  const documentText = async (bytes: Promise<Uint8Array>) => {
    const parts = xmlParts(await bytes);
    expectWellFormed(parts);
    return parseXml(parts.get('word/document.xml')!).documentElement.textContent ?? '';
  };

  it('prints every exercise without its answers, each item once', async () => {
    for (const exercise of course.exercises.values()) {
      const text = await documentText(worksheetDocx(exercise, COURSE_TITLE));
      expect(text, exercise.id).toContain(exercise.title);
      if (exercise.kind === 'sorting' || exercise.kind === 'ordering')
        for (const item of exercise.items) {
          expect(text, item.id).toContain(item.text);
          const explanation = 'feedback' in item ? item.feedback : item.why;
          expect(text, item.id).not.toContain(explanation);
        }
      if (exercise.kind === 'goal-picker')
        for (const scenario of exercise.scenarios) expect(text).not.toContain(scenario.whyPrimary);
    }
  });

  it('turns the plan builder into a template with all eight steps', async () => {
    const plan = [...course.exercises.values()].find((e) => e.kind === 'plan-builder')!;
    const parts = xmlParts(await worksheetDocx(plan, COURSE_TITLE));
    const headings = [...parseXml(parts.get('word/document.xml')!).getElementsByTagName('w:pStyle')].filter(
      (s) => s.getAttribute('w:val') === 'Heading2',
    );
    expect(headings).toHaveLength(8);
  });
});
