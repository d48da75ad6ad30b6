// A small static server for the offline test: serves one build under its base path, can stop and start
// again on the same port (the same origin, so the same service worker registration), and can serve a
// "rebuilt" site: the same files with another service worker version, without running a build.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** The service worker's config, as the build wrote it into dist/sw.js. */
export function workerConfig(dist: string): { version: string; cachePrefix: string; precache: string[] } {
  const source = readFileSync(join(dist, 'sw.js'), 'utf8');
  const json = /^const config = (.*);$/m.exec(source)?.[1];
  if (!json) throw new Error(`${dist}/sw.js has no config line`);
  return JSON.parse(json);
}

export interface BuildServer {
  origin: string;
  /** From now on, serve sw.js as a build of another version would (its version followed by `suffix`). */
  rebuild(suffix: string): void;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function serveBuild(dist: string, base: string): Promise<BuildServer> {
  const { version } = workerConfig(dist);
  let versionSuffix = '';
  let port = 0;
  let server: Server | undefined;

  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const file = normalize(join(dist, decodeURIComponent(pathname.slice(base.length))));
    if (!file.startsWith(normalize(dist))) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = join(file, 'index.html');
    return pathname.endsWith('/') && existsSync(index) ? index : undefined;
  };

  const listen = () =>
    new Promise<void>((resolve) => {
      const created = createServer((request, response) => {
        const { pathname } = new URL(request.url ?? '/', 'http://localhost');
        const file = fileFor(pathname);
        if (!file && !pathname.endsWith('/') && fileFor(`${pathname}/`)) {
          response.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
        const found = file ?? join(dist, '404.html');
        let body: Buffer | string = readFileSync(found);
        if (found === join(dist, 'sw.js') && versionSuffix)
          body = body.toString().replace(`"version":"${version}"`, `"version":"${version}${versionSuffix}"`);
        response.writeHead(file ? 200 : 404, {
          'content-type': TYPES[extname(found)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        response.end(body);
      });
      server = created;
      created.listen(port, '127.0.0.1', () => {
        port = (created.address() as AddressInfo).port;
        resolve();
      });
    });

  await listen();
  return {
    origin: `http://127.0.0.1:${port}`,
    rebuild(suffix) {
      versionSuffix = suffix;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server?.closeAllConnections();
        server?.close(() => resolve());
      }),
    start: listen,
  };
}
