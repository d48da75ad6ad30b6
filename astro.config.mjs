// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { pagefindIndex } from './scripts/pagefind-integration.mjs';
import { offlineSupport } from './scripts/offline-integration.mjs';
import { plainDynamicImports } from './scripts/plain-dynamic-imports.mjs';
import { themeBootstrapScript } from './src/layouts/theme-bootstrap.mjs';
import { headOrder } from './src/layouts/head-order.mjs';

// Astro does not hash `is:inline` scripts; the pre-paint theme bootstrap is the only one, so its hash is
// computed here from the same string BaseLayout inlines.
/** @type {`sha256-${string}`} */
const themeBootstrapHash = `sha256-${createHash('sha256').update(themeBootstrapScript).digest('base64')}`;

// Hosting under a sub-path (e.g. GitHub Pages project sites) is configured from the
// environment so the same source builds for any host:
//   SITE_URL=https://example.github.io  BASE_PATH=/one-voice  npm run build
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';
// The print-only books (/print/...) are for scripts/remix-pdf.mjs, not for readers or search engines.
const printBooks = new URL('print/', new URL(base.endsWith('/') ? base : `${base}/`, 'https://x.invalid')).pathname;
/** @param {string} page an absolute page URL */
const isPrintBook = (page) => new URL(page).pathname.startsWith(printBooks);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // A copy hosted from a public repository sets REPO_URL (the GitHub Pages workflow does) to show
  // "Edit this page" and "Report a problem" on every lesson; without it they are left out.
  env: {
    schema: {
      REPO_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      REPO_BRANCH: envField.string({ context: 'server', access: 'public', default: 'main' }),
    },
  },
  outDir: process.env.OUT_DIR || './dist',
  integrations: [
    mdx(),
    preact(),
    ...(site ? [sitemap({ filter: (page) => !isPrintBook(page) })] : []),
    headOrder(),
    pagefindIndex(),
    offlineSupport(),
  ],
  // offlineSupport() must come last: its service worker precaches every file, Pagefind's index included.
  markdown: {
    // No syntax highlighting: the course has no code samples, and Shiki (the default) colours tokens
    // with style attributes, which the CSP would then have to allow (style-src-attr 'unsafe-inline').
    // Should code samples arrive, use 'prism' (class-based) with a token stylesheet that passes axe.
    syntaxHighlight: false,
  },
  vite: {
    // Dynamic imports without Vite's preload helper (why: scripts/plain-dynamic-imports.mjs).
    plugins: [plainDynamicImports()],
    resolve: {
      // The Preact renderer's client entry, without signal props (why: src/islands/hydrate.ts).
      alias: [
        {
          find: /^@astrojs\/preact\/client\.js$/,
          replacement: fileURLToPath(new URL('./src/islands/hydrate.ts', import.meta.url)),
        },
      ],
    },
    build: {
      rolldownOptions: {
        onLog(level, log, defaultHandler) {
          // Every MDX file makes Rolldown warn that the module-level directive "use astro:head-inject"
          // "may not be preserved". Astro reads that directive before bundling, so nothing is lost:
          // a known, harmless upstream warning (withastro/astro#18087) no user can act on.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          defaultHandler(level, log);
        },
        // Pages' CSS is bundled here, by the server build (the client build below sees only islands).
        output: {
          codeSplitting: {
            // One render-blocking stylesheet fewer on every page: the site's tokens and defaults
            // (src/styles/site.ts) and the styles of the chrome every BaseLayout page draws (header,
            // footer, sidebar, theme toggle, update prompt) would otherwise be two chunks, site.css and
            // BaseLayout.css, that every page links one after the other. As one `site` chunk they are
            // one request and about 0.5 KB gz less per page. Tokens and defaults stay first within it,
            // before every component's rules, as they were.
            groups: [
              {
                name: 'site',
                test: /\/src\/(styles\/(tokens|global)\.css|(layouts\/BaseLayout|components\/(SiteHeader|SiteFooter|CourseNav|UpdatePrompt|ThemeToggle|SideDisclosure|Breadcrumbs))\.astro\?astro&type=style.*)$/,
              },
            ],
          },
        },
      },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // Preact's core, hooks and JSX runtime and the island renderer (hydrate.ts) are loaded by every
                // island: as one file they gzip about 0.4 KB smaller than as three (`npm run bench -- --closure`).
                groups: [
                  { name: 'preact', test: /node_modules[\\/]preact[\\/]|[\\/]src[\\/]islands[\\/]hydrate\.ts$/ },
                ],
              },
            },
          },
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // The service worker (sw.js) and Pagefind's search worker; the web app manifest.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The search page adds 'wasm-unsafe-eval' for Pagefind's WebAssembly (src/pages/search.astro).
      scriptDirective: { resources: ["'self'"], hashes: [themeBootstrapHash] },
      // <style> elements are hash-pinned by Astro; the build has no style attributes (checked by the
      // e2e CSP guard, which fails on any violation), so style-src-attr needs no 'unsafe-inline'.
      styleDirective: { resources: ["'self'"] },
    },
  },
});
