// Students never see the articles the course was first written from, so student-facing text must not
// talk about them ("the source article", "garbled translation"...). These patterns catch that talk;
// a content test runs them over every lesson, glossary term, module, exercise, quiz and page.

/** Phrases that only make sense to someone who has read the course's own source material. */
export const SOURCE_TALK_PATTERNS: readonly RegExp[] = [
  /\bsource[- ]articles?\b/i,
  /\bour (?:own )?sources?\b/i,
  /\bthe (?:course's|course’s) (?:own )?sources?\b/i,
  /\bsources? (?:behind|of) this course\b/i,
  /\bthis course was (?:built|written|made) from\b/i,
  /\bgarbl(?:e|ed|es|ing)\b/i,
  /\bmachine[- ]translat/i,
  /\bmistranslat/i,
  /\btranslation (?:errors?|mistakes?|slips?|artefacts?|artifacts?)\b/i,
  /\bseed (?:articles?|files?|texts?)\b/i,
];

export interface SourceTalkHit {
  /** 1-based line number in the text. */
  line: number;
  /** The phrase as it appears in the text. */
  phrase: string;
}

/** Every place in `text` where it talks about source material the student cannot see. */
export function findSourceTalk(text: string): SourceTalkHit[] {
  const hits: SourceTalkHit[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const pattern of SOURCE_TALK_PATTERNS) {
      const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const match of lineText.matchAll(global)) hits.push({ line: index + 1, phrase: match[0] });
    }
  });
  return hits;
}
