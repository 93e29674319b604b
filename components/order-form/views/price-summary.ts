import { html, nothing } from 'lit';
import { addDays } from '../../../src/core/dates.js';
import { renderEconomics } from '../../../src/ui/economics-summary.js';
import type { OrderFormView } from './view.js';

/** The live price summary: plan price, pre-paid for its period, post-paid estimate, first charge. */
export function renderPriceSummary(v: OrderFormView, usersError: string) {
  // The estimate is bound by hand: its error is the model's estimateError, not the order's, and shows as soon as it is typed.
  const q = v.quote;
  const d = v.form.draft;
  const fmt = (m: { currency: string; minor: number }) => v.money(m.currency, m.minor);
  const mark = (method: string) => (d.paymentMethod === method ? html` <span class="tag">${v.m('selected')}</span>` : nothing);
  return html`<aside part="price-summary" aria-labelledby="sum-h" tabindex="-1">
    <h3 id="sum-h">${v.m('summary')}</h3>
    ${v.priceNotice ? html`<ck-alert variant="warning" data-testid="price-changed">${v.m('priceChanged')}</ck-alert>` : nothing}
    ${q
      ? html`<div>
            <p class="note">${v.m('planPrice')}</p>
            <p class="big money" data-testid="plan-price">${v.m('perMonth', { amount: fmt(q.monthlyPrice) })}</p>
          </div>
          <dl class="sum" data-price=${`${v.m('planPrice')} ${v.m('perMonth', { amount: fmt(q.monthlyPrice) })}. ${v.m('prepaidFor', { months: q.prepaidMonths })}: ${fmt(q.prepaidTotal)}. ${v.m('postpaidFor', { users: Number(d.users.trim() || '0') })}: ${v.m('perMonth', { amount: fmt(q.postpaidMonthly) })}. ${v.m('firstCharge')}: ${v.date(q.firstChargeDate)}.`}>
            <dt>${v.m('prepaidFor', { months: q.prepaidMonths })}${mark('pre-paid')}</dt>
            <dd class="money" data-testid="prepaid">${fmt(q.prepaidTotal)}</dd>
            <dt>${v.m('postpaidFor', { users: Number(d.users.trim() || '0') })}${mark('post-paid')}</dt>
            <dd class="money" data-testid="postpaid">${v.m('perMonth', { amount: fmt(q.postpaidMonthly) })}</dd>
            <dt>${v.m('firstCharge')}</dt>
            <dd data-testid="first-charge">${v.date(q.firstChargeDate)}${q.freeUntil ? html`<br /><span class="note">${v.m('freeUntil', { date: v.date(q.freeUntil) })}</span>` : nothing}</dd>
            ${d.paymentMethod
              ? html`<dt>${v.m('chargedFor')}</dt>
                  <dd data-testid="first-charge-basis">
                    ${q.firstChargeBasis.kind === 'usage'
                      ? v.m('basisUsage', { from: v.date(q.firstChargeBasis.from), to: v.date(addDays(q.firstChargeBasis.to, -1)) })
                      : v.m('basisPrepaid', { months: q.firstChargeBasis.months, from: v.date(q.firstChargeBasis.from) })}
                  </dd>`
              : nothing}
          </dl>
          ${renderOrderEconomics(v)}`
      : html`<p class="note">${v.m('choosePlan')}</p>`}
    <ck-number-field
      label=${v.m('usersEstimate')}
      hint=${v.m('usersEstimateHint')}
      min="1"
      .value=${d.users}
      .error=${usersError}
      data-path="users"
      @ck-input=${v.form.on('users')}
    ></ck-number-field>
  </aside>`;
}

/** The seller's cost and margin of what the payment method charges (a user allowed to see cost only). */
function renderOrderEconomics(v: OrderFormView) {
  const e = v.economics;
  const q = v.quote!;
  const users = Number(v.form.draft.users.trim() || '0');
  // The summary's own words for the line: the pre-paid period, or the post-paid estimate's month.
  const label = e?.line === 'post-paid' ? v.m('postpaidFor', { users }) : v.m('prepaidFor', { months: q.prepaidMonths });
  return renderEconomics(v, e && [{ label, economics: e.economics }], e?.economics ?? null);
}
