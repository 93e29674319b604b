// `npm run screenshots` (issue 14): the demo's main screens in headless Chromium, each widget
// cropped to its box, at 375 and 1280 px, light and dark, into screenshots/ (git-ignored):
// screenshots/<screen>-<width>-<theme>.png. It builds nothing: run `npm run build:demo` first
// (it serves demo-dist/ with scripts/static-server.mjs). "Today" is pinned as e2e/demo.e2e.mjs
// pins it (CK_TODAY=YYYY-MM-DD, else 2027-03-10), so dates and prices are the same on every run.
//   --docs        also writes the set README.md and docs/ use (DOCS below) into docs/screenshots/
//   --only A,B    only the screens whose name contains A or B (e.g. --only order,wizard)
//   --demo DIR    serves DIR instead of demo-dist/ (a demo built with --outDir elsewhere)
//   --locale L    the demo in language L (de, es, fr, pt): screenshots/<screen>-<width>-<theme>-L.png
// One page by hand: node scripts/screenshot.mjs --url URL OUT.png [width] [height] [light|dark]
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serve } from './static-server.mjs';
import { fillSaas, orderSaas, saleFirstLine } from '../e2e/order-steps.mjs';

const OUT = 'screenshots';
const DOCS_DIR = 'docs/screenshots';
const TODAY = /^\d{4}-\d{2}-\d{2}$/.test(process.env.CK_TODAY ?? '') ? process.env.CK_TODAY : '2027-03-10';
const NOW = new Date(`${TODAY}T10:00:00`);
const WIDTHS = [375, 1280];
const THEMES = ['light', 'dark'];
/** The shots kept in docs/screenshots/ (at most six, 1x PNGs; README.md shows order-form.png): file → screen-width-theme. */
const DOCS = {
  'order-form.png': 'order-form-filled-1280-light',
  'sale-wizard-dark.png': 'sale-wizard-1280-dark',
  'license-list.png': 'license-list-1280-light',
  'subscription-change.png': 'subscription-change-1280-light',
  'license-purchase-phone.png': 'license-purchase-375-light',
  'order-success-phone-dark.png': 'order-success-375-dark',
};

const COMPANY = { name: 'Fabrikam Iberia', email: 'it@fabrikam.example' };
/** What a widget shows after `steps`, as a locator to crop to. */
const w = (page, tag) => page.locator(tag).first();

/** The screens: name → steps on a freshly loaded demo, returning the locator to shoot. */
const SCREENS = {
  'order-form': async (page) => w(page, 'order-form'),
  'order-form-filled': async (page) => {
    const o = w(page, 'order-form');
    await fillSaas(o, COMPANY, 'pre-paid');
    return o;
  },
  'order-success': async (page) => {
    const o = w(page, 'order-form');
    await orderSaas(o, COMPANY);
    return o;
  },
  'order-error': async (page) => {
    await page.selectOption('#scenario', 'server');
    const o = w(page, 'order-form');
    await fillSaas(o, COMPANY);
    await o.locator('[part=submit-button]').click();
    await o.getByText('The server had a problem.').waitFor();
    return o;
  },
  'sales-list': async (page) => listWithRows(page, 'sales-list'),
  'license-list': async (page) => listWithRows(page, 'license-list'),
  // A flow opened in place: Back above the flow's own frame (the list draws none around it).
  'license-list-renew': async (page) => {
    const list = await listWithRows(page, 'license-list');
    await list.getByRole('button', { name: 'Renew' }).first().click();
    await list.locator('subscription-change [part=preview]').waitFor();
    return list;
  },
  'service-plan-list': async (page) => listWithRows(page, 'service-plan-list'),
  'subscription-list': async (page) => listWithRows(page, 'subscription-list'),
  // Back from a creation: the new record on top, marked "New", its row button focused.
  'service-plan-list-copied': async (page) => {
    const list = await listWithRows(page, 'service-plan-list');
    await list.locator('[part=copy-button]').first().click();
    await list.locator('#copy-dialog [part=confirm-button]').click();
    await list.locator('[part=new-mark]').waitFor();
    return list;
  },
  'sale-wizard': async (page) => {
    await (await listWithRows(page, 'sales-list')).locator('[part=register-button]').click();
    const s = w(page, 'sale-wizard');
    await saleFirstLine(s);
    return s;
  },
  'license-purchase': async (page) => {
    await (await listWithRows(page, 'license-list')).locator('[part=buy-button]').click();
    const l = w(page, 'license-purchase');
    await l.locator('[data-path=contractId]').waitFor();
    return l;
  },
  'service-plan-editor': async (page) => {
    await (await listWithRows(page, 'service-plan-list')).locator('[part=new-button]').click();
    const e = w(page, 'service-plan-editor');
    await e.locator('[data-path=name] input').fill('Backup Plus');
    await e.locator('[data-path=billingType] select').selectOption('csp-monthly');
    return e;
  },
  'service-plan-tiers': async (page) => {
    await (await listWithRows(page, 'service-plan-list')).locator('[part=new-button]').click();
    const e = w(page, 'service-plan-editor');
    await e.locator('[data-path=billingType] select').selectOption('csp-monthly');
    await e.locator('[data-path=resourceToAdd] select').selectOption({ index: 1 });
    await e.locator('[data-action=add-resource]').click();
    await e.locator('[data-path="resources.0.pricing.recurring.model"] select').selectOption('graduated');
    const tier = (j, kind, c) => e.locator(`[data-path="resources.0.pricing.recurring.tiers.${j}.${kind}.${c}"] input`);
    for (const [c, a, b] of [['USD', '10.00', '8.00'], ['EUR', '9.00', '7.00'], ['JPY', '1500', '1200']]) {
      await tier(0, 'prices', c).fill(a);
      await tier(1, 'prices', c).fill(b);
    }
    await tier(1, 'flats', 'USD').fill('20.00');
    return e.locator('.fee-pricing').first();
  },
  'subscription-change': async (page) => {
    await (await listWithRows(page, 'subscription-list')).locator('[part=row-button]').first().click();
    const c = w(page, 'subscription-change');
    await c.locator('[part=current]').waitFor();
    return c;
  },
};

