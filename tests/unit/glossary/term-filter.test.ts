import { describe, expect, it } from 'vitest';
import { entryMatches, foldForSearch, matchCountMessage } from '../../../src/lib/glossary/term-filter';

describe('glossary term filter', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('Café PRESSE')).toBe('cafe presse');
  });

  it('keeps every entry for an empty or blank query', () => {
    expect(entryMatches('Brand equity', '')).toBe(true);
    expect(entryMatches('Brand equity', '   ')).toBe(true);
  });

  it('needs every word of the query, in any order, anywhere in the text', () => {
    const text = 'Brand equity The value a brand name adds to a product';
    expect(entryMatches(text, 'equity')).toBe(true);
    expect(entryMatches(text, 'VALUE brand')).toBe(true);
    expect(entryMatches(text, 'brand budget')).toBe(false);
  });

  it('matches parts of words, so results appear while typing', () => {
    expect(entryMatches('Publicity', 'publ')).toBe(true);
  });

  it('announces all, some and none', () => {
    expect(matchCountMessage(120, 120, '')).toBe('All 120 terms shown.');
    expect(matchCountMessage(3, 120, 'brand')).toBe('3 of 120 terms match.');
    expect(matchCountMessage(0, 120, ' zebra ')).toBe('No terms match “zebra”.');
  });
});
