// The accessibility conformance report: every WCAG 2.2 level A and AA success criterion, how the site
// meets it and which tests show it. /accessibility/ renders this table in the VPAT 2.5 layout, and
// tests/unit/accessibility/conformance.test.ts reads the same rows: every criterion is present once,
// every test named here exists, so the statement cannot drift from what is checked.

export type Level = 'A' | 'AA';
/** The conformance terms of the VPAT 2.5 template. */
export type Conformance = 'Supports' | 'Partially Supports' | 'Does Not Support' | 'Not Applicable';

export interface TestReference {
  /** Repository path of the test (or checking script). */
  file: string;
  /** The test's title (or a distinctive part of it), as written in that file. */
  title: string;
}

export interface CriterionRow {
  id: string;
  name: string;
  level: Level;
  conformance: Conformance;
  remarks: string;
  tests: TestReference[];
}

export const STANDARD = 'WCAG 2.2 level AA';
export const REPORT_DATE = '2026-12-02';

const t = (file: string, title: string): TestReference => ({ file: `tests/e2e/${file}`, title });
const AXE = t('a11y.spec.ts', 'no axe violations, console errors or CSP violations');
const NU = { file: 'scripts/check-html.mjs', title: 'Nu Html Checker' };
const JOURNEY = t('journey.spec.ts', 'a learner reads a lesson, answers its quiz by keyboard');
const QUIZ_ENTER = t('quiz-keyboard.spec.ts', 'Enter on a focused option chooses nothing else');
const QUIZ_FOCUS = t('quiz-keyboard.spec.ts', 'focus goes to the first question to answer after retry and restart');
const QUIZ_EMPTY = t('quiz-keyboard.spec.ts', 'checking with nothing answered says so and records no attempt');
const ORDERING = t('exercises-ordering.spec.ts', 'keyboard play, feedback names misplaced items');
const DRAG = t('exercises-ordering.spec.ts', 'funnel-order: an item can also be dragged');
const SORTING = t('exercises-sorting.spec.ts', 'keyboard play with per-item feedback');
const GOALS = t('exercises-goal-picker.spec.ts', 'the goal picker is playable by keyboard');
const PLAN_STEPS = t('exercises-plan-builder.spec.ts', 'moves between steps by keyboard');
const BUILDER = t('instructors.spec.ts', 'an instructor builds a link with the keyboard');
const MATCHING = t('quiz-kinds.spec.ts', 'a matching question is answered with one list per item, by keyboard');
const NUMERIC_INVALID = t('quiz-kinds.spec.ts', 'text that is not a number is flagged before checking');
const DIAGRAM_NAMES = t('diagrams.spec.ts', 'each diagram is an image with its title as name and its description');
const DIAGRAM_CONTRAST = t('diagrams.spec.ts', 'readable in the light and dark themes: axe and text contrast');
const SKIP = t('assignment-receipts.spec.ts', 'the skip link moves focus to the content');
const COPY_STATUS = t('instructors-a11y.spec.ts', 'says so in a live region');
const STORAGE_FULL = t('storage-full.spec.ts', 'plan builder with storage full: says the save failed');
const REFUSED = t('progress-move.spec.ts', 'a foreign file and a damaged link are refused with the reason');
const CONFIRM = t('progress-move.spec.ts', 'merged on confirmation');
const SEARCH = t('site.spec.ts', 'search finds a lesson by a word that appears only in its body');
const MODULES = t('progress-move.spec.ts', '/modules/ lists every module with its lessons');
const SIDEBAR = t('site.spec.ts', 'the sidebar lists only the current module');
const REFLOW = t('accessibility.spec.ts', 'reflows at 320 CSS pixels without sideways scrolling');
const ZOOM = t('accessibility.spec.ts', 'text at 200% reflows without sideways scrolling');
const SPACING = t('accessibility.spec.ts', 'text spacing raised to the WCAG 1.4.12 values hides no text');
const TITLES = t('accessibility.spec.ts', 'every page has a unique title and declares its language');
const FOCUS_RING = t('accessibility.spec.ts', 'every control reached by Tab shows a focus indicator');
const FOCUS_OBSCURED = t('accessibility.spec.ts', 'the bottom bar never hides the control that has focus');
const REPORT_LINK = t('repository-links.spec.ts', 'every lesson links to its own source file and to a prefilled issue');

