import { html, nothing } from 'lit';
import { isolate } from '../../../src/i18n/catalog.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { countryOptions } from '../../../src/ui/countries.js';
import { domainAscii, type OrderKind, packagesFor } from '../model.js';
import { textFields } from '../../../src/ui/widget-views.js';
import type { OrderFormView } from './view.js';

/** The fields of a Cloud or SaaS order, in the order of the portal's help centre. */
export function renderOrderFields(v: OrderFormView) {
  const kind = v.kind!;
  const textField = textFields(v.form, v.m('optional'));
  return html`<div class="stack">
    ${renderSubscription(v, kind)}
    <section class="section" aria-labelledby="cust-h">
      <h3 id="cust-h">${v.m('customerDetails')}</h3>
      <div class="fields">
        ${textField('customer.companyName', v.m('companyName'), { required: true, autocomplete: 'organization' })}
        ${textField('customer.contactName', v.m('contactName'), { required: true, autocomplete: 'name' })}
        ${textField('customer.email', v.m('email'), { required: true, type: 'email', hint: v.m('emailHint'), autocomplete: 'email' })}
        ${textField('customer.phone', v.m('phone'), { type: 'tel', autocomplete: 'tel' })}
        <ck-select-field ${bindField(v.form, 'customer.country')} label=${v.m('country')} required .options=${countryOptions(v.localeCode)}></ck-select-field>
        ${textField('customer.vatNumber', v.m('vatNumber'))}
        ${textField('customer.address', v.m('address'), { wide: true, autocomplete: 'street-address' })}
      </div>
    </section>
    ${kind === 'cloud' ? renderDomain(v) : nothing}
  </div>`;
}

/** Currency, payment method, data location (Cloud), plan and postponed billing. */
function renderSubscription(v: OrderFormView, kind: OrderKind) {
  const packages = packagesFor(kind, v.options);
  const chosen = packages.find((p) => p.id === v.form.draft.packageId[kind]);
  // The Plans field is bound by hand: the draft keeps a plan per kind (packageId.cloud, .saas), its error is the order's packageId.
  // A SaaS order asks for the currency first, then the payment method, in the seed's order.
  const currencyField = html`<ck-select-field
    ${bindField(v.form, 'currency')}
    label=${v.m('currency')}
    hint=${v.m('currencyHint')}
    required
    no-placeholder
    .options=${(v.options?.currencies ?? []).map((c) => ({ value: c, label: c }))}
  ></ck-select-field>`;
  return html`<section class="section" aria-labelledby="sub-h">
    <h3 id="sub-h">${v.m('subscription')}</h3>
    ${kind === 'saas' ? html`<div class="fields">${currencyField}</div>` : nothing}
    <ck-radio-group
      ${bindField(v.form, 'paymentMethod')}
      label=${v.m('paymentMethod')}
      required
      .options=${[
        { value: 'post-paid', label: v.m('postPaid'), description: v.m('postPaidText') },
        { value: 'pre-paid', label: v.m('prePaid'), description: v.m('prePaidText') },
      ]}
    ></ck-radio-group>
    <div class="fields">
      ${kind === 'cloud' ? currencyField : nothing}
      ${kind === 'cloud'
        ? html`<ck-select-field
            ${bindField(v.form, 'dataCenterId')}
            label=${v.m('dataLocation')}
            hint=${v.m('dataLocationHint')}
            required
            .options=${(v.options?.dataCenters ?? []).map((dc) => ({ value: dc.id, label: `${isolate(dc.name, v.localeCode)} — ${isolate(dc.location, v.localeCode)}` }))}
          ></ck-select-field>`
        : nothing}
      <ck-select-field
        class="wide"
        label=${v.m('plans')}
        hint=${chosen ? chosen.description : v.m('plansHint')}
        required
        .value=${v.form.draft.packageId[kind]}
        .options=${packages.map((p) => ({ value: p.id, label: `${isolate(p.name, v.localeCode)} — ${p.maxUsers ? v.m('upTo', { count: p.maxUsers }) : v.m('unlimited')}` }))}
        ?submitted=${v.form.submitted}
        .error=${v.form.err('packageId')}
        data-path="packageId"
        @ck-input=${v.pickPackage}
      ></ck-select-field>
    </div>
    <ck-checkbox ${bindField(v.form, 'postponedBilling')} label=${`${v.m('postponedBilling')}: ${v.m('oneMonthFree')}`} hint=${v.m('postponedNote')}></ck-checkbox>
  </section>`;
}

/** Domain, administrator and who gets the credentials (Cloud orders). */
function renderDomain(v: OrderFormView) {
  const ascii = domainAscii(v.form.draft.domain);
  return html`<section class="section" aria-labelledby="dom-h">
    <h3 id="dom-h">${v.m('domainInformation')}</h3>
    <ck-alert variant="info">${v.m('domainWhy')}</ck-alert>
    <div class="fields">
      <ck-text-field
        ${bindField(v.form, 'domain')}
        label=${v.m('domain')}
        hint=${v.m('domainHint')}
        .warning=${ascii ? v.m('domainAscii', { ascii }) : ''}
        required
        autocomplete="off"
      ></ck-text-field>
      <ck-text-field ${bindField(v.form, 'adminUsername')} label=${v.m('adminUsername')} hint=${v.m('adminHint')} required autocomplete="off"></ck-text-field>
    </div>
    <ck-checkbox ${bindField(v.form, 'sendCredentialsToCustomer')} label=${v.m('sendCredentialsCustomer')} hint=${v.m('sendCredentialsCustomerHint')}></ck-checkbox>
    <ck-checkbox ${bindField(v.form, 'sendCredentialsToAuthor')} label=${v.m('sendCredentials')} hint=${v.m('sendCredentialsHint')}></ck-checkbox>
  </section>`;
}
