import { html, nothing } from 'lit';
import { addMonths, type CalendarDate } from '../../../src/core/dates.js';
import type { LicenseQuote } from '../../../src/core/quotes.js';
import { isolate } from '../../../src/i18n/catalog.js';
import type { Contract } from '../../../src/schemas/license.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { renderEconomics } from '../../../src/ui/economics-summary.js';
import { contractOf, expiryPhrase, fromStock, parsedQuantity, productOf, purchaseEconomics, termChoice } from '../model.js';
import type { LicensePurchaseView as V } from '../view.js';

export function renderPreviewStep(v: V) {
  const ctx = v.context;
  const contract = contractOf(v.draft, ctx)!;
  // A quote the core refuses (a backend price times the quantity past 2^53) says why instead of the preview.
  const previewed = v.checkout.preview;
  if (!previewed.ok) return html`<ck-alert variant="error" data-testid="preview-refused">${previewed.message}</ck-alert>`;
  const p = previewed.value;
  if (!p) return nothing;
  const q = p.quote;
  const sentence = q.coTermed
    ? v.m('coterm', { count: parsedQuantity(v.draft) ?? 0, existing: ctx.active?.count ?? 0, when: expiryPhrase(q.endDate, p.quotedOn, v.localeCode) })
    : v.m('plainTerm', { months: contract.termMonths });
  return html`<p class="lead">${v.m('previewLead')}</p>
    ${(ctx.stock?.available ?? 0) === 0 ? html`<p class="note">${v.m('noStock')}</p>` : nothing}
    ${v.checkout.previewNotice ? html`<ck-alert variant="warning">${v.checkout.previewNotice}</ck-alert>` : nothing}
    ${termChoice(ctx) ? renderTermChoice(v, contract, p.quotedOn) : nothing}
    <ck-alert variant="info" data-testid="coterm"
      >${sentence} ${q.coTermed && q.factor ? v.m('cotermPrice', { days: q.factor.days, periodDays: q.factor.periodDays }) : nothing}
      ${q.cappedAtContractEnd ? v.m('capped', { date: v.date(q.endDate) }) : nothing}</ck-alert
    >
    <ck-summary-list part="preview" .items=${previewItems(v, contract, q)} data-price=${`${v.m('total')} ${v.money(q.total.currency, q.total.minor)}`}></ck-summary-list>
    ${renderPurchaseEconomics(v, q, p.quotedOn)}`;
}

/** The seller's cost and margin of the licenses charged (a user allowed to see cost only). */
function renderPurchaseEconomics(v: V, q: LicenseQuote, quotedOn: CalendarDate) {
  const e = purchaseEconomics(v.draft, v.context, q, quotedOn);
  const label = `${isolate(productOf(v.draft, v.context)!.name, v.localeCode)} × ${q.charged}`;
  return renderEconomics(v, e && [{ label, economics: e }], e);
}

/** Co-term with the account's active licenses, or a full term from the day of the quote. */
function renderTermChoice(v: V, contract: Contract, quotedOn: CalendarDate) {
  const active = v.context.active!;
  return html`<ck-radio-group
    ${bindField(v.form, 'term')}
    label=${v.m('termChoice')}
    .options=${[
      { value: 'coterm', label: v.m('termCoterm'), description: v.m('termCotermText', { date: v.date(active.endDate!), existing: active.count }) },
      { value: 'full', label: v.m('termFull', { months: contract.termMonths }), description: v.m('termFullText', { date: v.date(addMonths(quotedOn, contract.termMonths)) }) },
    ]}
  ></ck-radio-group>`;
}

/** The rows of the preview summary. */
function previewItems(v: V, contract: Contract, q: LicenseQuote) {
  const ctx = v.context;
  const account = ctx.accounts.find((a) => a.id === v.draft.accountId);
  const product = productOf(v.draft, ctx)!;
  const stock = fromStock(v.draft, ctx);
  const price = v.money(q.unitPrice.currency, q.unitPrice.minor);
  return [
    { label: v.m('assignedTo'), value: account?.name ?? '' },
    { label: v.m('contract'), value: contract.name },
    { label: v.m('conditions'), value: contract.conditions || v.m('noConditions') },
    { label: v.m('product'), value: `${isolate(product.name, v.localeCode)} × ${parsedQuantity(v.draft) ?? 0}` },
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
  ];
}
