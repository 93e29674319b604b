/**
 * Loading keeps the layout (#14): while a widget's data loads it draws the shapes of what is
 * coming (part skeleton, aria-busy, one "Loading…" for screen readers), and the loaded view is
 * about as tall, so nothing jumps when the data arrives. Axe passes while loading.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/context/define-provider.js';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/service-plan-editor/define.js';
import '../../components/subscription-change/define.js';
import { RestAdapter } from '../../src/adapter/index.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { clockAt, TODAY, testClock } from '../support/clock.js';
import { backend, root } from './helpers.js';
import { FakeSubscriptionBackend } from './subscription-helpers.js';

/** How much taller or shorter the loaded view may be than its skeleton, in CSS pixels: about one row of fields. */
const JUMP = 96;

/** The adapter `inner`, each call held until `release()`. */
function held<T extends object>(inner: T) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const adapter = new Proxy(inner, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? async (...args: unknown[]) => (await gate, (v as (...a: unknown[]) => unknown).apply(target, args)) : v;
    },
  });
  return { adapter, release };
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

const WIDGETS: [string, (a: object) => TemplateResult, () => Promise<object>][] = [
  ['order-form kind=cloud', (a) => html`<channelkit-provider .adapter=${a} .clock=${testClock}><order-form kind="cloud"></order-form></channelkit-provider>`, rest],
  ['order-form (choosing the kind)', (a) => html`<channelkit-provider .adapter=${a} .clock=${testClock}><order-form></order-form></channelkit-provider>`, rest],
  ['sale-wizard', (a) => html`<channelkit-provider .adapter=${a} .clock=${testClock}><sale-wizard></sale-wizard></channelkit-provider>`, rest],
  ['license-purchase', (a) => html`<channelkit-provider .adapter=${a} .clock=${testClock}><license-purchase open></license-purchase></channelkit-provider>`, rest],
  ['service-plan-editor', (a) => html`<channelkit-provider .adapter=${a} .clock=${testClock}><service-plan-editor product-id="prod-backup"></service-plan-editor></channelkit-provider>`, rest],
  ['subscription-change', (a) => html`<channelkit-provider .adapter=${a} .clock=${clockAt(TODAY)}><subscription-change subscription-id="SUB-SEATS"></subscription-change></channelkit-provider>`, async () => new FakeSubscriptionBackend(TODAY)],
];

async function rest() {
  (await backend()).reset();
  return new RestAdapter({ timeoutMs: 3000 });
}

describe('loading skeletons (#14)', () => {
  for (const width of [1280, 375]) {
    describe(`at ${width} px`, () => {
      before(() => setViewport({ width, height: 900 }));
      after(() => setViewport({ width: 800, height: 600 }));
      for (const [name, template, adapter] of WIDGETS) {
        it(`${name}: a skeleton as tall as the loaded view, busy and said, axe clean`, async () => {
          const { adapter: a, release } = held(await adapter());
          const provider = await fixture<ChannelkitProvider>(template(a));
          const el = provider.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await waitUntil(() => root(el).querySelector('[part=skeleton]'), 'a skeleton', { timeout: 3000 });
          await frames();
          const skeleton = root(el).querySelector('[part=skeleton]')!;
          expect(skeleton.getAttribute('aria-busy')).to.equal('true');
          expect(skeleton.textContent!.trim()).to.equal('Loading…');
          await expect(el).to.be.accessible();
          const before = el.getBoundingClientRect().height;
          release();
          await waitUntil(() => !root(el).querySelector('[part=skeleton]'), 'loaded', { timeout: 4000 });
          await el.updateComplete;
          await frames();
          const after = el.getBoundingClientRect().height;
          expect(Math.abs(after - before), `${name}: skeleton ${Math.round(before)} px, loaded ${Math.round(after)} px`).to.be.below(JUMP);
        });
      }
    });
  }
});
