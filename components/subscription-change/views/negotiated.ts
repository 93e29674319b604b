import { html, nothing } from 'lit';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { failureAlert } from '../../../src/ui/widget-views.js';
import type { SubscriptionChangeActions, SubscriptionChangeView } from './view.js';

/**
 * The price negotiated for this subscription (a user allowed to see cost, where the adapter can
 * set it): price per unit and period, from, until; below the seller's cost it asks for the same
 * explicit confirmation as a change. Its own section under the change, with its own Save.
 */
export function renderNegotiated(v: SubscriptionChangeView, actions: SubscriptionChangeActions) {
  const n = v.negotiated;
  if (!n.shown) return nothing;
  const s = v.detail!.subscription;
  // Enter in its fields saves the negotiated price, not the change above it (the widget's own Enter).
  const enter = (e: Event) => {
    e.stopPropagation();
    void actions.saveNegotiated();
  };
  return html`<section class="section" part="negotiated-price" aria-labelledby="negotiated-h" @ck-enter=${enter}>
    <h3 id="negotiated-h">${v.m('negotiated')}</h3>
    <p class="note">${v.m('negotiatedHint')}</p>
    <div class="fields">
      <ck-money-field ${bindField(n.form, 'priceOverride.unitPrice')} label=${v.m('negotiatedPrice')} .currency=${s.currency} required></ck-money-field>
      <ck-date-field ${bindField(n.form, 'priceOverride.from')} label=${v.m('negotiatedFrom')} required></ck-date-field>
      <ck-date-field ${bindField(n.form, 'priceOverride.until')} label=${v.m('negotiatedUntil')}></ck-date-field>
    </div>
    ${n.belowCost ? html`<ck-checkbox ${bindField(n.form, 'confirmBelowCost')} label=${v.m('belowCostConfirm')} required></ck-checkbox>` : nothing}
    ${n.failure
      ? failureAlert(v.localeCode, n.failure, v.m('negotiatedFailed'), () => void actions.saveNegotiated(n.lastRemove), undefined, n.failure.kind === 'conflict' ? v.m('negotiatedReloaded') : nothing)
      : nothing}
    <div class="actions">
      <button type="button" class="btn primary" part="negotiated-save" ?disabled=${n.busy} @click=${() => actions.saveNegotiated()}>${v.m('negotiatedSave')}</button>
      ${s.priceOverride ? html`<button type="button" class="btn" ?disabled=${n.busy} @click=${() => actions.saveNegotiated(true)}>${v.m('negotiatedRemove')}</button>` : nothing}
    </div>
  </section>`;
}
