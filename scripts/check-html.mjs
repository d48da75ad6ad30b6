#!/usr/bin/env node
// The W3C Nu Html Checker (vnu.jar from the vnu-jar package; needs Java 17 or newer on PATH) over every
// built page: `node scripts/check-html.mjs [dir ...]` (default: dist and dist-subpath, whichever exist).
// Fails on any error and on any warning not listed in KEPT_WARNINGS below with its reason. Plain "info"
// messages (such as "trailing slash on void elements has no effect") are advice, not findings.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** Warnings the site keeps, each with the reason it is not a fault of the page. */
export const KEPT_WARNINGS = [
  {
    pattern: /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script)/,
    why:
      "The checker reads the pages from disk, so 'self' matches no file: URL. The browser tests load the same " +
      'pages over HTTP and fail on any CSP violation (tests/e2e/page-guards.ts).',
  },
  {
    pattern: /^Inline style violates Content Security Policy \(meta tag\)/,
    why:
      "The checker drops an inline <style>'s trailing newline before hashing it, so Astro's correct hash does " +
      'not match (a <style>p{}\\n</style> probe with its own hash reproduces it). Chromium honours the hash in ' +
      'the browser tests, which fail on any CSP violation.',
  },
];

/**
 * Sorts the checker's messages into errors, warnings kept (by the index of their KEPT_WARNINGS entry)
 * and warnings nobody has justified.
 * @param {{ type: string, subType?: string, message: string, url?: string, lastLine?: number,
 *   firstColumn?: number, extract?: string }[]} messages
 */
export function classifyMessages(messages) {
  /** @type {typeof messages} */ const errors = [];
  /** @type {typeof messages} */ const unexpectedWarnings = [];
  const kept = KEPT_WARNINGS.map(() => 0);
  for (const message of messages) {
    if (message.type === 'error' || message.type === 'non-document-error') errors.push(message);
    else if (message.type === 'info' && message.subType === 'warning') {
      const index = KEPT_WARNINGS.findIndex((warning) => warning.pattern.test(message.message));
      if (index === -1) unexpectedWarnings.push(message);
      else kept[index]++;
    }
  }
  return { errors, unexpectedWarnings, kept };
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function main() {
  const requested = process.argv.slice(2);
  const dirs = requested.length > 0 ? requested : ['dist', 'dist-subpath'].filter((dir) => existsSync(dir));
  const missing = dirs.filter((dir) => !existsSync(dir));
  if (dirs.length === 0 || missing.length > 0) {
    console.error(`No build to check${missing.length ? `: ${missing.join(', ')} missing` : ''}. Run npm run build.`);
    return 1;
  }
  const files = dirs.flatMap(htmlFiles);
  if (files.length === 0) {
    console.error(`No HTML pages in ${dirs.join(', ')}.`);
    return 1;
  }
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) {
    console.error(`Cannot run java (${run.error.message}). Install Java 17+, e.g. Debian's openjdk-17-jre-headless.`);
    return 1;
  }
  /** @type {{ messages: Parameters<typeof classifyMessages>[0] }} */
  let report;
  try {
    report = JSON.parse(run.stderr); // vnu writes its JSON report to stderr
  } catch {
    console.error(`The checker gave no report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
    return 1;
  }
  const { errors, unexpectedWarnings, kept } = classifyMessages(report.messages);
  const where = (/** @type {(typeof errors)[number]} */ m) => {
    const file = m.url ? relative(process.cwd(), new URL(m.url).pathname) : '(no file)';
    return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}`;
  };
  for (const m of errors) console.log(`error   ${where(m)} ${m.message}\n        ${m.extract ?? ''}`);
  for (const m of unexpectedWarnings) console.log(`warning ${where(m)} ${m.message}\n        ${m.extract ?? ''}`);
  KEPT_WARNINGS.forEach((warning, i) => {
    if (kept[i]) console.log(`kept ${kept[i]} warning(s) matching ${warning.pattern}: ${warning.why}`);
  });
  const problems = errors.length + unexpectedWarnings.length;
  console.log(
    `Nu Html Checker: ${files.length} pages in ${dirs.join(', ')}, ${errors.length} errors, ` +
      `${unexpectedWarnings.length} unjustified warnings.`,
  );
  return problems === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main());
