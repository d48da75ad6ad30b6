// One quiz as a QTI 1.2 assessment in the Common Cartridge 1.1 profile.
// The response processing follows the layout Moodle's importer reads correctly (it scores an option
// from the last respcondition naming it, and glues the feedback of every continue="Yes" condition into
// the general feedback): general feedback from an <other/> condition with continue="Yes",
// then one continue="No" condition per option that sets SCORE and shows that option's feedback.
import type { Question } from '../../../schemas/quiz';
import { questionOptions, type ChoiceOption } from '../../quiz/kinds';
import { authoringOf } from '../../quiz/kinds/authoring';
import type { ExportQuiz } from '../export-course';
import { escapeXml, oneLine, plainTextAsHtml } from '../xml-text';
import { stemParagraphs } from '../../quiz/question-units';

const RESPONSE_ID = 'response1';
const GENERAL_FEEDBACK_ID = 'general_fb';

/** Options as the profile sees them; true/false options are idents `true` and `false` exactly (the kind's own). */
type Choice = ChoiceOption;

const mattext = (text: string) => `<mattext texttype="text/html">${escapeXml(plainTextAsHtml(text.trim()))}</mattext>`;
/** Several plain paragraphs as one HTML mattext (a case's title and scenario, then the stem). */
const paragraphsMattext = (paragraphs: readonly string[]) =>
  paragraphs.length === 1
    ? mattext(paragraphs[0]!)
    : `<mattext texttype="text/html">${escapeXml(paragraphs.map((p) => `<p>${plainTextAsHtml(p.trim())}</p>`).join(''))}</mattext>`;
const metadataField = (label: string, entry: string) =>
  `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>`;
const feedbackIdent = (choice: Choice) => `${choice.id}_fb`;

export function itemIdent(quiz: ExportQuiz, question: Question): string {
  return `Q-${quiz.id}-${question.id}`;
}

/** Whether the CC 1.1 profile can carry the question's kind (the kind's authoring half says why not). */
export const carriedInCartridge = (question: Question) => !('omitted' in authoringOf(question).qti);

/** The questions the cartridge leaves out, with the reason the readme gives. */
export function omittedFromCartridge(quiz: ExportQuiz): { question: Question; reason: string }[] {
  return quiz.questions.flatMap((question) => {
    const { qti } = authoringOf(question);
    return 'omitted' in qti ? [{ question, reason: qti.omitted }] : [];
  });
}

function itemXml(quiz: ExportQuiz, question: Question): string {
  const { qti } = authoringOf(question);
  // A kind the profile cannot carry is left out with a note (listed in the cartridge's README.txt).
  if ('omitted' in qti) return `      <!-- ${escapeXml(`${quiz.id}/${question.id}`)} left out: see README.txt -->`;
  const choices = questionOptions(question);
  const caseAttribute = qti.caseAttribute ? ' case="Yes"' : '';
  const lines = [
    `      <item ident="${escapeXml(itemIdent(quiz, question))}" title="${escapeXml(`${quiz.id}/${question.id}`)}">`,
    `        <itemmetadata><qtimetadata>${metadataField('cc_profile', qti.profile)}</qtimetadata></itemmetadata>`,
    '        <presentation>',
    // The profile has no case sets: a case's scenario travels in the material of each of its items.
    `          <material>${paragraphsMattext(stemParagraphs(quiz, question))}</material>`,
    `          <response_lid ident="${RESPONSE_ID}" rcardinality="${qti.cardinality}">`,
    '            <render_choice>',
    ...choices.map(
      (choice) =>
        `              <response_label ident="${escapeXml(choice.id)}"><material>${mattext(choice.text)}</material></response_label>`,
    ),
    '            </render_choice>',
    '          </response_lid>',
    '        </presentation>',
    '        <resprocessing>',
    '          <outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>',
    '          <respcondition continue="Yes">',
    '            <conditionvar><other/></conditionvar>',
    `            <displayfeedback feedbacktype="Response" linkrefid="${GENERAL_FEEDBACK_ID}"/>`,
    '          </respcondition>',
    ...choices.flatMap((choice) => [
      '          <respcondition continue="No">',
      `            <conditionvar><varequal respident="${RESPONSE_ID}"${caseAttribute}>${escapeXml(choice.id)}</varequal></conditionvar>`,
      `            <setvar action="Set" varname="SCORE">${choice.correct ? 100 : 0}</setvar>`,
      `            <displayfeedback feedbacktype="Response" linkrefid="${escapeXml(feedbackIdent(choice))}"/>`,
      '          </respcondition>',
    ]),
    '        </resprocessing>',
    feedbackXml(GENERAL_FEEDBACK_ID, question.explanation),
    ...choices.map((choice) => feedbackXml(feedbackIdent(choice), choice.feedback)),
    '      </item>',
  ];
  return lines.join('\n');
}

function feedbackXml(ident: string, text: string): string {
  return `        <itemfeedback ident="${escapeXml(ident)}"><flow_mat><material>${mattext(text)}</material></flow_mat></itemfeedback>`;
}

export function assessmentXml(quiz: ExportQuiz): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">',
    `  <assessment ident="A-${escapeXml(quiz.id)}" title="${escapeXml(oneLine(quiz.title))}">`,
    '    <qtimetadata>',
    `      ${metadataField('cc_profile', 'cc.exam.v0p1')}`,
    `      ${metadataField('qmd_assessmenttype', 'Examination')}`,
    `      ${metadataField('cc_maxattempts', 'unlimited')}`,
    '    </qtimetadata>',
    `    <section ident="S-${escapeXml(quiz.id)}">`,
    ...quiz.questions.map((question) => itemXml(quiz, question)),
    '    </section>',
    '  </assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
}
