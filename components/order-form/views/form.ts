import { type CSSResultOrNative, html, nothing } from 'lit';
import { columnsForm, draftNotes, errorSummary, failureAlert, submitButton } from '../../../src/ui/widget-views.js';
import { countryOptions } from '../../../src/ui/countries.js';
import { rehearse } from '../../../src/ui/warm-up.js';
import { estimateError, validateOrder } from '../model.js';
import { renderOrderFields } from './order-fields.js';
import { renderPriceSummary } from './price-summary.js';
import type { OrderFormActions, OrderFormView } from './view.js';

/**
 * What choosing Cloud or SaaS first computes, done while the page is idle (src/ui/warm-up.ts): the
 * countries named and sorted in the locale, each kind's checks (their schemas' first run), and the
 * Cloud form rehearsed out of sight (its templates, styles, code and 250 countries made ready).
 */
export function warmOrderForm(v: OrderFormView, styles: CSSResultOrNative[]): Promise<void> | undefined {
  countryOptions(v.localeCode);
  if (v.kind) return;
  for (const kind of ['cloud', 'saas'] as const) validateOrder(kind, v.form.draft, v.options, v.localeCode);
  const cloud: OrderFormView = Object.create(v, { kind: { value: 'cloud' } });
  return rehearse('order-form cloud', () => renderOrderForm(cloud, { submit() {}, back() {}, startOver() {} }), styles);
}

/** A Cloud or SaaS order: its heading and Back, the fields, a failure, Order subscription and the price summary. */
export function renderOrderForm(v: OrderFormView, actions: OrderFormActions) {
  const failure = v.failure;
  return html`<div class="stack">
    <div class="bar">
      <h2 id="heading" tabindex="-1" part="heading">${v.kind === 'cloud' ? v.m('cloudOrder') : v.m('saasOrder')}</h2>
      <button class="btn link" @click=${() => actions.back()}>← ${v.m('back')}</button>
    </div>
    ${columnsForm(
      () => actions.submit(),
      html`<div class="stack">
        ${draftNotes(v.droppedDraft && v.m('draftDropped'), v.restored && v.m('draftRestored'), v.m('startOver'), () => actions.startOver())}
        ${errorSummary(v.form, v.renderRoot)} ${renderOrderFields(v)}
        ${failure ? failureAlert(v.localeCode, failure, v.m('failedTitle'), () => actions.submit()) : nothing}
      </div>`,
      renderPriceSummary(v, estimateError(v.form.draft, v.localeCode)),
      html`<div class="actions">${submitButton({ label: v.m('orderSubscription'), busyLabel: v.m('ordering'), busy: v.busy })}</div>`,
    )}
  </div>`;
}
