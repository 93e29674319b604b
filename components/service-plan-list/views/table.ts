import { html } from 'lit';
import type { PlanRow } from '../../../src/schemas/lists.js';
import { billingTypeName } from '../../../src/ui/billing-type-messages.js';
import type { Column, Filter } from '../../../src/ui/data-table.js';
import { PLAN_STATUSES, type PeriodSummary, periodSummaries } from '../model.js';
import type { PlanListView, PlanRowActions } from '../view.js';

function periodText(v: PlanListView, p: PeriodSummary): string {
  if (p.kind === 'endless') return v.m('endless');
  const length = v.m(p.unit, { count: p.count });
  return p.trial ? v.m('trial', { period: length }) : length;
}

function renderRowActions(v: PlanListView, a: PlanRowActions, r: PlanRow) {
  const busy = v.busy ? 'true' : 'false';
  return html`<span class="row-actions">
    <button type="button" class="btn link" part="copy-button" aria-disabled=${busy} aria-label=${v.m('copyLabel', { name: r.name })} @click=${() => a.copy(r)}>${v.m('copy')}</button>
    <button type="button" class="btn link" part="active-button" aria-disabled=${busy} aria-label=${v.m(r.active ? 'deactivateLabel' : 'activateLabel', { name: r.name })} @click=${() => a.toggle(r)}>
      ${v.m(r.active ? 'deactivate' : 'activate')}
    </button>
  </span>`;
}

/** The columns of a product's plans, the last one its Copy and Activate / Deactivate buttons. */
export function planColumns(v: PlanListView, a: PlanRowActions): Column<PlanRow>[] {
  return [
    { label: v.m('name'), sort: 'name', primary: true, cell: (r) => r.name },
    { label: v.m('billingType'), sort: 'billingType', cell: (r) => billingTypeName(v.localeCode, r.billingType) },
    { label: v.m('sku'), sort: 'sku', cell: (r) => r.sku },
    { label: v.m('status'), sort: 'active', cell: (r) => html`<span class="badge ${r.active ? 'ok' : 'off'}">${v.m(r.active ? 'active' : 'inactive')}</span>` },
    { label: v.m('periods'), cell: (r) => periodSummaries(r).map((p) => periodText(v, p)).join(', ') },
    { label: v.m('resources'), cell: (r) => r.resources.join(', ') || v.m('none') },
    { label: v.m('actions'), cell: (r) => renderRowActions(v, a, r) },
  ];
}

export function planFilters(v: PlanListView): Filter[] {
  return [{ name: 'status', label: v.m('status'), options: PLAN_STATUSES.map((s) => [s, v.m(s)] as const) }];
}
