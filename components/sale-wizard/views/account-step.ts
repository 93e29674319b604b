import { html, nothing } from 'lit';
import { countryOptions } from '../../../src/ui/countries.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { textFields } from '../../../src/ui/widget-views.js';
import type { SaleWizardView } from '../view.js';

/** A new contact or user: names, email (and a contact's phone), with its Remove button. */
function renderPerson(v: SaleWizardView, kind: 'contacts' | 'users', i: number) {
  const n = i + 1;
  const at = (field: string) => `${kind}.${i}.${field}`;
  const text = textFields(v.form, v.m('optional'));
  return html`<fieldset class="person">
    <legend>${kind === 'contacts' ? v.m('contact', { n }) : v.m('user', { n })}</legend>
    <div class="fields">
      ${text(at('firstName'), v.m('firstName'), { required: true, autocomplete: 'off' })}
      ${text(at('lastName'), v.m('lastName'), { required: true, autocomplete: 'off' })}
      ${text(at('email'), v.m('email'), { required: true, type: 'email', autocomplete: 'off' })}
      ${kind === 'contacts' ? text(at('phone'), v.m('phone'), { type: 'tel', autocomplete: 'off' }) : nothing}
    </div>
    <button class="btn link" aria-label=${kind === 'contacts' ? v.m('removeContact', { n }) : v.m('removeUser', { n })} @click=${() => v.removePerson(kind, i)}>
      ${v.m('remove')}
    </button>
  </fieldset>`;
}

/** The organization: one searched among the seller's, or a new one typed in. */
function renderOrganization(v: SaleWizardView) {
  const d = v.draft;
  if (d.orgMode === 'existing') {
    return html`<ck-combobox
      label=${v.m('organization')}
      hint=${v.m('organizationHint')}
      required
      data-path="organizationId"
      .value=${d.organizationId}
      .valueLabel=${d.organizationLabel}
      .search=${v.searchOrganizations}
      ?submitted=${v.form.submitted}
      .error=${v.err('organizationId')}
      @ck-select=${v.onOrganization}
    ></ck-combobox>`;
  }
  const text = textFields(v.form, v.m('optional'));
  return html`<div class="fields">
    ${text('newOrganization.name', v.m('orgName'), { required: true, autocomplete: 'organization' })}
    ${text('newOrganization.email', v.m('orgEmail'), { required: true, type: 'email', autocomplete: 'email' })}
    <ck-select-field ${bindField(v.form, 'newOrganization.country')} label=${v.m('orgCountry')} required .options=${countryOptions(v.localeCode)}></ck-select-field>
    ${text('newOrganization.city', v.m('orgCity'), { autocomplete: 'address-level2' })}
    ${text('newOrganization.phone', v.m('orgPhone'), { type: 'tel', autocomplete: 'tel' })}
    ${text('newOrganization.vatNumber', v.m('orgVat'))}
  </div>`;
}

/** Step 1: the organization the sale is for (search or create), and optional new contacts and users. */
export function renderAccountStep(v: SaleWizardView) {
  const d = v.draft;
  return html`<p class="lead">${v.m('accountLead')}</p>
    <ck-radio-group
      ${bindField(v.form, 'orgMode')}
      label=${v.m('saleFor')}
      .options=${[
        { value: 'existing', label: v.m('existingOrg') },
        { value: 'new', label: v.m('newOrg') },
      ]}
    ></ck-radio-group>
    ${renderOrganization(v)}
    <section class="section" aria-labelledby="people-h">
      <h3 id="people-h">${v.m('peopleTitle')}</h3>
      <p class="note">${v.m('peopleLead')}</p>
      ${d.contacts.map((_, i) => renderPerson(v, 'contacts', i))} ${d.users.map((_, i) => renderPerson(v, 'users', i))}
      <div class="actions start">
        <button class="btn" data-action="add-contact" @click=${() => v.addPerson('contacts')}>+ ${v.m('addContact')}</button>
        <button class="btn" data-action="add-user" @click=${() => v.addPerson('users')}>+ ${v.m('addUser')}</button>
      </div>
    </section>`;
}
