// Lists the pages of a build from its output folder, so page-wide checks cover every page
// that exists rather than a hand-kept list.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function builtPagePaths(dist = 'dist'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );
  return walk(dist)
    .map((file) => '/' + relative(dist, file).split('\\').join('/'))
    .filter((path) => !path.startsWith('/pagefind/'))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}
