import { html, nothing } from 'lit';
import { isolate } from '../../../src/i18n/catalog.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { columnsForm, draftNotes, errorSummary, failureAlert, submitButton } from '../../../src/ui/widget-views.js';
import { chosenPlan, offersRenewal } from '../model.js';
import { planPrice, renderCurrent } from './current.js';
import { renderNegotiated } from './negotiated.js';
import { renderPreview } from './preview.js';
import type { SubscriptionChangeActions, SubscriptionChangeView } from './view.js';

/** The subscription, what to change (or renew), the preview, and Confirm. */
export function renderChangeForm(v: SubscriptionChangeView, actions: SubscriptionChangeActions) {
  const failure = v.failure;
  const renew = v.form.draft.action === 'renew';
  return html`<div class="stack">
    <h2 id="heading" tabindex="-1" part="heading">${v.m('title')}</h2>
    ${renderCurrent(v, actions)}
    ${columnsForm(
      () => actions.submit(),
      html`<div class="stack">
        ${draftNotes(false, v.restored && v.m('restored'))} ${errorSummary(v.form, v.renderRoot)} ${renderChoice(v)}
        ${failure ? failureAlert(v.localeCode, failure, v.m('failedTitle'), () => actions.submit()) : nothing}
      </div>`,
      renderPreview(v),
      // After the preview: under it on a narrow screen, under the fields beside it on a wide one.
      html`<div class="actions">${submitButton({ label: renew ? v.m('confirmRenew') : v.m('confirm'), busyLabel: v.m('saving'), busy: v.busy })}</div>`,
    )}
    ${renderNegotiated(v, actions)}
  </div>`;
}

/** Change or renew (where renewing is offered), then the plan and the quantity. */
function renderChoice(v: SubscriptionChangeView) {
  const detail = v.detail!;
  const s = detail.subscription;
  const plan = chosenPlan(v.form.draft, detail);
  const action = offersRenewal(detail)
    ? html`<ck-radio-group
        ${bindField(v.form, 'action')}
        label=${v.m('action')}
        .options=${[
          { value: 'change', label: v.m('actionChange'), description: v.m('actionChangeText') },
          { value: 'renew', label: v.m('actionRenew'), description: s.renewable ? v.m('actionRenewText') : v.m('noRenew', { date: v.date(s.termEnd) }) },
        ]}
      ></ck-radio-group>`
    : nothing;
  // One template for both choices: the radio group is the same element whichever is chosen, so
  // an arrow key that changes the choice keeps focus on it (a second template rebuilt it).
  return html`${action}${v.form.draft.action === 'renew' ? nothing : changeFields(v, plan)}`;
}

function changeFields(v: SubscriptionChangeView, plan: ReturnType<typeof chosenPlan>) {
  const detail = v.detail!;
  const s = detail.subscription;
  return html`<div class="fields">
      <ck-select-field
        ${bindField(v.form, 'planId')}
        label=${v.m('plan')}
        required
        no-placeholder
        .options=${detail.plans.map((p) => {
          const name = isolate(p.name, v.localeCode);
          return { value: p.id, label: v.m('planOption', { name: p.id === s.planId ? v.m('yourPlan', { name }) : name, price: planPrice(v, s, p) }) };
        })}
      ></ck-select-field>
      <ck-number-field
        ${bindField(v.form, 'quantity')}
        label=${v.m(s.unit)}
        hint=${plan?.maxQuantity ? v.m('maxQuantity', { count: plan.maxQuantity }) : ''}
        required
        min="0"
      ></ck-number-field>
    </div>
    ${v.margin?.after?.belowCost ? html`<ck-checkbox ${bindField(v.form, 'belowCost')} label=${v.m('belowCostConfirm')} required></ck-checkbox>` : nothing}`;
}
