#!/usr/bin/env node
// Renders the app icons' PNGs from their SVGs with Chromium (the same one Playwright uses), for the
// web app manifest and Apple's home-screen icon. Run after editing public/icons/*.svg, and commit the PNGs:
//   node scripts/render-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const ICONS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  // iOS draws its own rounded corners over a full square.
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const { svg, png, size } of ICONS) {
  const source = readFileSync(`public/icons/${svg}`, 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
  );
  await page.screenshot({ path: `public/icons/${png}`, omitBackground: true });
  console.log(`public/icons/${png} (${size} px)`);
}
await browser.close();
