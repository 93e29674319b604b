import { html, nothing } from 'lit';
import { countryOptions } from '../../../src/ui/countries.js';
import type { SaleWizard } from '../sale-wizard.js';

/** Step 1: the organization the sale is for (search or create), and optional new contacts and users. */
export function renderAccountStep(v: SaleWizard) {
  const d = v.draft;
  const o = d.newOrganization;
  const text = (path: string, label: string, value: string, opts: { required?: boolean; type?: 'email' | 'tel'; autocomplete?: AutoFill } = {}) =>
    html`<ck-text-field
      label=${opts.required ? label : `${label} ${v.m('optional')}`}
      ?required=${!!opts.required}
      .type=${opts.type ?? 'text'}
      .autocomplete=${opts.autocomplete}
      .value=${value}
      ?submitted=${v.submitted}
      .error=${v.err(path)}
      data-path=${path}
      @ck-input=${v.on(path)}
    ></ck-text-field>`;
  const person = (kind: 'contacts' | 'users', i: number) => {
    const p = d[kind][i]!;
    const n = i + 1;
    return html`<fieldset class="person">
      <legend>${kind === 'contacts' ? v.m('contact', { n }) : v.m('user', { n })}</legend>
      <div class="fields">
        ${text(`${kind}.${i}.firstName`, v.m('firstName'), p.firstName, { required: true, autocomplete: 'off' })}
        ${text(`${kind}.${i}.lastName`, v.m('lastName'), p.lastName, { required: true, autocomplete: 'off' })}
        ${text(`${kind}.${i}.email`, v.m('email'), p.email, { required: true, type: 'email', autocomplete: 'off' })}
        ${kind === 'contacts' ? text(`${kind}.${i}.phone`, v.m('phone'), p.phone ?? '', { type: 'tel', autocomplete: 'off' }) : nothing}
      </div>
      <button class="btn link" aria-label=${kind === 'contacts' ? v.m('removeContact', { n }) : v.m('removeUser', { n })} @click=${() => v.removePerson(kind, i)}>
        ${v.m('remove')}
      </button>
    </fieldset>`;
  };

  return html`<p class="lead">${v.m('accountLead')}</p>
    <ck-radio-group
      label=${v.m('saleFor')}
      data-path="orgMode"
      .value=${d.orgMode}
      .options=${[
        { value: 'existing', label: v.m('existingOrg') },
        { value: 'new', label: v.m('newOrg') },
      ]}
      @ck-input=${v.on('orgMode')}
    ></ck-radio-group>
    ${d.orgMode === 'existing'
      ? html`<ck-combobox
          label=${v.m('organization')}
          hint=${v.m('organizationHint')}
          required
          data-path="organizationId"
          .value=${d.organizationId}
          .valueLabel=${d.organizationLabel}
          .search=${v.searchOrganizations}
          ?submitted=${v.submitted}
          .error=${v.err('organizationId')}
          @ck-select=${v.onOrganization}
        ></ck-combobox>`
      : html`<div class="fields">
          ${text('newOrganization.name', v.m('orgName'), o.name, { required: true, autocomplete: 'organization' })}
          ${text('newOrganization.email', v.m('orgEmail'), o.email, { required: true, type: 'email', autocomplete: 'email' })}
          <ck-select-field
            label=${v.m('orgCountry')}
            required
            .options=${countryOptions(v.localeCode)}
            .value=${o.country}
            ?submitted=${v.submitted}
            .error=${v.err('newOrganization.country')}
            data-path="newOrganization.country"
            @ck-input=${v.on('newOrganization.country')}
          ></ck-select-field>
          ${text('newOrganization.city', v.m('orgCity'), o.city, { autocomplete: 'address-level2' })}
          ${text('newOrganization.phone', v.m('orgPhone'), o.phone, { type: 'tel', autocomplete: 'tel' })}
          ${text('newOrganization.vatNumber', v.m('orgVat'), o.vatNumber)}
        </div>`}
    <section class="section" aria-labelledby="people-h">
      <h3 id="people-h">${v.m('peopleTitle')}</h3>
      <p class="note">${v.m('peopleLead')}</p>
      ${d.contacts.map((_, i) => person('contacts', i))} ${d.users.map((_, i) => person('users', i))}
      <div class="actions start">
        <button class="btn" data-action="add-contact" @click=${() => v.addPerson('contacts')}>+ ${v.m('addContact')}</button>
        <button class="btn" data-action="add-user" @click=${() => v.addPerson('users')}>+ ${v.m('addUser')}</button>
      </div>
    </section>`;
}
