import { describe, expect, it } from 'vitest';
import { tableLabel } from '../../../src/lib/content/table-label';

describe('tableLabel', () => {
  it('names a table after the header cells of its first row, as plain text', () => {
    const html =
      '<thead><tr><th>Approach</th><th style="text-align:left">What it <em>joins</em></th><th>Q&amp;A</th></tr></thead>' +
      '<tbody><tr><th>Row heading</th><td>x</td></tr></tbody>';
    expect(tableLabel(html)).toBe('Table: Approach, What it joins, Q&A');
  });

  it('falls back to "Table" when the first row has no header cells', () => {
    expect(tableLabel('<tbody><tr><td>x</td></tr></tbody>')).toBe('Table');
    expect(tableLabel('')).toBe('Table');
  });
});
