import { html, nothing } from 'lit';
import type { LicenseRow } from '../../../src/schemas/lists.js';
import type { Column, Filter } from '../../../src/ui/data-table.js';
import { LICENSE_STATES, stateTone } from '../model.js';
import type { LicenseListView } from '../view.js';

/** The columns of the Active tab; rows are grouped by product. */
export function licenseColumns(v: LicenseListView): Column<LicenseRow>[] {
  const left = (r: LicenseRow) =>
    html`${r.daysLeft}${r.expiresThisMonth ? html` <span class="badge warn" part="expires-mark">${v.m('expiresThisMonth')}</span>` : nothing}`;
  return [
    { label: v.m('product'), sort: 'product', cell: (r) => r.productName },
    { label: v.m('quantity'), sort: 'quantity', num: true, cell: (r) => r.quantity },
    { label: v.m('startDate'), sort: 'startDate', cell: (r) => v.date(r.startDate, 'medium') },
    { label: v.m('endDate'), sort: 'endDate', cell: (r) => v.date(r.endDate, 'medium') },
    { label: v.m('daysLeft'), sort: 'daysLeft', cell: left },
    { label: v.m('state'), cell: (r) => html`<span class="badge ${stateTone(r.state)}">${v.m(r.state)}</span>` },
    { label: v.m('actions'), cell: (r) => (r.subscriptionId ? changeButtons(v, r) : nothing) },
  ];
}

/** Renew and Add licenses: the row's subscription in <subscription-change>. */
function changeButtons(v: LicenseListView, r: LicenseRow) {
  const product = r.productName;
  return html`<span class="row-actions">
    <button type="button" class="btn small" part="renew-button" aria-label=${v.m('renewLabel', { product })} @click=${() => v.changeLicenses(r, 'renew')}>${v.m('renew')}</button>
    <button type="button" class="btn small" part="add-button" aria-label=${v.m('addLabel', { product })} @click=${() => v.changeLicenses(r, 'change')}>${v.m('addLicenses')}</button>
  </span>`;
}

export function licenseFilters(v: LicenseListView): Filter[] {
  return [{ name: 'status', label: v.m('state'), options: LICENSE_STATES.map((s) => [s, v.m(s)] as const) }];
}
