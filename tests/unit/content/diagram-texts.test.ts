// Every diagram a lesson draws has its text alternative: the rule is tested on small inputs, then run
// over the real diagram texts and every lesson's MDX.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramTexts } from '../../../src/components/diagrams/texts';
import { diagramUseProblems, diagramWordProblems, findDiagramUses } from '../../../src/lib/content/diagram-uses';

const root = join(import.meta.dirname, '..', '..', '..');
const lessonFiles = readdirSync(join(root, 'content/lessons'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => ({
    path: `content/lessons/${file}`,
    text: readFileSync(join(root, 'content/lessons', file), 'utf8'),
  }));
const known = new Set(Object.keys(diagramTexts));

const goodWords = {
  title: 'Five stages of a funnel',
  description:
    'Five stages narrow from top to bottom: sessions, leads, marketing qualified leads, sales qualified ' +
    'leads and customers, with the share that moves on written between each pair.',
  caption: 'Each rate divides a stage by the one above.',
};

describe('findDiagramUses and diagramUseProblems', () => {
  it('finds each tag with its line and name', () => {
    expect(findDiagramUses('Intro.\n\n<Diagram name="peso" />\ntext <Diagram name="x"/>')).toEqual([
      { line: 3, name: 'peso' },
      { line: 4, name: 'x' },
    ]);
  });
  it('names the file and line of an unknown or nameless diagram', () => {
    const files = [{ path: 'a.mdx', text: '<Diagram name="peso" />\n<Diagram name="pesto" />\n<Diagram name={x} />' }];
    expect(diagramUseProblems(files, new Set(['peso']))).toEqual([
      'a.mdx:2: no diagram named "pesto"',
      'a.mdx:3: <Diagram> without a literal name="…"',
    ]);
  });
});

describe('diagramWordProblems', () => {
  it('accepts words that say what the diagram shows', () => {
    expect(diagramWordProblems('funnel', goodWords)).toEqual([]);
  });
  it('rejects empty fields, "diagram of…", short descriptions and a caption that repeats', () => {
    expect(diagramWordProblems('f', { ...goodWords, title: ' ' })).toEqual(['f: title is empty']);
    expect(diagramWordProblems('f', { ...goodWords, description: `A diagram of ${goodWords.description}` })).toEqual([
      'f: description names the medium; say what it shows',
    ]);
    expect(diagramWordProblems('f', { ...goodWords, description: 'The funnel.' })).toEqual([
      'f: description has 2 words; a listener needs at least 20',
    ]);
    expect(diagramWordProblems('f', { ...goodWords, caption: goodWords.description })).toEqual([
      'f: caption repeats the description',
    ]);
  });
});

describe('the course diagrams', () => {
  it('each has a title, a caption and a description that says what it shows', () => {
    const problems = Object.entries(diagramTexts).flatMap(([name, words]) => diagramWordProblems(name, words));
    expect(problems).toEqual([]);
  });
  it('have distinct titles', () => {
    const titles = Object.values(diagramTexts).map((words) => words.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
  it('are used in lessons only by names that exist', () => {
    expect(diagramUseProblems(lessonFiles, known)).toEqual([]);
  });
  it('are each drawn in at least one lesson, twelve or more in all', () => {
    const used = new Set(lessonFiles.flatMap(({ text }) => findDiagramUses(text).map((use) => use.name)));
    expect([...known].filter((name) => !used.has(name))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(12);
  });
});
