// The LMS the SCORM specs play a package in: scorm-again's Scorm12API on a parent page
// (window.API), the package's launch page in an iframe, served from the built zip as an LMS would
// unpack it. The run-time's data is kept in sessionStorage on every commit, as an LMS keeps it in its
// database, and loaded back (entry "resume") when the page is opened again. Every request that is
// not to the LMS or the package is recorded, so a spec can show the package fetches nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Frame, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

export const LMS = 'http://lms.test';

const scormAgent = readFileSync(join(process.cwd(), 'node_modules/scorm-again/dist/scorm12.min.js'), 'utf8');

export interface BuiltPackage {
  files: Record<string, Uint8Array>;
  /** The launch page's JSON (the quiz, or the exam and its pools). */
  data: unknown;
}

/** A zip the build wrote to dist/exports/scorm/. */
export function builtPackage(name: string): BuiltPackage {
  const files = unzipSync(readFileSync(join(process.cwd(), `dist/exports/scorm/${name}.zip`)));
  const html = strFromU8(files['index.html']!);
  const data = JSON.parse(/<script type="application\/json" id="scorm-data">(.*?)<\/script>/s.exec(html)![1]!);
  return { files, data };
}

const lmsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 4 });
  const saved = sessionStorage.getItem('cmi');
  if (saved) window.API.loadFromJSON(JSON.parse(saved));
  window.commits = 0;
  window.API.on('LMSCommit', () => {
    window.commits++;
    const api = window.API;
    sessionStorage.setItem('cmi', JSON.stringify({
      suspend_data: api.LMSGetValue('cmi.suspend_data'),
      core: { entry: 'resume', lesson_status: api.LMSGetValue('cmi.core.lesson_status'),
        score: { raw: api.LMSGetValue('cmi.core.score.raw'), min: '0', max: '100' } },
    }));
  });
</script></head><body><h1>LMS</h1><iframe title="Course activity" src="/pkg/index.html" style="width:100%;height:90vh"></iframe></body></html>`;

const contentType = (path: string) =>
  ({ html: 'text/html', js: 'text/javascript', css: 'text/css' })[path.split('.').pop()!] ?? 'text/plain';

/** Serves the LMS page at LMS/ and the package under LMS/pkg/; returns the requests to anywhere else. */
export async function serveLms(page: Page, pkg: BuiltPackage): Promise<string[]> {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${LMS}/`) && !url.startsWith('data:') && !url.startsWith('about:')) outside.push(url);
  });
  await page.route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ body: lmsPage, contentType: 'text/html' });
    if (path === '/scorm12.js') return route.fulfill({ body: scormAgent, contentType: 'text/javascript' });
    const file = pkg.files[path.replace(/^\/pkg\//, '')];
    if (!path.startsWith('/pkg/') || !file) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({ body: Buffer.from(file), contentType: `${contentType(path)}; charset=utf-8` });
  });
  return outside;
}

/** Serves the package alone at LMS/ (no API anywhere: practice mode). */
export async function servePackageAlone(page: Page, pkg: BuiltPackage) {
  await page.route(`${LMS}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = pkg.files[path.slice(1)];
    return file
      ? route.fulfill({ body: Buffer.from(file), contentType: contentType(path) })
      : route.fulfill({ status: 404 });
  });
}

/** A value from the LMS's run-time. */
export const cmi = (page: Page, element: string) =>
  page.evaluate((e) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(e), element);

/** Opens the LMS page and waits for `ready` inside the package's frame. */
export async function packageFrame(page: Page, ready: string): Promise<Frame> {
  await page.goto(`${LMS}/`);
  await expect(page.frameLocator('iframe').locator(ready)).toBeVisible({ timeout: 15_000 });
  return page.frames().find((f) => f.url().endsWith('/pkg/index.html'))!;
}
