import { html, nothing } from 'lit';
import { isolate } from '../../../src/i18n/catalog.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { contractOf, NOTE_MAX_LENGTH, quantityLimits, stockOnOffer } from '../model.js';
import type { LicensePurchaseView as V } from '../view.js';
import { renderFailure } from './failure.js';
import { loadingNote } from '../../../src/ui/widget-views.js';

export function renderAccountStep(v: V) {
  const contract = contractOf(v.draft, v.context);
  const saved = contract?.accountId ? v.context.accounts.find((a) => a.id === contract.accountId) : null;
  const failure = v.data.accountFailure;
  return html`<p class="lead">${v.m('accountLead')}</p>
    <div class="row">
      <ck-select-field ${bindField(v.form, 'accountId')} label=${v.m('account')} required .options=${v.context.accounts.map((a) => ({ value: a.id, label: a.name }))}></ck-select-field>
      <button class="btn" part="save-account-button" aria-disabled=${v.data.accountSave.busy ? 'true' : 'false'} @click=${() => void v.saveAccount()}>
        ${v.data.accountSave.busy ? html`<span class="spinner" aria-hidden="true"></span>${v.m('savingAccount')}` : v.m('saveAccount')}
      </button>
    </div>
    ${saved && saved.id === v.draft.accountId ? html`<ck-alert variant="success">${v.m('accountSaved', { account: saved.name })}</ck-alert>` : nothing}
    ${failure ? renderFailure(v, failure, v.m('saveFailedTitle'), () => void v.saveAccount()) : nothing}`;
}

export function renderProductStep(v: V) {
  const contract = contractOf(v.draft, v.context);
  const products = v.context.products;
  if (!products) return loadingNote(v.localeCode);
  return html`<p class="lead">${v.m('productLead')}</p>
    ${v.checkout.productNotice ? html`<ck-alert variant="warning">${v.checkout.productNotice}</ck-alert>` : nothing}
    <ck-radio-group
      label=${v.m('product')}
      required
      data-path="productId"
      .value=${v.draft.productId}
      .options=${products.map((p) => ({ value: p.id, label: p.name, description: `${isolate(p.sku, v.localeCode)} · ${v.m('perLicense', { price: v.money(contract!.currency, p.unitPrice) })} · ${isolate(p.description, v.localeCode)}` }))}
      ?submitted=${v.form.submitted}
      .error=${v.form.err('productId')}
      @ck-input=${(e: CustomEvent<{ value: unknown }>) => v.choose('productId', e.detail.value)}
    ></ck-radio-group>`;
}

export function renderQuantityStep(v: V) {
  const { min, max } = quantityLimits(contractOf(v.draft, v.context));
  return html`<div class="fields">
    <ck-number-field
      ${bindField(v.form, 'quantity')}
      label=${v.m('quantity')}
      hint=${`${v.m('quantityHint')} ${v.m('quantityLimits', { min, max })}`}
      required
      min=${min}
      max=${max}
    ></ck-number-field>
    <ck-text-field ${bindField(v.form, 'note')} class="wide" multiline counter maxlength=${NOTE_MAX_LENGTH} label=${v.m('note')} hint=${v.m('noteHint')}></ck-text-field>
  </div>`;
}

export function renderStockStep(v: V) {
  const available = v.context.stock?.available ?? 0;
  return html`<ck-alert variant="info">${v.m('stockLead')} ${v.m('stockAvailable', { count: available })}.</ck-alert>
    <ck-radio-group
      ${bindField(v.form, 'stockChoice')}
      label=${v.m('stepStock')}
      required
      .options=${[
        { value: 'use-stock', label: v.m('useStock'), description: v.m('useStockText', { count: stockOnOffer(v.draft, v.context), available }) },
        { value: 'new-purchase', label: v.m('newPurchase'), description: v.m('newPurchaseText') },
      ]}
    ></ck-radio-group>`;
}
