import { html, nothing } from 'lit';
import { isolate } from '../../../src/i18n/catalog.js';
import { countryOptions } from '../../../src/ui/countries.js';
import { domainAscii, packagesFor } from '../model.js';
import type { OrderFormView } from './view.js';

/** The fields of a Cloud or SaaS order, in the order of the portal's help centre. */
export function renderOrderFields(v: OrderFormView) {
  const kind = v.kind!;
  const d = v.draft;
  const common = (path: string) => ({ error: v.err(path), on: v.on(path) });
  const packages = packagesFor(kind, v.options);
  const chosen = packages.find((p) => p.id === d.packageId[kind]);
  const ascii = kind === 'cloud' ? domainAscii(d.domain) : null;
  const currencies = (v.options?.currencies ?? []).map((c) => ({ value: c, label: c }));
  const text = (path: string, label: string, value: string, extra: { required?: boolean; type?: string; hint?: string; autocomplete?: AutoFill; wide?: boolean } = {}) => {
    const f = common(path);
    return html`<ck-text-field
      class=${extra.wide ? 'wide' : ''}
      label=${extra.required ? label : `${label} ${v.m('optional')}`}
      .value=${value}
      .type=${(extra.type ?? 'text') as 'text'}
      .autocomplete=${extra.autocomplete}
      hint=${extra.hint ?? ''}
      ?required=${!!extra.required}
      ?submitted=${v.submitted}
      .error=${f.error}
      data-path=${path}
      @ck-input=${f.on}
    ></ck-text-field>`;
  };

  // A SaaS order asks for the currency first, then the payment method, in the seed's order.
  const currencyField = html`<ck-select-field
          label=${v.m('currency')}
          hint=${v.m('currencyHint')}
          required
          no-placeholder
          .value=${d.currency}
          .options=${currencies}
          ?submitted=${v.submitted}
          .error=${v.err('currency')}
          data-path="currency"
          @ck-input=${v.on('currency')}
        ></ck-select-field>`;

  return html`<div class="stack">
    <section class="section" aria-labelledby="sub-h">
      <h3 id="sub-h">${v.m('subscription')}</h3>
      ${kind === 'saas' ? html`<div class="fields">${currencyField}</div>` : nothing}
      <ck-radio-group
        label=${v.m('paymentMethod')}
        required
        .value=${d.paymentMethod}
        .options=${[
          { value: 'post-paid', label: v.m('postPaid'), description: v.m('postPaidText') },
          { value: 'pre-paid', label: v.m('prePaid'), description: v.m('prePaidText') },
        ]}
        ?submitted=${v.submitted}
        .error=${v.err('paymentMethod')}
        data-path="paymentMethod"
        @ck-input=${v.on('paymentMethod')}
      ></ck-radio-group>
      <div class="fields">
${kind === 'cloud' ? currencyField : nothing}
        ${kind === 'cloud'
          ? html`<ck-select-field
              label=${v.m('dataLocation')}
              hint=${v.m('dataLocationHint')}
              required
              .value=${d.dataCenterId}
              .options=${(v.options?.dataCenters ?? []).map((dc) => ({ value: dc.id, label: `${isolate(dc.name, v.localeCode)} — ${isolate(dc.location, v.localeCode)}` }))}
              ?submitted=${v.submitted}
              .error=${v.err('dataCenterId')}
              data-path="dataCenterId"
              @ck-input=${v.on('dataCenterId')}
            ></ck-select-field>`
          : nothing}
        <ck-select-field
          class="wide"
          label=${v.m('plans')}
          hint=${chosen ? chosen.description : v.m('plansHint')}
          required
          .value=${d.packageId[kind]}
          .options=${packages.map((p) => ({ value: p.id, label: `${isolate(p.name, v.localeCode)} — ${p.maxUsers ? v.m('upTo', { count: p.maxUsers }) : v.m('unlimited')}` }))}
          ?submitted=${v.submitted}
          .error=${v.err('packageId')}
          data-path="packageId"
          @ck-input=${v.on(`packageId.${kind}`)}
        ></ck-select-field>
      </div>
      <ck-checkbox
        label=${`${v.m('postponedBilling')}: ${v.m('oneMonthFree')}`}
        hint=${v.m('postponedNote')}
        .value=${d.postponedBilling}
        data-path="postponedBilling"
        @ck-input=${v.on('postponedBilling')}
      ></ck-checkbox>
    </section>

    <section class="section" aria-labelledby="cust-h">
      <h3 id="cust-h">${v.m('customerDetails')}</h3>
      <div class="fields">
        ${text('customer.companyName', v.m('companyName'), d.customer.companyName, { required: true, autocomplete: 'organization' })}
        ${text('customer.contactName', v.m('contactName'), d.customer.contactName, { required: true, autocomplete: 'name' })}
        ${text('customer.email', v.m('email'), d.customer.email, { required: true, type: 'email', hint: v.m('emailHint'), autocomplete: 'email' })}
        ${text('customer.phone', v.m('phone'), d.customer.phone, { type: 'tel', autocomplete: 'tel' })}
        <ck-select-field
          label=${v.m('country')}
          required
          .value=${d.customer.country}
          .options=${countryOptions(v.localeCode)}
          ?submitted=${v.submitted}
          .error=${v.err('customer.country')}
          data-path="customer.country"
          @ck-input=${v.on('customer.country')}
        ></ck-select-field>
        ${text('customer.vatNumber', v.m('vatNumber'), d.customer.vatNumber)}
        ${text('customer.address', v.m('address'), d.customer.address, { wide: true, autocomplete: 'street-address' })}
      </div>
    </section>

    ${kind === 'cloud'
      ? html`<section class="section" aria-labelledby="dom-h">
          <h3 id="dom-h">${v.m('domainInformation')}</h3>
          <ck-alert variant="info">${v.m('domainWhy')}</ck-alert>
          <div class="fields">
            <ck-text-field
              label=${v.m('domain')}
              hint=${v.m('domainHint')}
              .warning=${ascii ? v.m('domainAscii', { ascii }) : ''}
              required
              autocomplete="off"
              .value=${d.domain}
              ?submitted=${v.submitted}
              .error=${v.err('domain')}
              data-path="domain"
              @ck-input=${v.on('domain')}
            ></ck-text-field>
            <ck-text-field
              label=${v.m('adminUsername')}
              hint=${v.m('adminHint')}
              required
              autocomplete="off"
              .value=${d.adminUsername}
              ?submitted=${v.submitted}
              .error=${v.err('adminUsername')}
              data-path="adminUsername"
              @ck-input=${v.on('adminUsername')}
            ></ck-text-field>
          </div>
          <ck-checkbox
            label=${v.m('sendCredentialsCustomer')}
            hint=${v.m('sendCredentialsCustomerHint')}
            .value=${d.sendCredentialsToCustomer}
            data-path="sendCredentialsToCustomer"
            @ck-input=${v.on('sendCredentialsToCustomer')}
          ></ck-checkbox>
          <ck-checkbox
            label=${v.m('sendCredentials')}
            hint=${v.m('sendCredentialsHint')}
            .value=${d.sendCredentialsToAuthor}
            data-path="sendCredentialsToAuthor"
            @ck-input=${v.on('sendCredentialsToAuthor')}
          ></ck-checkbox>
        </section>`
      : nothing}
  </div>`;
}
