// Finds the Chromium or Chrome the tests drive: CHROME_PATH, else /usr/bin/chromium, else google-chrome.
// Nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  for (const name of ['google-chrome', 'google-chrome-stable', 'chromium']) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (p) return p;
    } catch {
      /* not on PATH */
    }
  }
  return null;
}

export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const NO_BROWSER_MESSAGE = `No Chromium or Chrome found.
channelkit's tests run in a real browser. Install one and run again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  or set CHROME_PATH=/path/to/chrome`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const chrome = findChrome();
  if (!chrome) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  console.log(chrome);
}
