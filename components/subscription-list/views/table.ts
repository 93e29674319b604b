import { html, nothing } from 'lit';
import type { Subscription } from '../../../src/schemas/subscription.js';
import type { Column, Filter } from '../../../src/ui/data-table.js';
import type { SubscriptionListView } from '../view.js';

/** The columns of the subscriptions; the customer's name opens the change. */
export function subscriptionColumns(v: SubscriptionListView): Column<Subscription>[] {
  const state = (s: Subscription) =>
    html`<span class="badge ${s.status === 'active' ? 'ok' : 'off'}">${v.m(s.status)}</span>${s.pendingChange
        ? html` <span class="badge warn" part="scheduled-mark">${v.m('scheduled', { date: v.date(s.pendingChange.effectiveDate, 'medium') })}</span>`
        : nothing}`;
  return [
    { label: v.m('customer'), sort: 'customerName', primary: true, cell: (s) => s.customerName },
    { label: v.m('product'), sort: 'productName', cell: (s) => s.productName },
    { label: v.m('plan'), sort: 'planName', cell: (s) => s.planName },
    { label: v.m('quantity'), sort: 'quantity', num: true, cell: (s) => s.quantity },
    { label: v.m('termEnd'), sort: 'termEnd', cell: (s) => v.date(s.termEnd, 'medium') },
    { label: v.m('state'), cell: state },
  ];
}

export function subscriptionFilters(v: SubscriptionListView): Filter[] {
  return [
    { name: 'status', label: v.m('state'), options: (['active', 'ended'] as const).map((s) => [s, v.m(s)] as const) },
    { name: 'source', label: v.m('source'), options: (['order', 'license'] as const).map((s) => [s, v.m(s)] as const) },
  ];
}
