import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, resultsSummary } from '../../../src/lib/search/excerpt';

describe('search excerpts', () => {
  it('splits at <mark> into plain and marked text', () => {
    expect(excerptParts('The <mark>Tannenbaum</mark> definition of <mark>IMC</mark>.')).toEqual([
      { text: 'The ', marked: false },
      { text: 'Tannenbaum', marked: true },
      { text: ' definition of ', marked: false },
      { text: 'IMC', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes entities to text and keeps any other tag as visible text, never markup', () => {
    expect(excerptParts('Sales &amp; &lt;b&gt;PR&lt;/b&gt; <img src=x>')).toEqual([
      { text: 'Sales & <b>PR</b> <img src=x>', marked: false },
    ]);
    expect(decodeEntities('&#8220;one&#x201D; &unknown; &#99999999;')).toBe('“one” &unknown; &#99999999;');
  });

  it('says how many results were found', () => {
    expect(resultsSummary(0, 'zzz')).toBe('No results for “zzz”.');
    expect(resultsSummary(1, 'imc')).toBe('1 result for “imc”.');
    expect(resultsSummary(3, 'imc')).toBe('3 results for “imc”.');
  });
});
