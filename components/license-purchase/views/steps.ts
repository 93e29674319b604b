import { html, nothing } from 'lit';
import { addMonths } from '../../../src/core/dates.js';
import { isolate } from '../../../src/i18n/catalog.js';
import { computed } from '../../../src/ui/computed.js';
import type { Contract } from '../../../src/schemas/license.js';
import type { LicensePurchase } from '../license-purchase.js';
import { contractBlock, contractOf, expiryPhrase, termChoice, fromStock, NOTE_MAX_LENGTH, parsedQuantity, productOf, quantityLimits, usableContracts } from '../model.js';

type V = LicensePurchase;

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
      ?submitted=${v.submitted}
      .error=${v.err('contractId')}
      @ck-input=${v.on('contractId')}
    ></ck-radio-group>
    ${contract && !contractBlock(contract) ? renderContractDetails(v, contract) : nothing}`;
}

function renderContractDetails(v: V, c: Contract) {
  const { min, max } = quantityLimits(c);
  const products = v.context.products;
  return html`<section class="details" aria-labelledby="cp-h" part="contract-details">
    <h3 id="cp-h">${v.m('contractProducts')}</h3>
    <p class="note">${v.m('term', { months: c.termMonths })} · ${v.m('quantityLimits', { min, max: max.toLocaleString(v.localeCode) })}</p>
    ${products
      ? html`<ul class="products">
          ${products.map((p) => html`<li><span>${p.name}</span><span class="money">${v.m('perLicense', { price: v.money(c.currency, p.unitPrice) })}</span></li>`)}
        </ul>`
      : html`<p class="note" role="status">${v.kit('kit.loading')}</p>`}
  </section>`;
}

export function renderAccountStep(v: V) {
  const contract = contractOf(v.draft, v.context);
  const saved = contract?.accountId ? v.context.accounts.find((a) => a.id === contract.accountId) : null;
  const failure = v.accountFailure;
  return html`<p class="lead">${v.m('accountLead')}</p>
    <div class="row">
      <ck-select-field
        label=${v.m('account')}
        required
        data-path="accountId"
        .value=${v.draft.accountId}
        .options=${v.context.accounts.map((a) => ({ value: a.id, label: a.name }))}
        ?submitted=${v.submitted}
        .error=${v.err('accountId')}
        @ck-input=${v.on('accountId')}
      ></ck-select-field>
      <button class="btn" part="save-account-button" aria-disabled=${v.savingAccount ? 'true' : 'false'} @click=${() => void v.saveAccount()}>
        ${v.savingAccount ? html`<span class="spinner" aria-hidden="true"></span>${v.m('savingAccount')}` : v.m('saveAccount')}
      </button>
    </div>
    ${saved && saved.id === v.draft.accountId ? html`<ck-alert variant="success">${v.m('accountSaved', { account: saved.name })}</ck-alert>` : nothing}
    ${failure ? v.renderFailure(failure, v.m('saveFailedTitle'), () => void v.saveAccount()) : nothing}`;
}

export function renderProductStep(v: V) {
  const contract = contractOf(v.draft, v.context);
  const products = v.context.products;
  if (!products) return html`<p class="note" role="status">${v.kit('kit.loading')}</p>`;
  return html`<p class="lead">${v.m('productLead')}</p>
    ${v.productNotice ? html`<ck-alert variant="warning">${v.productNotice}</ck-alert>` : nothing}
    <ck-radio-group
      label=${v.m('product')}
      required
      data-path="productId"
      .value=${v.draft.productId}
      .options=${products.map((p) => ({ value: p.id, label: p.name, description: `${isolate(p.sku, v.localeCode)} · ${v.m('perLicense', { price: v.money(contract!.currency, p.unitPrice) })} · ${isolate(p.description, v.localeCode)}` }))}
      ?submitted=${v.submitted}
      .error=${v.err('productId')}
      @ck-input=${v.on('productId')}
    ></ck-radio-group>`;
}

export function renderQuantityStep(v: V) {
  const { min, max } = quantityLimits(contractOf(v.draft, v.context));
  return html`<div class="fields">
    <ck-number-field
      label=${v.m('quantity')}
      hint=${`${v.m('quantityHint')} ${v.m('quantityLimits', { min, max: max.toLocaleString(v.localeCode) })}`}
      required
      min=${min}
      max=${max}
      data-path="quantity"
      .value=${v.draft.quantity}
      ?submitted=${v.submitted}
      .error=${v.err('quantity')}
      @ck-input=${v.on('quantity')}
    ></ck-number-field>
    <ck-text-field
      class="wide"
      multiline
      counter
      maxlength=${NOTE_MAX_LENGTH}
      label=${v.m('note')}
      hint=${v.m('noteHint')}
      data-path="note"
      .value=${v.draft.note}
      ?submitted=${v.submitted}
      .error=${v.err('note')}
      @ck-input=${v.on('note')}
    ></ck-text-field>
  </div>`;
}

export function renderStockStep(v: V) {
  const available = v.context.stock?.available ?? 0;
  const take = Math.min(available, parsedQuantity(v.draft) ?? 0);
  return html`<ck-alert variant="info">${v.m('stockLead')} ${v.m('stockAvailable', { count: available })}.</ck-alert>
    <ck-radio-group
      label=${v.m('stepStock')}
      required
      data-path="stockChoice"
      .value=${v.draft.stockChoice}
      .options=${[
        { value: 'use-stock', label: v.m('useStock'), description: v.m('useStockText', { count: take, available }) },
        { value: 'new-purchase', label: v.m('newPurchase'), description: v.m('newPurchaseText') },
      ]}
      ?submitted=${v.submitted}
      .error=${v.err('stockChoice')}
      @ck-input=${v.on('stockChoice')}
    ></ck-radio-group>`;
}

export function renderPreviewStep(v: V) {
  const ctx = v.context;
  const contract = contractOf(v.draft, ctx)!;
  const product = productOf(v.draft, ctx)!;
  const account = ctx.accounts.find((a) => a.id === v.draft.accountId);
  // A quote the core refuses (a backend price times the quantity past 2^53) says why instead of the preview.
  const previewed = computed(v.localeCode, () => v.preview);
  if (!previewed.ok) return html`<ck-alert variant="error" data-testid="preview-refused">${previewed.message}</ck-alert>`;
  const p = previewed.value;
  if (!p) return nothing;
  const q = p.quote;
  const qty = parsedQuantity(v.draft) ?? 0;
  const stock = fromStock(v.draft, ctx);
  const sentence = q.coTermed
    ? v.m('coterm', { count: qty, existing: ctx.active?.count ?? 0, when: expiryPhrase(q.endDate, p.quotedOn, v.localeCode) })
    : v.m('plainTerm', { months: contract.termMonths });
  const price = v.money(q.unitPrice.currency, q.unitPrice.minor);
  return html`<p class="lead">${v.m('previewLead')}</p>
    ${(ctx.stock?.available ?? 0) === 0 ? html`<p class="note">${v.m('noStock')}</p>` : nothing}
    ${v.previewNotice ? html`<ck-alert variant="warning">${v.previewNotice}</ck-alert>` : nothing}
    ${termChoice(ctx)
      ? html`<ck-radio-group
          label=${v.m('termChoice')}
          data-path="term"
          .value=${v.draft.term}
          .options=${[
            { value: 'coterm', label: v.m('termCoterm'), description: v.m('termCotermText', { date: v.date(ctx.active!.endDate!), existing: ctx.active!.count }) },
            { value: 'full', label: v.m('termFull', { months: contract.termMonths }), description: v.m('termFullText', { date: v.date(addMonths(p.quotedOn, contract.termMonths)) }) },
          ]}
          @ck-input=${v.on('term')}
        ></ck-radio-group>`
      : nothing}
    <ck-alert variant="info" data-testid="coterm"
      >${sentence} ${q.coTermed && q.factor ? v.m('cotermPrice', { days: q.factor.days, periodDays: q.factor.periodDays }) : nothing}
      ${q.cappedAtContractEnd ? v.m('capped', { date: v.date(q.endDate) }) : nothing}</ck-alert
    >
    <ck-summary-list
      part="preview"
      .items=${[
        { label: v.m('assignedTo'), value: account?.name ?? '' },
        { label: v.m('contract'), value: contract.name },
        { label: v.m('conditions'), value: contract.conditions || v.m('noConditions') },
        { label: v.m('product'), value: `${isolate(product.name, v.localeCode)} × ${qty}` },
        { label: v.m('startDate'), value: v.date(q.startDate) },
        { label: v.m('endDate'), value: v.date(q.endDate) },
        // With stock the rows add up: licenses from stock are already paid for, the rest are charged.
        ...(stock
          ? [
              { label: v.m('fromStock'), value: v.m('fromStockValue', { count: stock }) },
              { label: v.m('charged'), value: v.m('chargedValue', { count: q.charged, price }) },
            ]
          : [{ label: v.m('unitPrice'), value: price }]),
        ...(v.draft.note.trim() ? [{ label: v.m('note'), value: v.draft.note }] : []),
        { label: v.m('total'), value: v.money(q.total.currency, q.total.minor), strong: true },
      ]}
    ></ck-summary-list>`;
}
