/**
 * The layout checks of #14 at any width: nothing drawn past the screen's edge (through shadow
 * roots), no sideways page scroll, and no text clipped by a box that hides its overflow. Used by
 * layout.test.ts (the slice in npm test) and test/full/layout-matrix.full.ts (every width and zoom).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/context/define-provider.js';
import '../../components/license-list/define.js';
import '../../components/sales-list/define.js';
import '../../components/service-plan-list/define.js';
import '../../components/subscription-change/define.js';
import '../../components/subscription-list/define.js';
import '../../demo/playground.js';
import { RestAdapter } from '../../src/adapter/index.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { clockAt, TODAY } from '../support/clock.js';
import type { Check } from './layout-walks.js';
import { mountList, rows } from './list-helpers.js';
import { backend, root } from './helpers.js';
import { FakeSubscriptionBackend } from './subscription-helpers.js';

const describe_ = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}>`;

/** Elements drawn past the right edge of a `width` px screen, and text a box clips, by a short description. */
export function misfits(width: number): string[] {
  const out: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Visually hidden text (1 px, clipped) is not drawn.
      const hidden = r.width <= 1 || style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)';
      const text = (el.textContent ?? '').trim();
      if (!hidden && r.width > 0 && r.right > width + 0.5) out.push(`${describe_(el)} right ${Math.round(r.right)}: ${text.slice(0, 40)}`);
      // A box that hides what overflows it, with text wider than it (a scroller may overflow: it scrolls).
      const clips = /hidden|clip/.test(style.overflowX) && el instanceof HTMLElement && el.localName !== 'input';
      if (!hidden && clips && text && el.scrollWidth > el.clientWidth + 1) out.push(`${describe_(el)} clips ${el.scrollWidth - el.clientWidth} px: ${text.slice(0, 40)}`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.body);
  return out;
}

/** A check for a `width` px screen: nothing past its edge or clipped, and no sideways scroll. */
export function fitsIn(width: number): Check {
  return async (state: string) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const doc = document.documentElement;
    expect(misfits(width), `${state} at ${width} px`).to.deep.equal([]);
    expect(doc.scrollWidth <= doc.clientWidth, `${state} at ${width} px: page ${doc.scrollWidth} px wide`).to.equal(true);
  };
}

/** The three lists over the demo backend, in `locale`: loading and a page of rows. */
export async function walkLists(check: Check, locale = 'en') {
  for (const tag of ['sales-list', 'license-list', 'service-plan-list'] as const) {
    const template = tag === 'sales-list' ? html`<sales-list></sales-list>` : tag === 'license-list' ? html`<license-list account-id="acc-contoso-hq"></license-list>` : html`<service-plan-list></service-plan-list>`;
    const { el } = await mountList(template, tag, { locale });
    await check(`${tag} loading`, el);
    await waitUntil(() => rows(el).length || root(el).querySelector('[part=empty], ck-alert'), `${tag} rows`, { timeout: 4000 });
    await check(`${tag} rows`, el);
  }
}

/** <subscription-list> and <subscription-change> over the subscriptions test backend, in `locale`. */
export async function walkSubscriptions(check: Check, locale = 'en') {
  const list = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${new FakeSubscriptionBackend(TODAY)} .clock=${clockAt(TODAY)} locale=${locale}><subscription-list></subscription-list></channelkit-provider>`);
  const l = list.firstElementChild!;
  await waitUntil(() => rows(l).length, 'subscription rows', { timeout: 4000 });
  await check('subscription-list rows', l);
  const change = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${new FakeSubscriptionBackend(TODAY)} .clock=${clockAt(TODAY)} locale=${locale}><subscription-change subscription-id="SUB-SEATS"></subscription-change></channelkit-provider>`);
  const c = change.firstElementChild!;
  await waitUntil(() => root(c).querySelector('[part=current]'), 'the subscription', { timeout: 4000 });
  await check('subscription-change', c);
}

/** The demo's billing core (demo/playground.ts): its fields and the charge table. */
export async function walkDemoPlayground(check: Check) {
  (await backend()).reset();
  const p = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${new RestAdapter({ timeoutMs: 3000 })} .clock=${clockAt(TODAY)}><demo-playground></demo-playground></channelkit-provider>`);
  const el = p.firstElementChild!;
  await waitUntil(() => root(el).querySelector('table, ck-alert'), 'the charges', { timeout: 4000 });
  await check('the demo billing core', el);
}
