// End-to-end: the no-bundler build (dist/cdn, written by `npm run build`) in a plain HTML page with
// no import map and no bundler: the autoloader's one <script type="module" src>, the markup, and the
// demo backend (channelkit/testing, bundled here for the page, with msw's worker at the root). An
// order form is defined by the autoloader, renders, and submits a SaaS order; a second widget
// added later is defined too; only the modules of the tags in the page were requested. Then the
// module of one widget, alone, and two widgets' modules on one page, sharing their chunks (one
// build: one lit, one definition of each inner element). Run with `npm run test:e2e` (after
// `npm run build`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/static-server.mjs';
import { orderSaas } from './order-steps.mjs';

if (!existsSync('dist/cdn/autoloader.js')) throw new Error('dist/cdn/autoloader.js is missing: run `npm run build` first.');

const root = mkdtempSync(join(tmpdir(), 'ck-cdn-'));
symlinkSync(resolve('dist/cdn'), join(root, 'cdn'));
cpSync('node_modules/msw/lib/mockServiceWorker.js', join(root, 'mockServiceWorker.js'));
await build({ entryPoints: ['src/testing/index.ts'], bundle: true, format: 'esm', platform: 'browser', conditions: ['browser'], outfile: join(root, 'testing.js'), logLevel: 'warning' });

/** A page: the markup, the kit's one script, and the demo backend given to the provider. */
const page = (script, body) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>channelkit without a bundler</title></head>
<body>
${body}
<script type="module" src="${script}"></script>
<script type="module">
  import { startDemoBackend } from '/testing.js';
  import { RestListAdapter } from '${script}';
  await startDemoBackend();
  document.querySelector('channelkit-provider').adapter = new RestListAdapter();
</script>
</body>
</html>
`;
writeFileSync(join(root, 'autoload.html'), page('/cdn/autoloader.js', '<channelkit-provider locale="en">\n  <order-form></order-form>\n</channelkit-provider>'));
writeFileSync(join(root, 'single.html'), page('/cdn/order-form.js', '<channelkit-provider locale="en">\n  <order-form></order-form>\n</channelkit-provider>'));
writeFileSync(
  join(root, 'two.html'),
  page('/cdn/order-form.js', '<channelkit-provider locale="en">\n  <order-form></order-form>\n  <sales-list></sales-list>\n</channelkit-provider>').replace(
    '</body>',
    '<script type="module" src="/cdn/sales-list.js"></script>\n</body>',
  ),
);

let server;
let browser;
before(async () => {
  server = await serve(root);
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens `path`, recording page errors and every script requested. */
async function open(path) {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  const scripts = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await p.goto(server.url + path);
  return { p, errors, scripts };
}

/** Orders a SaaS subscription by mouse; answers the success text. */
async function orderSaasText(w) {
  await orderSaas(w, { name: 'Tailspin', email: 'luis@tailspin.es' });
  return w.locator('[part=success]').innerText();
}

describe('no bundler: dist/cdn', () => {
  it('the autoloader defines the tags in the page, loading only theirs; an order form renders and submits', async () => {
    const { p, errors, scripts } = await open('/autoload.html');
    const w = p.locator('order-form');
    await w.locator('.cells').waitFor();
    assert.ok(await p.evaluate(() => !!customElements.get('order-form') && !!customElements.get('channelkit-provider')));
    assert.match(await orderSaasText(w), /ORD-\d+/, 'the order was created by the demo backend and its Order ID shown');
    const loaded = scripts.filter((s) => s.startsWith('/cdn/autoload/'));
    assert.deepEqual(loaded.sort(), ['/cdn/autoload/channelkit-provider.js', '/cdn/autoload/order-form.js'], 'only the modules of the tags in the page');
    assert.ok(!scripts.some((s) => /^\/cdn\/(?!autoload)[^/]+\.js$/.test(s) && s !== '/cdn/autoloader.js'), 'no widget module loaded with the autoloader');

    // A tag added later is seen by the observer and defined, sharing the page's provider and adapter.
    await p.evaluate(() => document.querySelector('channelkit-provider').append(document.createElement('sales-list')));
    await p.locator('sales-list tbody tr[part=row]').first().waitFor();
    assert.ok(scripts.includes('/cdn/autoload/sales-list.js'));
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('one widget’s module alone: the module and its chunks, nothing of the autoloader or other widgets; the order submits', async () => {
    const { p, errors, scripts } = await open('/single.html');
    await p.locator('order-form .cells').waitFor();
    assert.match(await orderSaasText(p.locator('order-form')), /ORD-\d+/);
    const kit = scripts.filter((s) => s.startsWith('/cdn/'));
    assert.equal(kit[0], '/cdn/order-form.js');
    assert.deepEqual(kit.slice(1).filter((s) => !s.startsWith('/cdn/chunks/')), [], 'the widget, the provider and the adapter come from its module and shared chunks');
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('two widgets’ modules on one page share their chunks: each chunk loaded once, both widgets work', async () => {
    const { p, errors, scripts } = await open('/two.html');
    await p.locator('sales-list tbody tr[part=row]').first().waitFor();
    await p.locator('order-form .cells').waitFor();
    const chunks = scripts.filter((s) => s.startsWith('/cdn/chunks/'));
    assert.ok(chunks.length > 0);
    assert.equal(new Set(chunks).size, chunks.length, 'no chunk requested twice');
    assert.match(await orderSaasText(p.locator('order-form')), /ORD-\d+/);
    assert.deepEqual(errors, [], 'no element defined twice');
    await p.close();
  });
});
