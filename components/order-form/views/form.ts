import { html, nothing } from 'lit';
import { estimateError } from '../model.js';
import { renderOrderFields } from './order-fields.js';
import { renderPriceSummary } from './price-summary.js';
import type { OrderFormActions, OrderFormView } from './view.js';

/** A Cloud or SaaS order: its heading and Back, the fields, a failure, Order subscription and the price summary. */
export function renderOrderForm(v: OrderFormView, actions: OrderFormActions) {
  const failure = v.failure;
  return html`<div class="stack">
    <div class="bar">
      <h2 id="heading" tabindex="-1" part="heading">${v.kind === 'cloud' ? v.m('cloudOrder') : v.m('saasOrder')}</h2>
      <button class="btn link" @click=${() => actions.back()}>← ${v.m('back')}</button>
    </div>
    <div class="columns">
      <form
        novalidate
        aria-labelledby="heading"
        @submit=${(e: Event) => {
          e.preventDefault();
          actions.submit();
        }}
      >
        <div class="stack">
          ${v.droppedDraft ? html`<ck-alert variant="info">${v.m('draftDropped')}</ck-alert>` : nothing}
          ${v.restored
            ? html`<ck-alert variant="info">${v.m('draftRestored')} <button type="button" class="btn link" @click=${() => actions.startOver()}>${v.m('startOver')}</button></ck-alert>`
            : nothing}
          ${renderOrderFields(v)}
          ${failure
            ? html`<ck-alert id="failure" tabindex="-1" variant="error" heading=${v.m('failedTitle')} ?retry=${failure.retryable} @ck-retry=${() => actions.submit()}
                >${v.failureText(failure)}</ck-alert
              >`
            : nothing}
          <div class="actions">
            <button type="submit" class="btn primary" part="submit-button" aria-disabled=${v.busy ? 'true' : 'false'}>
              ${v.busy ? html`<span class="spinner" aria-hidden="true"></span>${v.m('ordering')}` : v.m('orderSubscription')}
            </button>
          </div>
        </div>
      </form>
      ${renderPriceSummary(v, estimateError(v.form.draft, v.localeCode))}
    </div>
  </div>`;
}
