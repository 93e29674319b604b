// What every e2e file of the built demo shares: "today" pinned (CK_TODAY=YYYY-MM-DD, else a
// mid-month day, never the machine's date), the screenshots folder, and demo-dist/ served on
// 127.0.0.1 with the system Chromium launched for the file's tests.
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/static-server.mjs';

export const SHOTS = 'test-results/e2e';
export const TODAY = /^\d{4}-\d{2}-\d{2}$/.test(process.env.CK_TODAY ?? '') ? process.env.CK_TODAY : '2027-03-10';
export const NOW = new Date(`${TODAY}T10:00:00`);
mkdirSync(SHOTS, { recursive: true });

/** Serves demo-dist/ and launches Chromium before the file's tests, closes both after; `server` and `browser` are set by then. */
export function demoBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve('demo-dist');
    env.browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
