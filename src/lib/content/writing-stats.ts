// How readable the lessons are, computed from their MDX source. Pure: the writing test and
// `npm run writing-report` share it (issue "Curriculum 2", part 7: Flesch reading ease around 60 for
// lessons, no formulaic patterns).
//
// Gates:
// - every lesson reads at Flesch reading ease >= 45 (plain English for a first-year student; a
//   lesson below that is dense enough to rewrite), and the course mean is 55-70;
// - the contrast formula "X, not Y" ("one voice, not one advert") appears at most 2 times per
//   1,000 words in a lesson: once is emphasis, a habit is a tic readers notice.
import { flesch } from 'flesch';
import { syllable } from 'syllable';
import { mdxBlocks } from './mdx-blocks';

export interface LessonText {
  lessonId: string;
  /** The MDX body (frontmatter removed). */
  body: string;
}

export interface LessonWriting {
  lessonId: string;
  words: number;
  sentences: number;
  readingEase: number;
  /** Sentences using the contrast formula, quoted so an author can find them. */
  contrasts: string[];
}

export interface WritingGate {
  name: string;
  value: string;
  limit: string;
  pass: boolean;
  /** Lessons to rewrite, with their figure. */
  offenders: string[];
}

export const MIN_LESSON_EASE = 45;
export const COURSE_EASE_RANGE = [55, 70] as const;
export const MAX_CONTRASTS_PER_1000_WORDS = 2;

/**
 * The prose a learner reads: paragraphs and list items, read by the same MDX reader the remix exports
 * use. Headings are not sentences and tables are lists of terms, so both are left out (they would
 * skew the score).
 */
export function lessonProse(body: string): string[] {
  return mdxBlocks(body).flatMap((block) =>
    block.kind === 'paragraph' || block.kind === 'bullet' || block.kind === 'numbered' ? [block.text] : [],
  );
}

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** Sentences of a block: a list item or a paragraph without a full stop still counts as one. */
function sentencesOf(block: string): string[] {
  return block.split(/(?<=[.!?])\s+(?=[A-Z"“(€$£0-9])/).filter((s) => /[a-z]/i.test(s));
}

/** ", not Y" and "not X but Y": the two shapes of the contrast formula. */
const CONTRAST = /,\s+not\s+(?:only\s+|just\s+)?\w|\bnot\s+\w+(?:\s+\w+){0,3},?\s+but\s+\w/i;

export function lessonWriting({ lessonId, body }: LessonText): LessonWriting {
  const sentences = lessonProse(body).flatMap(sentencesOf);
  const words = sentences.flatMap((s) => s.match(WORD) ?? []);
  const syllables = words.reduce((sum, w) => sum + syllable(w), 0);
  const readingEase =
    words.length === 0 ? 0 : flesch({ sentence: sentences.length, word: words.length, syllable: syllables });
  return {
    lessonId,
    words: words.length,
    sentences: sentences.length,
    readingEase: Math.round(readingEase * 10) / 10,
    contrasts: sentences.filter((s) => CONTRAST.test(s)),
  };
}

export function writingGates(lessons: LessonText[]): WritingGate[] {
  const stats = lessons.map(lessonWriting);
  const mean = stats.reduce((sum, s) => sum + s.readingEase, 0) / (stats.length || 1);
  const dense = stats.filter((s) => s.readingEase < MIN_LESSON_EASE);
  const tics = stats.filter((s) => (s.contrasts.length * 1000) / (s.words || 1) > MAX_CONTRASTS_PER_1000_WORDS);
  const [low, high] = COURSE_EASE_RANGE;
  return [
    {
      name: 'every lesson reads at Flesch reading ease of at least 45',
      value: `${dense.length} below`,
      limit: `>= ${MIN_LESSON_EASE}`,
      pass: dense.length === 0,
      offenders: dense.map((s) => `${s.lessonId}: ${s.readingEase}`),
    },
    {
      name: 'course mean reading ease is around 60',
      value: mean.toFixed(1),
      limit: `${low}-${high}`,
      pass: mean >= low && mean <= high,
      offenders: [],
    },
    {
      name: 'the "X, not Y" formula at most twice per 1,000 words',
      value: `${tics.length} lessons over`,
      limit: `<= ${MAX_CONTRASTS_PER_1000_WORDS} per 1,000 words`,
      pass: tics.length === 0,
      offenders: tics.map(
        (s) => `${s.lessonId} (${s.contrasts.length} in ${s.words} words): ${s.contrasts.join(' | ')}`,
      ),
    },
  ];
}

export function formatWritingReport(gates: WritingGate[]): string {
  return gates
    .map((g) =>
      [
        `${g.pass ? 'PASS' : 'FAIL'}  ${g.name}: ${g.value} (limit ${g.limit})`,
        ...g.offenders.map((o) => `      ${o}`),
      ].join('\n'),
    )
    .join('\n');
}
