import { html, nothing } from 'lit';
import type { SaleDetail } from '../../../src/schemas/lists.js';
import { backButton } from '../../../src/ui/data-table.js';
import { failureAlert } from '../../../src/ui/widget-views.js';
import { dateOf, statusTone } from '../model.js';
import type { SaleDetailState, SalesListView } from '../view.js';

const item = (term: string, value: unknown) => html`<dt>${term}</dt><dd>${value}</dd>`;

function renderLines(v: SalesListView, sale: SaleDetail) {
  return html`<ul class="lines">
    ${sale.lines.map(
      (l) => html`<li>
        <b>${l.distributionName}</b> · ${v.m('users')}: ${l.users} · ${v.m('unitPrice')}: <span class="money">${v.amount(l.unitPrice)}</span> ·
        <span class="money">${v.amount(l.total)}</span><br />
        ${v.m('keyLength')}: ${v.m('keyDays', { count: l.keyLengthDays })}.
        ${l.keyRenewalDates.length ? html`${v.m('renewals')} ${l.keyRenewalDates.map((d) => v.date(d, 'medium')).join(', ')}.` : v.m('noRenewal')}
      </li>`,
    )}
  </ul>`;
}

/** A sale's detail: distributions with key length and renewals, users, numbers, comment, history; Approve / Reject. */
export function renderSaleDetail(v: SalesListView, d: SaleDetailState) {
  const { sale } = d;
  const none = v.m('none');
  const decide =
    d.canDecide && sale.status === 'pending-approval'
      ? html`<div class="actions">
          <button type="button" class="btn" part="reject-button" aria-disabled=${d.deciding ? 'true' : 'false'} @click=${() => d.decide(false)}>${v.m('reject')}</button>
          <button type="button" class="btn primary" part="approve-button" aria-disabled=${d.deciding ? 'true' : 'false'} @click=${() => d.decide(true)}>
            ${d.deciding ? v.m('deciding') : v.m('approve')}
          </button>
        </div>`
      : nothing;
  return html`<article class="stack" part="detail">
    <div>${backButton(v.localeCode, d.back)}</div>
    <div class="head">
      <h2 id="detail-heading" tabindex="-1" part="heading">${sale.name}</h2>
      <span class="badge ${statusTone(sale.status)}" part="status">${v.m(sale.status)}</span>
    </div>
    <dl class="detail">
      ${item(v.m('organization'), sale.organizationName)} ${item(v.m('total'), html`<span class="money">${v.amount(sale.total)}</span>`)}
      ${item(v.m('activationDate'), v.date(sale.activationDate))} ${item(v.m('cancellationDate'), v.date(sale.cancellationDate))}
      ${item(v.m('distributions'), renderLines(v, sale))} ${item(v.m('customerPo'), sale.customerPo || none)}
      ${item(v.m('orderNumber'), sale.orderNumber || none)} ${item(v.m('comment'), sale.comment || none)}
      ${item(v.m('userList'), sale.users.length ? html`<ul class="lines">${sale.users.map((u) => html`<li>${u.firstName} ${u.lastName} · ${u.email}</li>`)}</ul>` : none)}
      ${item(
        v.m('history'),
        html`<ol class="lines" part="history">
          ${sale.statusHistory.map((h) => html`<li>${v.m(h.status)} · ${v.date(dateOf(h.at), 'medium')}${h.note ? html` · ${h.note}` : nothing}</li>`)}
        </ol>`,
      )}
    </dl>
    ${d.failure ? failureAlert(v.localeCode, d.failure, v.m('decideFailed'), d.retry, '') : nothing} ${decide}
  </article>`;
}
