// Editable handouts with the docx library: a module's lessons as one Word reading (answer-free), and
// its answer key as a separate file, worded like the instructor guide's key (_AnswerKey.astro).
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type CourseExercise, type ModuleView, moduleQuizzes } from '../../content/course';
import { seededShuffle } from '../../quiz/seeded-shuffle';
import { COMMUNICATION_GOALS } from '../../../schemas/vocabulary/communication-goals';
import { correctOptions, questionOptions } from '../../quiz/kinds';
import { authoringOf } from '../../quiz/kinds/authoring';
import { keyBlocks, scenarioParagraphs } from '../../quiz/question-units';
import { attributionLine, REUSE_TERMS } from '../attribution';
import { mdxBlocks, type RemixBlock } from '../../content/mdx-blocks';

const NUMBERED = 'numbered';
const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

type Child = Paragraph | Table;

const heading = (level: keyof typeof HEADINGS, text: string) => new Paragraph({ text, heading: HEADINGS[level] });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

function creditParagraphs(courseTitle: string): Paragraph[] {
  return [
    new Paragraph({ children: [new TextRun({ text: attributionLine(courseTitle), italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: REUSE_TERMS, italics: true })] }),
  ];
}

/** One block as Word paragraphs; `list` numbers each lesson's numbered lists from 1. */
function blockChildren(block: RemixBlock, list: number): Child[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block.level, block.text)];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'bullet':
      return [bullet(block.text)];
    case 'numbered':
      return [new Paragraph({ text: block.text, numbering: { reference: NUMBERED, level: 0, instance: list } })];
    case 'diagram':
      return [
        new Paragraph({
          children: [
            new TextRun({ text: `[Diagram "${block.name}": see the lesson page on the site.]`, italics: true }),
          ],
        }),
      ];
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (row, r) =>
              new TableRow({
                tableHeader: r === 0,
                children: row.map(
                  (cell) =>
                    new TableCell({
                      children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0 })] })],
                    }),
                ),
              }),
          ),
        }),
        new Paragraph({ text: '' }),
      ];
  }
}

function document(title: string, children: Child[]): Document {
  return new Document({
    creator: 'One Voice contributors',
    title,
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
}

const toBytes = async (doc: Document) => new Uint8Array(await Packer.toArrayBuffer(doc));

/** The module's lessons as an editable reading: headings, paragraphs, lists and tables, no answers. */
export async function readingDocx(
  module: ModuleView,
  courseTitle: string,
  bodies: ReadonlyMap<string, string>,
): Promise<Uint8Array> {
  const title = `Module ${module.number}: ${module.data.title}`;
  const children: Child[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: module.data.summary }),
    ...creditParagraphs(courseTitle),
  ];
  module.lessons.forEach((lesson, i) => {
    children.push(heading(1, lesson.data.title), new Paragraph({ text: lesson.data.description }));
    children.push(heading(2, 'Objectives'), ...lesson.data.objectives.map((o) => bullet(o.text)));
    children.push(...mdxBlocks(bodies.get(lesson.id) ?? '').flatMap((b) => blockChildren(b, i + 1)));
    if (lesson.data.sources.length > 0)
      children.push(heading(2, 'Sources'), ...lesson.data.sources.map((s) => bullet(s)));
  });
  return toBytes(document(`${courseTitle}: ${title}`, children));
}