const NO_MEDIA = 'The course has no audio or video: lessons are text, tables and drawn diagrams.';

export const CRITERIA: CriterionRow[] = [
  {
    id: '1.1.1',
    name: 'Non-text Content',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Every diagram is an SVG image named by its title and described by a text that says what it shows; the home illustration has a text alternative; decorative icons are hidden from assistive technology.',
    tests: [DIAGRAM_NAMES, AXE],
  },
  {
    id: '1.2.1',
    name: 'Audio-only and Video-only (Prerecorded)',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: NO_MEDIA,
    tests: [],
  },
  {
    id: '1.2.2',
    name: 'Captions (Prerecorded)',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: NO_MEDIA,
    tests: [],
  },
  {
    id: '1.2.3',
    name: 'Audio Description or Media Alternative (Prerecorded)',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: NO_MEDIA,
    tests: [],
  },
  { id: '1.2.4', name: 'Captions (Live)', level: 'AA', conformance: 'Not Applicable', remarks: NO_MEDIA, tests: [] },
  {
    id: '1.2.5',
    name: 'Audio Description (Prerecorded)',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: NO_MEDIA,
    tests: [],
  },
  {
    id: '1.3.1',
    name: 'Info and Relationships',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Headings, lists, tables with header cells, fieldsets with legends for every question and exercise, and landmarks are real HTML elements, validated on every page.',
    tests: [AXE, NU],
  },
  {
    id: '1.3.2',
    name: 'Meaningful Sequence',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'The reading order of the source is the visual order; the sidebar and "On this page" list come before or after the lesson, never inside it.',
    tests: [AXE, JOURNEY],
  },
  {
    id: '1.3.3',
    name: 'Sensory Characteristics',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Instructions name controls by their label ("Check answers"), never by colour, shape or position alone.',
    tests: [JOURNEY],
  },
  {
    id: '1.3.4',
    name: 'Orientation',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'No page or manifest locks the orientation; every page works in portrait and landscape.',
    tests: [REFLOW],
  },
  {
    id: '1.3.5',
    name: 'Identify Input Purpose',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks:
      'No field asks for information about the user (name, e-mail, address): fields hold answers, plans and receipt links.',
    tests: [],
  },
  {
    id: '1.4.1',
    name: 'Use of Color',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Checked answers say "Your choice: correct." or "Your choice: not correct." and carry a mark as well as a colour; links in text are underlined.',
    tests: [JOURNEY, AXE],
  },
  {
    id: '1.4.2',
    name: 'Audio Control',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: 'Nothing on the site plays sound.',
    tests: [],
  },
  {
    id: '1.4.3',
    name: 'Contrast (Minimum)',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Text contrast is checked by axe on every page in the light and the dark theme, diagrams included.',
    tests: [AXE, DIAGRAM_CONTRAST],
  },
  {
    id: '1.4.4',
    name: 'Resize Text',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Sizes are in rem; at 200% text size pages reflow without losing content or scrolling sideways.',
    tests: [ZOOM],
  },
  {
    id: '1.4.5',
    name: 'Images of Text',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Diagrams draw their words as SVG text, which scales and is themed; no text is a bitmap.',
    tests: [DIAGRAM_NAMES],
  },
  {
    id: '1.4.10',
    name: 'Reflow',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      'Every page type reads at 320 CSS pixels without scrolling in two directions; wide tables scroll inside their own box, which WCAG allows for data tables.',
    tests: [REFLOW],
  },
  {
    id: '1.4.11',
    name: 'Non-text Contrast',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      "Borders of inputs, option cards and buttons and the focus ring use the theme's strong border and focus colours (at least 3:1 in both themes).",
    tests: [AXE, FOCUS_RING],
  },
  {
    id: '1.4.12',
    name: 'Text Spacing',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'With line height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing 0.16 nothing is cut off.',
    tests: [SPACING],
  },
  {
    id: '1.4.13',
    name: 'Content on Hover or Focus',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: 'Nothing appears on hover or focus: explanations and answers open on a click or a key press.',
    tests: [],
  },
  {
    id: '2.1.1',
    name: 'Keyboard',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Every quiz kind, every exercise, the plan builder, the assignment builder, the class report and progress transfer are driven by keyboard alone in the tests.',
    tests: [JOURNEY, MATCHING, ORDERING, SORTING, GOALS, PLAN_STEPS, BUILDER],
  },
  {
    id: '2.1.2',
    name: 'No Keyboard Trap',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Focus always moves on with Tab; Enter on an option chooses it and never submits the quiz.',
    tests: [QUIZ_ENTER, FOCUS_RING],
  },
  {
    id: '2.1.4',
    name: 'Character Key Shortcuts',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: 'The site defines no single-key shortcuts (Escape in the glossary filter only acts inside the field).',
    tests: [],
  },
  {
    id: '2.2.1',
    name: 'Timing Adjustable',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: 'No quiz, exam or exercise has a time limit, and nothing times out.',
    tests: [],
  },
  {
    id: '2.2.2',
    name: 'Pause, Stop, Hide',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: 'Nothing moves, blinks, scrolls or updates by itself.',
    tests: [],
  },
  {
    id: '2.3.1',
    name: 'Three Flashes or Below Threshold',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: 'Nothing on the site flashes or blinks.',
    tests: [],
  },
  {
    id: '2.4.1',
    name: 'Bypass Blocks',
    level: 'A',
    conformance: 'Supports',
    remarks: 'A "Skip to content" link is the first stop on every page and moves focus into the main content.',
    tests: [SKIP],
  },
  {
    id: '2.4.2',
    name: 'Page Titled',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Every page has its own title, naming the lesson, module or tool and the course.',
    tests: [TITLES],
  },
  {
    id: '2.4.3',
    name: 'Focus Order',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Focus follows the reading order; after "Retry the ones I missed", "Start again" or "Show all answers" focus moves to the first question concerned.',
    tests: [QUIZ_FOCUS, FOCUS_RING],
  },
  {
    id: '2.4.4',
    name: 'Link Purpose (In Context)',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Links name their destination (lesson and module titles, "Edit this page"); axe checks that every link has a name.',
    tests: [AXE],
  },
  {
    id: '2.4.5',
    name: 'Multiple Ways',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Pages are reached through the sidebar, the modules index, search, the glossary and previous/next links.',
    tests: [SEARCH, MODULES, SIDEBAR],
  },
  {
    id: '2.4.6',
    name: 'Headings and Labels',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Headings describe their section; every field and question group has a visible label or legend.',
    tests: [AXE],
  },
  {
    id: '2.4.7',
    name: 'Focus Visible',
    level: 'AA',
    conformance: 'Supports',
    remarks: "Every focusable control shows the site's focus ring in both themes.",
    tests: [FOCUS_RING],
  },
  {
    id: '2.4.11',
    name: 'Focus Not Obscured (Minimum)',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      "The assignment builder's bar at the bottom of a phone screen is the one sticky element over content; the page keeps room for it, so it never covers the control that has focus.",
    tests: [FOCUS_OBSCURED],
  },
  {
    id: '2.5.1',
    name: 'Pointer Gestures',
    level: 'A',
    conformance: 'Supports',
    remarks: 'No action needs a path-based or multi-finger gesture; everything works with a single tap or click.',
    tests: [ORDERING],
  },
  {
    id: '2.5.2',
    name: 'Pointer Cancellation',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Buttons and links act on release (native elements); a drag dropped outside the list changes nothing.',
    tests: [DRAG],
  },
  {
    id: '2.5.3',
    name: 'Label in Name',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Accessible names begin with the visible label; axe checks it.',
    tests: [AXE],
  },
  {
    id: '2.5.4',
    name: 'Motion Actuation',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: 'Nothing responds to shaking or tilting the device.',
    tests: [],
  },
  {
    id: '2.5.7',
    name: 'Dragging Movements',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'The ordering exercises can be dragged, and every move is also a "Move up" / "Move down" button.',
    tests: [ORDERING, DRAG],
  },
  {
    id: '2.5.8',
    name: 'Target Size (Minimum)',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      "Targets are at least 24 by 24 CSS pixels or spaced to that size; axe's target-size rule runs on every page.",
    tests: [AXE],
  },
  {
    id: '3.1.1',
    name: 'Language of Page',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Every page declares lang="en".',
    tests: [TITLES, NU],
  },
  {
    id: '3.1.2',
    name: 'Language of Parts',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: 'The course is written in English throughout; brand names and terms of art need no language of their own.',
    tests: [],
  },
  {
    id: '3.2.1',
    name: 'On Focus',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Focusing a control never changes the page, submits or moves focus elsewhere.',
    tests: [FOCUS_RING],
  },
  {
    id: '3.2.2',
    name: 'On Input',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Choosing an option or typing changes nothing else until the learner presses a button.',
    tests: [QUIZ_ENTER],
  },
  {
    id: '3.2.3',
    name: 'Consistent Navigation',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'The header, sidebar and footer are the same component on every page, in the same order.',
    tests: [SIDEBAR],
  },
  {
    id: '3.2.4',
    name: 'Consistent Identification',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      'Controls with the same job carry the same label across quizzes and exercises ("Check answers", "Start again").',
    tests: [JOURNEY, ORDERING],
  },
  {
    id: '3.2.6',
    name: 'Consistent Help',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'On a copy built from a repository, "Report a problem" sits in the same place at the end of every lesson; the footer links are the same on every page.',
    tests: [REPORT_LINK],
  },
  {
    id: '3.3.1',
    name: 'Error Identification',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'A figure that is not a number, a quiz checked with nothing answered, and a file or link that cannot be read are each named in text, next to the field or in a live region.',
    tests: [NUMERIC_INVALID, QUIZ_EMPTY, REFUSED],
  },
  {
    id: '3.3.2',
    name: 'Labels or Instructions',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Each question says how many answers to choose; each exercise starts with what to do; fields have labels.',
    tests: [AXE, MATCHING],
  },
  {
    id: '3.3.3',
    name: 'Error Suggestion',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      'Messages say what to do next: how to write the number, what the receipt or file needs, where the saved copy is.',
    tests: [NUMERIC_INVALID, REFUSED, STORAGE_FULL],
  },
  {
    id: '3.3.4',
    name: 'Error Prevention (Legal, Financial, Data)',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      "The site handles no legal or financial data. For the learner's own record, restoring or moving progress shows a preview and asks before it merges or replaces; nothing is overwritten without asking.",
    tests: [CONFIRM],
  },
  {
    id: '3.3.7',
    name: 'Redundant Entry',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Nothing is asked twice: answers and plans are kept as typed, across steps and reloads.',
    tests: [JOURNEY, STORAGE_FULL],
  },
  {
    id: '3.3.8',
    name: 'Accessible Authentication (Minimum)',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: 'There are no accounts and no sign-in.',
    tests: [],
  },
  {
    id: '4.1.2',
    name: 'Name, Role, Value',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Controls are native HTML (buttons, radios, checkboxes, selects, disclosures), so their name, role and state reach assistive technology; the markup validates.',
    tests: [AXE, NU],
  },
  {
    id: '4.1.3',
    name: 'Status Messages',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Scores, save outcomes, copy results and search result counts are announced through live regions.',
    tests: [COPY_STATUS, STORAGE_FULL],
  },
];

/** What the tests cannot show, said plainly. */
export const KNOWN_LIMITATIONS: string[] = [
  'The checks are automated (axe on every page in both themes, the Nu Html Checker, scripted keyboard journeys). No person has yet audited the course with a screen reader (NVDA, JAWS, VoiceOver); reports from screen-reader users are welcome.',
  'Quizzes, exercises, exams, search and the progress page need JavaScript. Without it every lesson, diagram, glossary entry and printable answer key can still be read, and each interactive part says that it needs JavaScript.',
  'Files imported into an LMS (GIFT, Common Cartridge, SCORM) are shown by the LMS, whose own accessibility applies.',
  'Diagrams are drawn for reading, not for exploring: their text alternative gives what they show, but their parts cannot be navigated one by one.',
];
