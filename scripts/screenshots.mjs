#!/usr/bin/env node
// Takes screenshots of built pages at phone and desktop widths, light and dark, for a person to look at.
// usage: node scripts/screenshots.mjs [base-url] [path ...]   (serve the build first: npm run preview)
import { chromium } from '@playwright/test';

const [baseUrl = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const path of paths.length ? paths : ['/']) {
  for (const [label, width] of [['phone', 390], ['desktop', 1280]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(baseUrl + path);
      const name = `screenshots/${path.replace(/\W+/g, '_') || 'home'}-${label}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
