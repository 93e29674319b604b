// The browser half of `npm run bench` (issue 21): real input with Playwright (page.click,
// keyboard.type) timed to the next paint by the browser's Event Timing API (bench/paint.ts), at 1x
// and 4x CPU throttling; the big plan's mount, elements and heap; and the kit's form controls
// beside Shoelace's and Material's (1,000 text fields mounted, and the gzip size of each set).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { stats } from './bench-core.mjs';

/**
 * A row of input figures: the input's time to the next paint (Event Timing's duration when the
 * browser reported it, i.e. 16 ms or more; the rAF + MessageChannel fallback otherwise), how many
 * samples Event Timing gave, and the time until what the input does (the step shown, the price)
 * was painted.
 */
export function inputRow(samples) {
  const reported = samples.filter((s) => s.eventTiming !== null).length;
  return {
    ...stats(samples.map((s) => s.eventTiming ?? s.nextPaint)),
    eventTiming: reported,
    measure: reported === samples.length ? 'Event Timing' : reported === 0 ? 'rAF + MessageChannel (Event Timing: all < 16 ms)' : `Event Timing ${reported}/${samples.length}, rAF + MessageChannel for the rest (< 16 ms)`,
    donePainted: stats(samples.map((s) => s.donePainted)),
  };
}

const bench = (page, name, ...args) => page.evaluate(([n, a]) => window.bench[n](...a), [name, args]);

/** Prepares in the page, sends the input, collects its figures: `runs` times. */
async function sample(page, runs, prepare, send) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    await prepare(i);
    await send(i);
    out.push(await bench(page, 'sampled'));
  }
  return out;
}

const chooseCloud = (page) => page.locator('order-form [part=order-button]').first().click();

/** The inputs of issue 21 at the page's current CPU rate: `runs` samples of each. */
export async function measureInputs(page, runs) {
  // The fee is 1.00; it becomes 2, 3, … 9: never the value before.
  const plan = await sample(page, runs, () => bench(page, 'planKeyReady'), (i) => page.keyboard.type(String(2 + (i % 8))));
  await bench(page, 'clear');
  const order = await sample(page, runs, () => bench(page, 'orderReady'), () => chooseCloud(page));
  const wizards = {};
  for (const tag of ['sale-wizard', 'license-purchase']) {
    const steps = {};
    for (let i = 0; i < runs; i++) {
      await bench(page, 'wizardMount', tag);
      for (let name; (name = await bench(page, 'nextReady')); ) {
        await page.locator(`${tag} [part=next-button]`).first().click();
        (steps[name] ??= []).push(await bench(page, 'sampled'));
      }
    }
    wizards[tag] = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, inputRow(v)]));
  }
  await bench(page, 'clear');
  return { planKeystroke: inputRow(plan), orderChooseCloud: inputRow(order), ...wizards };
}

/**
 * "Choose Cloud" as the first click of a freshly loaded page (nothing of the form rendered before),
 * `runs` pages: at once after the choice is painted (`pauseMs` 0), or after a pause of a user
 * reading it (the widget warms its controls while the page is idle: src/ui/warm-up.ts).
 */
export async function measureColdClick(browser, url, rate, runs, pauseMs = 0) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: 60000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    out.push(...(await sample(page, 1, async () => { await bench(page, 'orderReady'); await page.waitForTimeout(pauseMs); }, () => chooseCloud(page))));
    await page.close();
  }
  return inputRow(out);
}

/** The JS heap the big plan's editor keeps (after a full GC, mounted minus empty), median of `runs`. */
export async function measurePlanHeap(page, cdp, runs) {
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const kept = [];
  const total = [];
  for (let i = 0; i < runs; i++) {
    await bench(page, 'clear');
    const empty = await used();
    await bench(page, 'mountBig');
    const mounted = await used();
    kept.push(mounted - empty);
    total.push(mounted);
  }
  await bench(page, 'clear');
  return { kept: stats(kept), pageTotal: stats(total) };
}

export const CONTROL_TAGS = ['ck-text-field', 'sl-input', 'md-outlined-text-field', 'input', 'ck-money-field'];

/** 1,000 text fields of each kind mounted to painted (bench/controls.ts), `runs` rounds taken in turn. */
export async function measureControls(browser, url, rate, runs) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: 60000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const ms = Object.fromEntries(CONTROL_TAGS.map((t) => [t, []]));
  for (let i = 0; i < runs; i++) for (const tag of CONTROL_TAGS) ms[tag].push(await page.evaluate((t) => window.controls.mount(t, 1000), tag));
  await page.close();
  return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, stats(v)]));
}

/** The same four controls from each library: what a host page bundling them pays (esbuild --minify, gzip -9). */
export const CONTROL_SETS = {
  channelkit: ['ck-text-field', 'ck-select-field', 'ck-checkbox', 'ck-radio-group'].map((t) => `./src/ui/define/${t}.ts`),
  shoelace: ['input/input', 'select/select', 'option/option', 'checkbox/checkbox', 'radio-group/radio-group', 'radio/radio'].map((c) => `@shoelace-style/shoelace/dist/components/${c}.js`),
  // Material has no radio group element: its radios group by name.
  material: ['textfield/outlined-text-field', 'select/outlined-select', 'select/select-option', 'checkbox/checkbox', 'radio/radio'].map((c) => `@material/web/${c}.js`),
};

export async function controlSizes() {
  const out = {};
  for (const [name, modules] of Object.entries(CONTROL_SETS)) {
    const r = await build({
      stdin: { contents: modules.map((m) => `import '${m}';\n`).join(''), resolveDir: process.cwd(), loader: 'js' },
      bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent',
    });
    const code = r.outputFiles[0].contents;
    out[name] = { modules, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  }
  return out;
}
