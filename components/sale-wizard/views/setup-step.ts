import { html } from 'lit';
import type { SaleWizard } from '../sale-wizard.js';
import { computed } from '../../../src/ui/computed.js';
import { cancellationDate } from '../model.js';

/** Step 3: the sale's status, dates, billing and name. */
export function renderSetupStep(v: SaleWizard) {
  const d = v.draft;
  const cancel = computed(v.localeCode, () => cancellationDate(d));
  const text = (path: 'customerPo' | 'orderNumber' | 'name', label: string, required = false, maxlength = 50) =>
    html`<ck-text-field
      label=${required ? label : `${label} ${v.m('optional')}`}
      ?required=${required}
      maxlength=${maxlength}
      .value=${d[path]}
      ?submitted=${v.submitted}
      .error=${v.err(path)}
      data-path=${path}
      @ck-input=${v.on(path)}
    ></ck-text-field>`;
  return html`<div class="fields">
    <ck-text-field class="wide" label=${v.m('status')} readonly .value=${v.m('pendingApproval')} hint=${v.m('statusHint')} data-path="status"></ck-text-field>
    ${text('customerPo', v.m('customerPo'))}
    ${text('orderNumber', v.m('orderNumber'))}
    <ck-date-field
      label=${v.m('activationDate')}
      hint=${v.m('activationHint')}
      required
      min=${v.todayDate}
      .value=${d.activationDate}
      ?submitted=${v.submitted}
      .error=${v.err('activationDate')}
      data-path="activationDate"
      @ck-input=${v.on('activationDate')}
    ></ck-date-field>
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
      label=${v.m('billed')}
      hint=${v.m('billedHint')}
      required
      .options=${v.billingMethods.map((b) => ({ value: b.id, label: b.name }))}
      .value=${d.billingMethodId}
      ?submitted=${v.submitted}
      .error=${v.err('billingMethodId')}
      data-path="billingMethodId"
      @ck-input=${v.on('billingMethodId')}
    ></ck-select-field>
    ${text('name', v.m('saleName'), true, 120)}
    <ck-text-field
      class="wide"
      multiline
      counter
      maxlength="2000"
      label=${v.m('comment')}
      .value=${d.comment}
      ?submitted=${v.submitted}
      .error=${v.err('comment')}
      data-path="comment"
      @ck-input=${v.on('comment')}
    ></ck-text-field>
  </div>`;
}
