// Opens every story of the built Storybook (storybook-static/) in headless Chromium and fails when
// one throws, logs an error, or its play function fails. Screenshots go to test-results/stories/.
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serve } from './static-server.mjs';

const root = 'storybook-static';
const server = await serve(root);
const base = server.url;
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const shots = 'test-results/stories';
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
let failed = 0;
for (const s of stories) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await page.goto(`${base}/iframe.html?id=${s.id}&viewMode=story`);
  const outcome = await page
    .waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount && !document.querySelector('.sb-show-errordisplay'), null, { timeout: 15000 })
    .then(() => page.waitForTimeout(700))
    .then(() => page.evaluate(() => (document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent : null)))
    .catch((e) => String(e));
  await page.screenshot({ path: `${shots}/${s.id}.png`, fullPage: true });
  const problem = outcome || errors[0];
  if (problem) {
    failed++;
    console.log(`✗ ${s.title} / ${s.name}: ${problem}`);
  } else console.log(`✓ ${s.title} / ${s.name}`);
  await page.close();
}
await browser.close();
await server.close();
console.log(`${stories.length - failed} of ${stories.length} stories render`);
process.exit(failed ? 1 : 0);
