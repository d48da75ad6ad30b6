// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { pagefindIndex } from './scripts/pagefind-integration.mjs';
import { themeBootstrapScript } from './src/layouts/theme-bootstrap.mjs';

// Astro does not hash `is:inline` scripts; the pre-paint theme bootstrap is the only one, so its hash is
// computed here from the same string BaseLayout inlines.
/** @type {`sha256-${string}`} */
const themeBootstrapHash = `sha256-${createHash('sha256').update(themeBootstrapScript).digest('base64')}`;

// Hosting under a sub-path (e.g. GitHub Pages project sites) is configured from the
// environment so the same source builds for any host:
//   SITE_URL=https://example.github.io  BASE_PATH=/one-voice  npm run build
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  integrations: [mdx(), preact(), ...(site ? [sitemap()] : []), pagefindIndex()],
  markdown: {
    shikiConfig: {
      // github-light fails axe colour contrast (a token colour at 3.48:1); the high-contrast pair passes.
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it cannot run eval'd JS).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeBootstrapHash] },
      // Shiki writes token colours as style attributes; style *attributes* cannot run code, while
      // <style> elements stay hash-pinned by Astro.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
