// Moodle GIFT question banks: one `$CATEGORY` per module, every quiz question of the module in it.
// Texts are plain ([plain]) so Moodle shows them exactly as written, never as HTML.
import type { Question } from '../../schemas/quiz';
import { moduleQuizzes } from '../content/course';
import type { ExportCourse, ExportModule, ExportQuiz } from './export-course';
import { escapeGiftText, giftCategorySegment } from './gift-text';
import { authoringOf } from '../quiz/kinds/authoring';
import { attributionLine, REUSE_TERMS } from './attribution';
import { stemParagraphs } from '../quiz/question-units';

const ROOT_CATEGORY = '$course$/top';

/** The question bank of the whole course: every module's category in course order. */
export function courseToGift(course: ExportCourse): string {
  return giftFile(course, course.modules);
}

/** The question bank of one module, in its own category under the course's. */
export function moduleToGift(course: ExportCourse, module: ExportModule): string {
  return giftFile(course, [module]);
}

function giftFile(course: ExportCourse, modules: ExportModule[]): string {
  const header = [
    `// ${oneLineComment(course.title)}: Moodle GIFT question bank (UTF-8).`,
    '// Import in Moodle: Question bank > Import > GIFT format; categories are created from the file.',
    `// ${oneLineComment(attributionLine(course.title))}`,
    `// ${REUSE_TERMS}`,
  ].join('\n');
  const blocks = modules.flatMap((module) => [
    `$CATEGORY: ${ROOT_CATEGORY}/${giftCategorySegment(course.title)}/${giftCategorySegment(moduleCategoryName(module))}`,
    ...moduleQuizzes(module).flatMap(({ quiz }) => quiz.questions.map((question) => questionToGift(quiz, question))),
  ]);
  // A blank line ends each question (and the category line) in GIFT.
  return `${[header, ...blocks].join('\n\n')}\n`;
}

/** A GIFT comment runs to the end of its line, so a title cannot break out of it. */
const oneLineComment = (text: string) => text.replace(/\s+/g, ' ');

export function moduleCategoryName(module: ExportModule): string {
  return `Module ${module.number} - ${module.title}`;
}

/** The question's name in the bank: stable ids, so a re-import can be matched by name. */
export function giftQuestionName(quiz: ExportQuiz, question: Question): string {
  return `${quiz.id}/${question.id}`;
}

/**
 * GIFT has no case sets: an item of a case carries the case's title and scenario before its own
 * stem (GIFT text is one paragraph, so they run on as sentences), so each item reads on its own.
 */
export function giftStem(quiz: ExportQuiz, question: Question): string {
  return stemParagraphs(quiz, question)
    .map((paragraph, i, all) => (i < all.length - 1 && !/[.!?:]$/.test(paragraph) ? `${paragraph}.` : paragraph))
    .join(' ');
}

export function questionToGift(quiz: ExportQuiz, question: Question): string {
  const head = `::${escapeGiftText(giftQuestionName(quiz, question))}::[plain]${escapeGiftText(giftStem(quiz, question))}`;
  const general = `\t####${escapeGiftText(question.explanation)}`;
  return [head + ' {', ...authoringOf(question).giftAnswerLines(question), general, '}'].join('\n');
}
