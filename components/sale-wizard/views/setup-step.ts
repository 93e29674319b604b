import { html } from 'lit';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { computed } from '../../../src/ui/computed.js';
import { cancellationDate } from '../model.js';
import { textFields } from '../../../src/ui/widget-views.js';
import type { SaleWizardView } from '../view.js';

/** Step 3: the sale's status, dates, billing and name. */
export function renderSetupStep(v: SaleWizardView) {
  const cancel = computed(v.localeCode, () => cancellationDate(v.draft));
  const text = textFields(v.form, v.m('optional'));
  return html`<div class="fields">
    <ck-text-field class="wide" label=${v.m('status')} readonly .value=${v.m('pendingApproval')} hint=${v.m('statusHint')} data-path="status"></ck-text-field>
    ${text('customerPo', v.m('customerPo'), { maxlength: 50 })}
    ${text('orderNumber', v.m('orderNumber'), { maxlength: 50 })}
    <ck-date-field ${bindField(v.form, 'activationDate')} label=${v.m('activationDate')} hint=${v.m('activationHint')} required min=${v.todayDate}></ck-date-field>
    <ck-text-field
      label=${v.m('cancellationDate')}
      readonly
      hint=${v.m('cancellationHint')}
      .value=${cancel.ok && cancel.value ? v.date(cancel.value) : '—'}
      .error=${cancel.ok ? '' : cancel.message}
      ?submitted=${!cancel.ok}
      data-path="cancellationDate"
    ></ck-text-field>
    <ck-select-field
      ${bindField(v.form, 'billingMethodId')}
      label=${v.m('billed')}
      hint=${v.m('billedHint')}
      required
      .options=${v.billingMethods.map((b) => ({ value: b.id, label: b.name }))}
    ></ck-select-field>
    ${text('name', v.m('saleName'), { required: true, maxlength: 120 })}
    <ck-text-field ${bindField(v.form, 'comment')} class="wide" multiline counter maxlength="2000" label=${v.m('comment')}></ck-text-field>
  </div>`;
}
