import { defineConfig } from '@playwright/test';

// Chromium comes from Debian (apt install chromium): Playwright cannot download browsers here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Not 4321 (`npm run dev` and `npm run preview`), so the tests can run while the dev server does.
// Set E2E_PORT to run two test runs side by side.
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one worker keeps the preview server and the browser from starving each other.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    // The site registers a service worker (public/sw-register.js); it would answer requests that tests hold
    // or reroute with page.route, and precache the whole site in every test. offline.spec.ts allows it.
    serviceWorkers: 'block',
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Call astro directly: killing an npx wrapper leaves the server running.
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
