// README.txt inside the cartridge: what it holds and, plainly, what the profile cannot carry.
import { oneLine } from '../xml-text';
import { attributionLine, CODE_LICENCE, REUSE_TERMS } from '../attribution';

export function cartridgeReadme(options: {
  title: string;
  courseTitle: string;
  scope: string;
  siteUrl: string;
  lessonCount: number;
  quizCount: number;
  questionCount: number;
  /** Questions of a kind the profile cannot carry ("quiz/question"), each kind's reason once. */
  omitted?: { refs: string[]; reason: string }[];
  /** Quizzes with case sets (a scenario followed by several questions), by id. */
  casedQuizzes?: string[];
}): string {
  const omitted = (options.omitted ?? []).flatMap(({ refs, reason }) =>
    wrapLines(`- ${reason} Left out here (${refs.length}): ${refs.join(', ')}.`),
  );
  return [
    `${oneLine(options.title)}: IMS Common Cartridge 1.1 (${options.scope})`,
    '',
    'What this cartridge holds',
    `- ${options.lessonCount} lessons as web links to their pages on ${options.siteUrl}`,
    '  (the lesson text stays on the site, so students always read the current version).',
    `- ${options.quizCount} quizzes (${options.questionCount} questions) as QTI 1.2 assessments: single answer,`,
    '  multiple answer and true/false, each option with its own feedback and each question with',
    '  its explanation as general feedback.',
    '- The course outline: one folder per module, lessons in reading order, each quiz after its lesson.',
    '',
    'What the Common Cartridge profile cannot carry (left out)',
    '- Pass marks: the profile has no passing score. Set one in your LMS (the site uses 70% unless a',
    '  quiz says otherwise).',
    '- Multiple-answer partial credit: the cartridge marks which options are correct; how wrong ticks',
    '  are penalised is decided by your LMS importer. Check the imported grades, or import the GIFT',
    '  question bank (exports/gift/) into Moodle for exact weights (+100% shared by the right options,',
    '  -100% shared by the wrong ones).',
    ...omitted,
    ...(options.casedQuizzes?.length
      ? wrapLines(
          `- Case sets (one scenario followed by several questions): the profile has no way to group items, so each question of a case repeats the case's title and scenario before its own text. If your LMS shuffles question order, a case's questions may be split up; keep the order fixed for these quizzes: ${options.casedQuizzes.join(', ')}.`,
        )
      : []),
    '- Interactive exercises (ordering, sorting, goal picker, plan builder): link students to the',
    '  practice pages on the site instead.',
    "- Students' progress on the site: it lives in each student's browser and is never sent anywhere.",
    '- Glossary, images and page styling: lessons are links, not copies.',
    '',
    'Importing',
    '- Moodle: Course administration > Restore, choose this .imscc file (Common Cartridge 1.1).',
    '- Canvas: Settings > Import course content > Common Cartridge 1.x Package.',
    '- Blackboard, Brightspace (D2L) and others: use their Common Cartridge import.',
    'Identifiers are stable between releases, so importing a newer cartridge should update items',
    'rather than duplicate them where the LMS supports it.',
    '',
    'Licence and credit',
    `- ${oneLine(attributionLine(options.courseTitle))}`,
    `- ${REUSE_TERMS}`,
    `  A credit line and how to remix: ${new URL('instructors/#credit-and-remix', options.siteUrl).href}`,
    `- The site's code is under the ${CODE_LICENCE.name} licence (${CODE_LICENCE.url}).`,
    '',
  ].join('\n');
}

/** Breaks a paragraph at spaces into lines of at most `width` characters, continuation lines indented. */
function wrapLines(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
