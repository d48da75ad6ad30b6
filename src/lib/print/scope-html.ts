// One printed book holds many lessons on one page. Each lesson was written as a page of its own: its
// headings start at h2 under the page's h1 and its ids ("key-takeaways", the MDX heading slugs) repeat
// from lesson to lesson. scopeHtml gives every id of one lesson a prefix (and every reference to one:
// in-page links, labels, ARIA and SVG url(#...) references) and moves its headings down a level, so
// the book stays valid HTML with one outline. It works on the HTML Astro renders from the course's own
// MDX: quoted attributes, no raw `>` inside a tag, no user-typed text.

export interface ScopeOptions {
  /** Put before every id, joined with a hyphen: "lesson-what-is-imc" makes "lesson-what-is-imc-key-takeaways". */
  prefix: string;
  /** Heading levels to move down (1: h2 becomes h3); a heading never goes past h6. */
  shift: number;
}

/** Attributes whose value is one id or a space-separated list of ids. */
const ID_LIST_ATTRIBUTES = [
  'id',
  'for',
  'headers',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
];
const ID_ATTRIBUTE = new RegExp(`(\\s(?:${ID_LIST_ATTRIBUTES.join('|')}))="([^"]*)"`, 'g');
const FRAGMENT_LINK = /(\s(?:href|xlink:href))="#([^"]+)"/g;
const URL_REFERENCE = /url\(#([^)"']+)\)/g;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^>]*)?)>/g;
const HEADING = /^h([1-6])$/i;

export function scopeHtml(html: string, { prefix, shift }: ScopeOptions): string {
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) throw new Error(`scopeHtml: prefix '${prefix}' is not a plain id`);
  if (!Number.isInteger(shift) || shift < 0)
    throw new Error(`scopeHtml: shift must be a whole number ≥ 0, not ${shift}`);
  const scoped = (id: string) => `${prefix}-${id}`;
  return html.replace(TAG, (_tag, slash: string, name: string, attributes: string) => {
    const level = HEADING.exec(name);
    const tagName = level ? `h${Math.min(6, Number(level[1]) + shift)}` : name;
    const rewritten = attributes
      .replace(ID_ATTRIBUTE, (_m, attribute: string, value: string) => {
        const ids = value.split(/\s+/).filter(Boolean).map(scoped);
        return `${attribute}="${ids.join(' ')}"`;
      })
      .replace(FRAGMENT_LINK, (_m, attribute: string, id: string) => `${attribute}="#${scoped(id)}"`)
      .replace(URL_REFERENCE, (_m, id: string) => `url(#${scoped(id)})`);
    return `<${slash}${tagName}${rewritten}>`;
  });
}
