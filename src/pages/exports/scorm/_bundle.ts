// The SCORM launch page's script and styles, bundled once per build with esbuild (Vite's own bundler
// dependency) from src/islands/scorm/launch.tsx: one self-contained file each, no chunks, so the
// package works from any folder an LMS unpacks it into.
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ScormBundle } from '../../../lib/scorm/package';

let bundle: Promise<ScormBundle> | undefined;

async function bundleOnce(): Promise<ScormBundle> {
  // The build runs from the project root (npm run build); the endpoint's own file moves when bundled.
  const entry = join(process.cwd(), 'src/islands/scorm/launch.tsx');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    outdir: 'scorm',
    logLevel: 'warning',
  });
  const text = (suffix: string) => {
    const file = result.outputFiles.find((f) => f.path.endsWith(suffix));
    if (!file) throw new Error(`[exports] the SCORM bundle has no ${suffix} output`);
    return file.text;
  };
  return { js: text('.js'), css: text('.css') };
}

export function scormBundle(): Promise<ScormBundle> {
  bundle ??= bundleOnce();
  return bundle;
}
