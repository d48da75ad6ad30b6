import { describe, expect, it } from 'vitest';
import { scopeHtml } from '../../../src/lib/print/scope-html';

const scope = (html: string, shift = 1) => scopeHtml(html, { prefix: 'lesson-a', shift });

describe('scopeHtml', () => {
  it('prefixes every id and every reference to one', () => {
    const html =
      '<section aria-labelledby="key-takeaways"><h2 id="key-takeaways">Key takeaways</h2>' +
      '<label for="x">X</label><input id="x" aria-describedby="hint other"><a href="#key-takeaways">up</a></section>';
    expect(scope(html)).toBe(
      '<section aria-labelledby="lesson-a-key-takeaways"><h3 id="lesson-a-key-takeaways">Key takeaways</h3>' +
        '<label for="lesson-a-x">X</label><input id="lesson-a-x" aria-describedby="lesson-a-hint lesson-a-other">' +
        '<a href="#lesson-a-key-takeaways">up</a></section>',
    );
  });

  it('leaves links to other pages and their fragments alone', () => {
    const html = '<a href="/glossary/#touchpoint">t</a><a href="https://example.org/#x">e</a>';
    expect(scope(html)).toBe(html);
  });

  it('prefixes SVG references', () => {
    const html =
      '<svg><defs><marker id="arrow"></marker></defs><path marker-end="url(#arrow)"></path><use href="#arrow"></use></svg>';
    expect(scope(html)).toBe(
      '<svg><defs><marker id="lesson-a-arrow"></marker></defs><path marker-end="url(#lesson-a-arrow)"></path>' +
        '<use href="#lesson-a-arrow"></use></svg>',
    );
  });

  it('moves headings down, opening and closing tags alike, never past h6', () => {
    expect(scope('<h1 class="t">A</h1><h2>B</h2><h5>C</h5><h6>D</h6>', 2)).toBe(
      '<h3 class="t">A</h3><h4>B</h4><h6>C</h6><h6>D</h6>',
    );
    expect(scope('<h2>B</h2>', 0)).toBe('<h2>B</h2>');
  });

  it('does not touch text, or attributes that only look like ids', () => {
    const html = '<p data-id="x" title="id=&quot;y&quot;">id="z" and h2 and url(#q)</p><hr>';
    expect(scope(html)).toBe(html);
  });

  it('ids stay unique across two lessons scoped with different prefixes', () => {
    const lesson = '<h2 id="why">Why</h2>';
    const book = scopeHtml(lesson, { prefix: 'one', shift: 1 }) + scopeHtml(lesson, { prefix: 'two', shift: 1 });
    expect([...book.matchAll(/id="([^"]+)"/g)].map((m) => m[1])).toEqual(['one-why', 'two-why']);
  });

  it('refuses a prefix that is not a plain id and a shift that is not a whole number', () => {
    expect(() => scopeHtml('', { prefix: 'a b', shift: 1 })).toThrow(/prefix/);
    expect(() => scopeHtml('', { prefix: 'a', shift: -1 })).toThrow(/shift/);
  });
});
