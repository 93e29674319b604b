import { html, nothing } from 'lit';
import type { Contract } from '../../../src/schemas/license.js';
import { contractBlock, contractOf, quantityLimits, usableContracts } from '../model.js';
import type { LicensePurchaseView as V } from '../view.js';
import { loadingNote } from '../../../src/ui/widget-views.js';

function blockReason(v: V, c: Contract): string {
  const b = contractBlock(c);
  if (b === 'inactive') return v.m('notActive', { status: c.status === 'expired' ? v.m('statusExpired') : v.m('statusSuspended') });
  if (b === 'no-permission') return v.m('noPermission');
  return '';
}

export function renderLimitations(v: V) {
  return html`<ck-alert variant="warning" heading=${v.m('noUsableTitle')}>
    <p>${v.m('limitations')}:</p>
    <ul>
      <li>${v.m('limitActive')}</li>
      <li>${v.m('limitPermission')}</li>
      <li>${v.m('limitProducts')}</li>
    </ul>
  </ck-alert>`;
}

export function renderContractStep(v: V) {
  const ctx = v.context;
  if (!usableContracts(ctx.contracts).length) {
    return html`${renderLimitations(v)}
      <ul class="contracts">
        ${ctx.contracts.map((c) => html`<li><strong>${c.name}</strong> <span class="note">— ${blockReason(v, c)}</span></li>`)}
      </ul>`;
  }
  const contract = contractOf(v.draft, ctx);
  return html`<p class="lead">${v.m('contractLead')}</p>
    <ck-radio-group
      label=${v.m('contract')}
      required
      data-path="contractId"
      .value=${v.draft.contractId}
      .options=${ctx.contracts.map((c) => ({ value: c.id, label: c.name, description: blockReason(v, c) || v.m('validUntil', { date: v.date(c.endDate) }), disabled: !!contractBlock(c) }))}
      ?submitted=${v.form.submitted}
      .error=${v.form.err('contractId')}
      @ck-input=${(e: CustomEvent<{ value: unknown }>) => v.choose('contractId', e.detail.value)}
    ></ck-radio-group>
    ${contract && !contractBlock(contract) ? renderContractDetails(v, contract) : nothing}`;
}

function renderContractDetails(v: V, c: Contract) {
  const { min, max } = quantityLimits(c);
  const products = v.context.products;
  return html`<section class="details" aria-labelledby="cp-h" part="contract-details">
    <h3 id="cp-h">${v.m('contractProducts')}</h3>
    <p class="note">${v.m('term', { months: c.termMonths })} · ${v.m('quantityLimits', { min, max })}</p>
    ${products
      ? html`<ul class="products">
          ${products.map((p) => html`<li><span>${p.name}</span><span class="money">${v.m('perLicense', { price: v.money(c.currency, p.unitPrice) })}</span></li>`)}
        </ul>`
      : loadingNote(v.localeCode)}
  </section>`;
}
