// The lesson diagrams as PNG pictures for the remix decks: each built lesson page that draws one is
// opened in Chromium (Playwright) and its <figure data-diagram> screenshotted, light theme, 2x.
// Best effort: without a build or a browser the decks name the diagrams in the speaker notes instead.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

/** Serves the build at its base path (BASE_PATH builds link /<base>/_astro/…). */
export function serve(outDir, base) {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (base && path.startsWith(base)) path = path.slice(base.length) || '/';
    let file = normalize(join(outDir, path));
    if (!file.startsWith(normalize(outDir))) return response.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Chromium for the remix: the system one (/usr/bin/chromium), Playwright's own, or an installed Google
 * Chrome (GitHub's runners have one). Undefined when none starts, so the remix still writes the rest.
 */
export async function launchBrowser() {
  const { chromium } = await import('@playwright/test');
  const tries = [
    existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : undefined,
    {},
    { channel: 'chrome' },
  ].filter(Boolean);
  for (const options of tries) {
    try {
      return await chromium.launch(options);
    } catch {
      // try the next browser
    }
  }
  return undefined;
}

/** The first built lesson page that draws each diagram, by name. */
function diagramPages(outDir) {
  const lessons = join(outDir, 'lessons');
  const pages = new Map();
  if (!existsSync(lessons)) return pages;
  for (const id of readdirSync(lessons).sort()) {
    const file = join(lessons, id, 'index.html');
    if (!existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/data-diagram="([^"]+)"/g))
      if (!pages.has(match[1])) pages.set(match[1], `lessons/${id}/`);
  }
  return pages;
}

export async function diagramImages(outDir) {
  const images = new Map();
  const pages = diagramPages(outDir);
  if (pages.size === 0) {
    console.warn('No built lesson pages with diagrams (run npm run build first): diagrams go to the notes.');
    return images;
  }
  let browser;
  let server;
  try {
    browser = await launchBrowser();
    if (!browser) throw new Error('no Chromium or Chrome found');
    const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
    server = await serve(outDir, base);
    const origin = `http://127.0.0.1:${server.address().port}${base}/`;
    const page = await browser.newPage({
      colorScheme: 'light',
      deviceScaleFactor: 2,
      viewport: { width: 900, height: 1200 },
    });
    for (const [name, path] of pages) {
      await page.goto(origin + path);
      const figure = page.locator(`figure[data-diagram="${name}"] svg`).first();
      const png = await figure.screenshot({ type: 'png', animations: 'disabled' });
      const box = await figure.boundingBox();
      const alt = (await figure.locator('title').first().textContent()) ?? name;
      images.set(name, {
        data: `image/png;base64,${png.toString('base64')}`,
        width: box.width,
        height: box.height,
        alt,
      });
    }
  } catch (error) {
    console.warn(`Diagrams not drawn (${error.message.split('\n')[0]}): they are named in the speaker notes.`);
  } finally {
    await browser?.close();
    server?.close();
  }
  return images;
}
