// The SCORM launch pages' scripts and styles, bundled once per build with esbuild (Vite's own bundler
// dependency): the quiz packages' from src/islands/scorm/launch.tsx, the exam packages' from
// exam-launch.tsx. One self-contained file each, no chunks, so a package works from any folder an
// LMS unpacks it into.
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ScormBundle } from '../../../lib/scorm/package';

const ENTRIES = {
  quiz: 'src/islands/scorm/launch.tsx',
  exam: 'src/islands/scorm/exam-launch.tsx',
} as const;
export type ScormBundleKind = keyof typeof ENTRIES;

const bundles = new Map<ScormBundleKind, Promise<ScormBundle>>();

async function bundleOnce(kind: ScormBundleKind): Promise<ScormBundle> {
  // The build runs from the project root (npm run build); the endpoint's own file moves when bundled.
  const entry = join(process.cwd(), ENTRIES[kind]);
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
    if (!file) throw new Error(`[exports] the SCORM ${kind} bundle has no ${suffix} output`);
    return file.text;
  };
  return { js: text('.js'), css: text('.css') };
}

export function scormBundle(kind: ScormBundleKind): Promise<ScormBundle> {
  let bundle = bundles.get(kind);
  if (!bundle) {
    bundle = bundleOnce(kind);
    bundles.set(kind, bundle);
  }
  return bundle;
}
