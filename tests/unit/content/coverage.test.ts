// docs/coverage.md maps every concept of the source articles to a lesson; a listed lesson that
// does not exist fails here, so the map cannot drift from the course. Rows that do not follow the
// `| concept | source section | `lesson-id` |` format fail too, because a row the parser skipped
// would otherwise never be checked.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { courseContentDir, loadContentDir } from '../../helpers/load-content-dir';

interface CoverageRow {
  concept: string;
  section: string;
  lesson: string;
}

interface ParsedCoverage {
  rows: CoverageRow[];
  /** Table body lines that are not in the three-column format, as "line N: text". */
  malformed: string[];
}

const ROW = /^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*`([a-z][a-z0-9]*(?:-[a-z0-9]+)*)`\s*\|\s*$/;
const SEPARATOR = /^\|[\s:|-]+\|\s*$/;

function parseCoverage(markdown: string): ParsedCoverage {
  const rows: CoverageRow[] = [];
  const malformed: string[] = [];
  const lines = markdown.split('\n');
  lines.forEach((line, index) => {
    if (!line.startsWith('|') || SEPARATOR.test(line)) return;
    // A header row is the line directly above a separator line.
    if (SEPARATOR.test(lines[index + 1] ?? '')) return;
    const match = ROW.exec(line);
    if (match) rows.push({ concept: match[1]!, section: match[2]!, lesson: match[3]! });
    else malformed.push(`line ${index + 1}: ${line}`);
  });
  return { rows, malformed };
}

describe('parseCoverage', () => {
  const header = '| Concept | Source section | Lesson |\n|---|---|---|\n';
  it('reads concept, section and lesson id from a row', () => {
    expect(parseCoverage(`${header}| KPI families | 1.6 (seed 001) | \`kpis-by-objective\` |\n`)).toEqual({
      rows: [{ concept: 'KPI families', section: '1.6 (seed 001)', lesson: 'kpis-by-objective' }],
      malformed: [],
    });
  });
  it('reports a row whose lesson id is not in backticks or that has a column missing', () => {
    const { rows, malformed } = parseCoverage(
      `${header}| KPI families | 1.6 | kpis-by-objective |\n| Funnel | \`from-lead-to-customer\` |\n`,
    );
    expect(rows).toEqual([]);
    expect(malformed).toHaveLength(2);
  });
  it('finds no rows in a table with only a header', () => {
    expect(parseCoverage(header).rows).toEqual([]);
  });
});

const coverage = parseCoverage(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'coverage.md'), 'utf8'),
);
const lessonIds = new Set(loadContentDir(courseContentDir).content.lessons.map((l) => l.id));

describe('docs/coverage.md', () => {
  it('lists the concepts of the source articles (the table is not empty)', () => {
    expect(coverage.rows.length).toBeGreaterThanOrEqual(40);
  });
  it('writes every table row as | concept | source section | `lesson-id` |', () => {
    expect(coverage.malformed).toEqual([]);
  });
  it.each(coverage.rows)('$concept -> $lesson exists', ({ lesson }) => {
    expect(lessonIds.has(lesson), `content/lessons/*/${lesson}.mdx`).toBe(true);
  });
});
