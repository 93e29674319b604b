import { html } from 'lit';
import type { SaleRow } from '../../../src/schemas/lists.js';
import type { Column, Filter } from '../../../src/ui/data-table.js';
import { dateOf, distributionText, SALE_STATUSES, SCOPE_CHOICES, statusTone } from '../model.js';
import type { SalesListView } from '../view.js';

/** The columns of Sales management, each sortable (the backend sorts every one). */
export function saleColumns(v: SalesListView): Column<SaleRow>[] {
  return [
    { label: v.m('name'), sort: 'name', primary: true, cell: (r) => r.name },
    { label: v.m('organization'), sort: 'organization', cell: (r) => r.organizationName },
    { label: v.m('distributions'), sort: 'distributions', cell: distributionText },
    { label: v.m('users'), sort: 'userCount', num: true, cell: (r) => r.userCount },
    { label: v.m('total'), sort: 'total', num: true, cell: (r) => html`<span class="money">${v.amount(r.total)}</span>` },
    { label: v.m('status'), sort: 'status', cell: (r) => html`<span class="badge ${statusTone(r.status)}">${v.m(r.status)}</span>` },
    { label: v.m('activationDate'), sort: 'activationDate', cell: (r) => v.date(r.activationDate, 'medium') },
    { label: v.m('cancellationDate'), sort: 'cancellationDate', cell: (r) => v.date(r.cancellationDate, 'medium') },
    { label: v.m('createdAt'), sort: 'createdAt', cell: (r) => v.date(dateOf(r.createdAt), 'medium') },
  ];
}

/** Whose sales (my organization, child organizations, all) and their status. */
export function saleFilters(v: SalesListView): Filter[] {
  return [
    { name: 'scope', label: v.m('scope'), options: SCOPE_CHOICES.map((s) => [s, v.m(s === 'own' ? 'scopeOwn' : 'scopeChildren')] as const) },
    { name: 'status', label: v.m('status'), options: SALE_STATUSES.map((s) => [s, v.m(s)] as const) },
  ];
}