/** Every quiz of the module (lesson quizzes, then the module quiz) with answers and explanations. */
export async function answerKeyDocx(module: ModuleView, courseTitle: string): Promise<Uint8Array> {
  const title = `Module ${module.number}: ${module.data.title}: answer key`;
  const children: Child[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: 'For instructors: keep this file away from students before they take the quizzes.' }),
    ...creditParagraphs(courseTitle),
  ];
  for (const { quiz, lesson } of moduleQuizzes(module)) {
    children.push(heading(1, lesson ? `${quiz.title} (lesson: ${lesson.data.title})` : quiz.title));
    children.push(new Paragraph({ text: `${quiz.questions.length} questions, pass mark ${quiz.passPercent}%.` }));
    for (const block of keyBlocks(quiz)) {
      if (block.case) {
        children.push(heading(3, `Case: ${block.case.title}`));
        children.push(...scenarioParagraphs(block.case.scenario).map((p) => new Paragraph({ text: p })));
      }
      block.questions.forEach((question, i) => {
        const authoring = authoringOf(question);
        children.push(heading(2, `Question ${block.start + i} (${authoring.label})`));
        children.push(new Paragraph({ text: question.stem }));
        if (authoring.keyListsOptions)
          children.push(
            ...questionOptions(question).map((o) => bullet(`${o.correct ? 'Correct' : 'Wrong'}: ${o.text}`)),
          );
        children.push(
          new Paragraph({
            children: [
              new TextRun({ text: 'Answer: ', bold: true }),
              new TextRun(
                correctOptions(question)
                  .map((o) => o.text)
                  .join('; '),
              ),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Why: ', bold: true }), new TextRun(question.explanation)] }),
        );
      });
    }
  }
  return toBytes(document(`${courseTitle}: ${title}`, children));
}

/** A line to write on (a paragraph of underscores survives every editor and prints as a rule). */
const writeOn = () => new Paragraph({ text: '_'.repeat(70), spacing: { before: 240 } });

const gridCell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/** The exercise's own part of a worksheet: what to decide, and room to decide it; never the answers. */
function worksheetTask(exercise: CourseExercise): Child[] {
  switch (exercise.kind) {
    case 'sorting':
      return [
        ...exercise.categories.map((c) => bullet(`${c.label}: ${c.description}`)),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: [gridCell('Item', true), ...exercise.categories.map((c) => gridCell(c.label, true))],
            }),
            ...seededShuffle(exercise.items, exercise.id).map(
              (item) =>
                new TableRow({ children: [gridCell(item.text), ...exercise.categories.map(() => gridCell(''))] }),
            ),
          ],
        }),
      ];
    case 'ordering':
      return [
        new Paragraph({ text: 'Write 1 for the first, 2 for the next, and so on.' }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: [gridCell('Item', true), gridCell('Position', true)] }),
            ...seededShuffle(exercise.items, exercise.id).map(
              (item) => new TableRow({ children: [gridCell(item.text), gridCell('')] }),
            ),
          ],
        }),
      ];
    case 'goal-picker': {
      const metric = new Map(exercise.metrics.map((m) => [m.id, m.label]));
      return exercise.scenarios.flatMap((scenario, i) => [
        heading(2, `${i + 1}. ${scenario.brand} (${scenario.industry})`),
        new Paragraph({ text: scenario.situation }),
        new Paragraph({ children: [new TextRun({ text: 'Audience: ', bold: true }), new TextRun(scenario.audience)] }),
        new Paragraph({ text: 'Which goal should lead? Tick one.' }),
        ...Object.values(COMMUNICATION_GOALS).map((g) => bullet(`☐ ${g.label}`)),
        new Paragraph({ text: 'Which metric would show success? Tick one.' }),
        ...scenario.metricOptions.map((id) => bullet(`☐ ${metric.get(id) ?? id}`)),
        new Paragraph({ text: 'Why:' }),
        writeOn(),
      ]);
    }
    case 'plan-builder':
      return exercise.steps.flatMap((step, i) => [
        heading(2, `Step ${i + 1}: ${step.title}`),
        new Paragraph({ text: step.guidance }),
        new Paragraph({ children: [new TextRun({ text: 'Worked example: ', bold: true }), new TextRun(step.example)] }),
        new Paragraph({ children: [new TextRun({ text: 'Your plan:', bold: true })] }),
        writeOn(),
        writeOn(),
        writeOn(),
      ]);
  }
}

/** A practice exercise as a worksheet to print or edit, without answers (the plan builder as a template). */
export async function worksheetDocx(exercise: CourseExercise, courseTitle: string): Promise<Uint8Array> {
  const children: Child[] = [
    new Paragraph({ text: exercise.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: exercise.summary }),
    new Paragraph({ children: [new TextRun({ text: exercise.instructions, italics: true })] }),
    new Paragraph({ text: 'Name: ____________________   Date: ____________' }),
    ...worksheetTask(exercise),
    new Paragraph({ text: '' }),
    ...creditParagraphs(courseTitle),
  ];
  return toBytes(document(`${courseTitle}: ${exercise.title}`, children));
}