async function listWithRows(page, tag) {
  const list = w(page, tag);
  await list.locator('[part=row]').first().waitFor();
  return list;
}

/** Loads the demo afresh (its data reset) in `theme`, with the clock pinned. */
async function freshDemo(page, url, theme, locale = 'en') {
  await page.goto(url);
  await page.evaluate(([t, l]) => {
    localStorage.clear();
    localStorage.setItem('channelkit-demo-settings', JSON.stringify({ locale: l, theme: t, scenario: 'normal', currency: 'USD' }));
  }, [theme, locale]);
  await page.reload();
  await page.locator('order-form .cells').waitFor();
}

/** Shoots `locator` whole, even when taller than the viewport, with no focus ring left from the steps. */
async function shoot(page, locator, path) {
  await page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    a?.blur();
  });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300); // transitions and the last render settle
  await locator.screenshot({ path });
}

async function main(args) {
  const demo = args.includes('--demo') ? args[args.indexOf('--demo') + 1] : 'demo-dist';
  if (!existsSync(`${demo}/index.html`)) {
    console.error(`No built demo (${demo}/index.html): run npm run build:demo first.`);
    return 1;
  }
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
  const locale = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : 'en';
  const screens = Object.entries(SCREENS).filter(([name]) => only.split(',').some((o) => name.includes(o)));
  mkdirSync(OUT, { recursive: true });
  const server = await serve(demo);
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
  const problems = [];
  try {
    for (const width of WIDTHS)
      for (const theme of THEMES) {
        const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme: theme });
        const page = await context.newPage();
        await page.clock.install({ time: NOW });
        page.on('pageerror', (e) => problems.push(`${width} ${theme}: ${e}`));
        for (const [name, steps] of screens) {
          const file = `${OUT}/${name}-${width}-${theme}${locale === 'en' ? '' : `-${locale}`}.png`;
          try {
            await freshDemo(page, server.url + '/', theme, locale);
            await shoot(page, await steps(page), file);
            console.log(file);
          } catch (e) {
            problems.push(`${file}: ${e.message.split('\n')[0]}`);
          }
        }
        await context.close();
      }
  } finally {
    await browser.close();
    await server.close();
  }
  if (args.includes('--docs')) {
    mkdirSync(DOCS_DIR, { recursive: true });
    for (const [file, shot] of Object.entries(DOCS)) {
      if (!existsSync(`${OUT}/${shot}.png`)) continue;
      copyFileSync(`${OUT}/${shot}.png`, `${DOCS_DIR}/${file}`);
      console.log(`${DOCS_DIR}/${file}`);
    }
  }
  if (problems.length) console.error(problems.join('\n'));
  return problems.length ? 1 : 0;
}

/** The one-page mode: node scripts/screenshot.mjs --url URL OUT.png [width] [height] [scheme]. */
async function one([url, out, width = '1360', height = '1000', scheme = 'light']) {
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: out, fullPage: true });
  await browser.close();
  if (errors.length) console.error(errors.join('\n'));
  console.log(out);
  return 0;
}

const args = process.argv.slice(2);
process.exitCode = await (args[0] === '--url' ? one(args.slice(1)) : main(args));
