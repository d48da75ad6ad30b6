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
  /** Top-level folder titles in order (one per module). */
  sectionTitles: string[];
  /** Multiple-answer questions ("quiz/question") by the weight each wrong option should get, e.g. "-50%". */
  multipleAnswer?: { refs: string[]; wrongWeight: string }[];
  /** Quizzes with case sets (a scenario followed by several questions), by id. */
  casedQuizzes?: string[];
}): string {
  const omitted = (options.omitted ?? []).flatMap(({ refs, reason }) =>
    wrapLines(`- ${reason} Left out here (${refs.length}): ${refs.join(', ')}.`),
  );
  const multiple = options.multipleAnswer ?? [];
  const multipleCount = multiple.reduce((n, group) => n + group.refs.length, 0);
  const penalties = multiple.flatMap(({ refs, wrongWeight }) =>
    wrapLines(`   ${wrongWeight} on each wrong option: ${refs.join(', ')}.`, 96, '     '),
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
    '- The course outline: a link to the course home page first, then one folder per module, lessons',
    '  in reading order, each quiz after its lesson.',
    '',
    'What the Common Cartridge profile cannot carry (left out)',
    '- Pass marks: the profile has no passing score. Set one in your LMS (the site uses 70% unless a',
    '  quiz says otherwise).',
    '- Multiple-answer penalties: the profile scores each ticked option, and the importers we know',
    '  give wrong options 0, so ticking every box earns full marks (see "Moodle" below).',
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
    'Identifiers are stable between releases, but Moodle 4.5 does not use them: see below.',
    '',
    'Moodle (checked by restoring this cartridge into Moodle 4.5): what to fix before students start',
    '1. Section names. Moodle names no section from a cartridge: "General" holds the course home link',
    '   and each module follows as "New section", in order, its title only in the section\'s summary.',
    '   Turn editing on and, for each section, click the pencil beside its name and type the title:',
    ...options.sectionTitles.map((title, i) => `     section ${i + 1}: ${oneLine(title)}`),
    '2. Quiz totals. Moodle stores every restored quiz with a total of marks of 4 whatever its',
    '   length, so an all-right attempt on a 6-question quiz reads 15 out of 10. For each quiz: open',
    "   it, Questions; click the pencil beside the first question's mark, type 2 and press Enter, then",
    '   set it back to 1 the same way. "Total of marks" now equals the number of questions. (Changing',
    '   a mark is what makes Moodle recompute the total; "Maximum grade" and Save do not. A mark change',
    '   also regrades attempts already made.)',
    ...(multipleCount > 0
      ? [
          `3. Multiple-answer penalties (${multipleCount} ${multipleCount === 1 ? 'question' : 'questions'}). Wrong options arrive weighted 0 %, so ticking`,
          '   every box earns full marks. In the question bank, edit each question below and set every',
          "   wrong choice's grade to the value given (the right choices already share 100 %), or import",
          '   the GIFT bank (exports/gift/), which carries these weights, and build the quizzes from it:',
          ...penalties,
        ]
      : []),
    `${multipleCount > 0 ? 4 : 3}. Importing a newer version. Restoring a cartridge into a course that already holds`,
    '   it adds every link, quiz and question a second time (Moodle matches nothing on re-import). To',
    '   replace, restore into a new course, or choose "Delete the contents of this course and then',
    '   restore" (this also deletes attempts and grades), then repeat the steps above.',
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
function wrapLines(text: string, width = 96, indent = '  '): string[] {
  const lines: string[] = [];
  const lead = /^ */.exec(text)?.[0] ?? '';
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    if (line.trim() && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = line.trim() ? `${line} ${word}` : `${line}${word}`;
  }
  return line ? [...lines, line] : lines;
}
