import { html, nothing } from 'lit';
import type { Subscription, SubscriptionPlan } from '../../../src/schemas/subscription.js';
import { percentText } from '../../../src/ui/economics-summary.js';
import { units, type SubscriptionChangeActions, type SubscriptionChangeView } from './view.js';

/** A plan's price in words: "$10.00 per unit a month", "$1,200.00 every 12 months", or both. */
export function planPrice(v: SubscriptionChangeView, s: Pick<Subscription, 'currency' | 'periodMonths'>, p: Pick<SubscriptionPlan, 'unitPrice' | 'periodFee'>): string {
  const count = s.periodMonths;
  const perUnit = v.m('unitPrice', { amount: v.money(s.currency, p.unitPrice), count });
  const fee = v.m('periodFee', { amount: v.money(s.currency, p.periodFee), count });
  if (p.periodFee && p.unitPrice) return v.m('and', { a: fee, b: perUnit });
  return p.periodFee ? fee : perUnit;
}

/** The subscription as it is, and a scheduled change with its Cancel. */
export function renderCurrent(v: SubscriptionChangeView, actions: SubscriptionChangeActions) {
  const s = v.detail!.subscription;
  const pending = s.pendingChange;
  const { margin } = v;
  return html`<section class="section" part="current" aria-labelledby="current-h">
    <h3 id="current-h" tabindex="-1">${v.m('current')}</h3>
    <ck-summary-list
      .items=${[
        { label: v.m('customer'), value: s.customerName },
        { label: v.m('product'), value: s.productName },
        { label: v.m('plan'), value: s.planName, strong: true },
        { label: v.m(s.unit), value: String(s.quantity) },
        { label: v.m('price'), value: planPrice(v, s, s) },
        { label: v.m('termEnds'), value: `${v.date(s.termEnd)} · ${!s.renewable ? v.m('endsDeactivated') : s.autoRenew ? v.m('renewsItself') : v.m('endsUnlessRenewed')}` },
        ...(margin
          ? [
              { label: v.m('yourCost'), value: v.m('periodFee', { amount: v.money(s.currency, margin.now.cost.minor), count: s.periodMonths }) },
              { label: v.m('yourMargin'), value: v.m('withPercent', { amount: v.m('periodFee', { amount: v.money(s.currency, margin.now.margin.minor), count: s.periodMonths }), percent: percentText(v.localeCode, margin.now) }) },
            ]
          : []),
      ]}
    ></ck-summary-list>
    ${renderRefundWindows(v)}
    ${pending
      ? html`<ck-alert variant="info">
          ${v.m('pending', { date: v.date(pending.effectiveDate), plan: pending.planName, quantity: units(v, s.unit, pending.quantity) })}
          <button class="btn link" type="button" ?disabled=${v.busy} @click=${() => actions.cancelPending()}>${v.m('cancelPending')}</button>
        </ck-alert>`
      : nothing}
  </section>`;
}

/** The units added this term that can still be removed with a refund, each batch with its deadline (the user's time). */
function renderRefundWindows(v: SubscriptionChangeView) {
  const open = v.refundWindows;
  if (!open.length) return nothing;
  const unit = v.detail!.subscription.unit;
  return html`<div class="windows" part="refund-windows">
    <h4 id="windows-h">${v.m('refundWindows')}</h4>
    <ul aria-labelledby="windows-h">
      ${open.map((b) => html`<li>${v.m('windowOpen', { units: units(v, unit, b.quantity), added: v.instant(b.addedAt), until: v.instant(b.refundableUntil) })}</li>`)}
    </ul>
    <p class="note">${v.m('windowsHint')}</p>
  </div>`;
}
