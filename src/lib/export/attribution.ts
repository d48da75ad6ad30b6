// The course's licence and the credit line that goes with it: one wording for the site's footer,
// the GIFT banks and the cartridges, so a copy of any of them says whose it is and what may be done.

export const CONTENT_LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const CODE_LICENCE = { name: 'MIT', url: 'https://opensource.org/license/mit' } as const;

export const COURSE_CREATORS = 'the One Voice contributors';

/** '"One Voice" by the One Voice contributors, licensed under CC BY 4.0 (https://…/by/4.0/).' */
export function attributionLine(courseTitle: string): string {
  return (
    `"${courseTitle}" by ${COURSE_CREATORS}, licensed under ${CONTENT_LICENCE.name} ` +
    `(${CONTENT_LICENCE.title}, ${CONTENT_LICENCE.url}).`
  );
}

/** What an instructor may do with an export and what they must keep, in one sentence. */
export const REUSE_TERMS =
  'You may copy, adapt and redistribute it, also commercially, if you credit the course, link the licence ' +
  'and say what you changed.';
