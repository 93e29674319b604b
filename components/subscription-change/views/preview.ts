import { html, nothing } from 'lit';
import type { ChangeLine, ChangeQuote } from '../../../src/core/change-quote.js';
import { CHANGE_RULES } from '../../../src/core/change-quote.js';
import type { Money } from '../../../src/core/money.js';
import { marginText, units, type SubscriptionChangeView } from './view.js';

const planName = (v: SubscriptionChangeView, id: string): string => v.detail?.plans.find((p) => p.id === id)?.name ?? id;

/** One line: what it is for, its days, its amount (a credit is negative); `refund`: the refund of units still in their window. */
function lineText(v: SubscriptionChangeView, l: ChangeLine, refund: boolean): { label: string; detail: string } {
  const plan = planName(v, l.planId);
  const key = refund ? 'refund' : l.kind === 'credit' ? (l.proration ? 'credit' : 'creditWhole') : l.proration ? 'charge' : 'chargeWhole';
  const qty = units(v, v.detail!.subscription.unit, l.quantity);
  return { label: v.m(key, { plan, units: qty }), detail: l.proration ? `${qty} · ${v.m('days', l.proration)}` : qty };
}

/** When it applies, in words. */
function appliesText(v: SubscriptionChangeView, q: ChangeQuote): string {
  const s = v.detail!.subscription;
  if (q.applies === 'period-end') return v.m('appliesPeriodEnd', { date: v.date(q.effectiveDate) });
  if (q.kind === 'renew') return v.m('renewStarts', { date: v.date(q.effectiveDate) });
  const unit = s.unit;
  if (q.refund) {
    const refunded = units(v, unit, q.refund.quantity);
    if (q.applies === 'now') return v.m('refundedNow', { units: refunded });
    return v.m('refundedAndScheduled', { units: refunded, rest: units(v, unit, s.quantity - q.refund.quantity - q.after.quantity), date: v.date(q.effectiveDate) });
  }
  if (q.applies === 'term-end') return v.m(v.detail!.subscription.batches?.length ? 'appliesTermEndClosed' : 'appliesTermEnd', { date: v.date(q.effectiveDate) });
  return CHANGE_RULES[s.billingType].timing === 'arrears' && q.nextCharge ? v.m('arrears', { date: v.date(q.nextCharge.date) }) : v.m('appliesNow');
}

/** The preview of the change: its lines, the total due today or credited, when it applies and the next charge. */
export function renderPreview(v: SubscriptionChangeView) {
  const p = v.preview;
  const s = v.detail!.subscription;
  const fmt = (m: Money) => v.money(m.currency, m.minor);
  const notice = v.notice ? html`<ck-alert variant="warning" data-testid="notice">${v.m(v.notice === 'price-changed' ? 'priceChanged' : v.notice === 'refund-closed' ? 'refundClosed' : 'changedElsewhere')}</ck-alert>` : nothing;
  let body: unknown = html`<p class="note">${v.m('previewHint')}</p>`;
  let sentence = '';
  if (p && 'refused' in p) body = html`<p class="note">${p.refused === 'ended' ? v.m('refusedEnded', { date: v.date(s.termEnd) }) : v.m('refusedDeactivated')}</p>`;
  else if (p) {
    const q = p.quote;
    const credit = q.creditBalance.minor > 0;
    const totalLabel = credit ? v.m('creditBalance') : v.m('dueNow');
    const total = fmt(credit ? q.creditBalance : q.dueNow);
    const next = q.nextCharge ? `${v.m('nextCharge', { date: v.date(q.nextCharge.date) })}: ${fmt(q.nextCharge.amount)}` : v.m('noNextCharge', { date: v.date(s.termEnd) });
    const r = q.renewal;
    const { margin } = v;
    sentence = [`${totalLabel} ${total}.`, appliesText(v, q), r ? `${v.m('newTerm')}: ${v.m('termRange', { from: v.date(r.termStart), to: v.date(r.termEnd) })}.` : '', `${next}.`].filter(Boolean).join(' ');
    body = html`<dl class="sum" data-price=${sentence}>
        ${q.lines.map((l) => {
          const t = lineText(v, l, !!q.refund && l.kind === 'credit');
          return html`<dt>${t.label}<small>${t.detail}</small></dt>
            <dd class="money">${fmt(l.amount)}</dd>`;
        })}
        <dt class="total">${totalLabel}</dt>
        <dd class="total money" data-testid="total">${total}</dd>
        ${r
          ? html`<dt>${v.m('newTerm')}</dt>
              <dd data-testid="new-term">${v.m('termRange', { from: v.date(r.termStart), to: v.date(r.termEnd) })}</dd>`
          : nothing}
        <dt>${q.nextCharge ? v.m('nextCharge', { date: v.date(q.nextCharge.date) }) : v.m('termEnds')}</dt>
        <dd data-testid="next-charge">${q.nextCharge ? fmt(q.nextCharge.amount) : v.date(s.termEnd)}</dd>
        ${margin?.after
          ? html`<dt>${v.m('marginNow', { count: s.periodMonths })}</dt>
              <dd data-testid="margin-now">${marginText(v, margin.now)}</dd>
              <dt>${v.m('marginAfter', { count: s.periodMonths })}</dt>
              <dd data-testid="margin-after">${marginText(v, margin.after)}</dd>`
          : nothing}
      </dl>
      ${q.kind === 'change' && s.pendingChange
        ? html`<ck-alert variant="warning" data-testid="replaces"
            >${v.m('replacesPending', { date: v.date(s.pendingChange.effectiveDate), plan: s.pendingChange.planName, quantity: units(v, s.unit, s.pendingChange.quantity) })}</ck-alert
          >`
        : nothing}
      ${margin?.after?.belowCost ? html`<ck-alert variant="warning" data-testid="below-cost">${v.m('belowCost', { amount: fmt(margin.after.margin) })}</ck-alert>` : nothing}
      <p class="note" data-testid="applies">
        ${appliesText(v, q)} ${q.nextCharge ? nothing : v.m('noNextCharge', { date: v.date(s.termEnd) })}
        ${r && r.fee.minor > 0 ? v.m('renewalFeeIncluded', { amount: fmt(r.fee) }) : nothing}
      </p>`;
  }
  return html`<aside part="preview" aria-labelledby="preview-h" tabindex="-1">
    <h3 id="preview-h">${v.m('preview')}</h3>
    ${notice} ${body}
  </aside>`;
}
