import { html, nothing } from 'lit';
import { BILLING_TYPE_IDS, DEPRECATED_BILLING_TYPES, RECOMMENDED_BILLING_TYPES } from '../../../src/core/billing-types.js';
import { translate } from '../../../src/i18n/catalog.js';
import { billingTypeName } from '../../../src/ui/billing-type-messages.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { focusAfterRender } from '../../../src/ui/controllers/form-state.js';
import { languageName } from '../../../src/ui/language-name.js';
import type { PlanEditorView } from '../view.js';

/** Name, SKU, Billing type, Active; then the description per language. */
export function renderGeneral(v: PlanEditorView) {
  const d = v.form.draft;
  const ro = v.readonly;
  const current = d.billingType;
  const types = BILLING_TYPE_IDS.filter((t) => !DEPRECATED_BILLING_TYPES.has(t) || (t === current && v.planExisted));
  const typeLabel = (t: (typeof BILLING_TYPE_IDS)[number]) =>
    `${billingTypeName(v.localeCode, t)}${RECOMMENDED_BILLING_TYPES.has(t) ? ` (${v.m('recommended')})` : ''}${DEPRECATED_BILLING_TYPES.has(t) ? ` (${v.m('deprecated')})` : ''}`;
  return html`<section class="section" aria-labelledby="gen-h">
    <h3 id="gen-h">${v.m('general')}</h3>
    <div class="fields">
      <ck-text-field ${bindField(v.form, 'name')} label=${v.m('name')} hint=${v.m('nameHint')} required ?readonly=${ro} maxlength="100" .warning=${v.nameWarning}></ck-text-field>
      <ck-text-field ${bindField(v.form, 'sku')} label=${v.m('sku')} hint=${v.m('skuHint')} required ?readonly=${ro} maxlength="100"></ck-text-field>
      <ck-select-field
        ${bindField(v.form, 'billingType')}
        class="wide"
        label=${v.m('billingType')}
        required
        ?readonly=${ro}
        .options=${types.map((t) => ({ value: t, label: typeLabel(t) }))}
        hint=${current ? v.m(`bt.${current}.help`) : translate(v.localeCode, 'plan.deprecatedNotOffered')}
        .warning=${current && DEPRECATED_BILLING_TYPES.has(current) ? v.m('deprecatedInUse') : ''}
      ></ck-select-field>
      <ck-toggle class="wide" label=${v.m('active')} hint=${v.m('activeHint')} ?readonly=${ro} .value=${d.active} data-path="active" @ck-input=${(e: CustomEvent<{ value: boolean }>) => void onActive(v, e)}></ck-toggle>
    </div>
    ${renderDescription(v)}
  </section>`;
}

/** Turning Active off on a saved plan asks first: its subscriptions cannot be renewed. */
async function onActive(v: PlanEditorView, e: CustomEvent<{ value: boolean }>): Promise<void> {
  if (!e.detail.value && v.form.draft.id) {
    (e.target as HTMLElement & { value: boolean }).value = true;
    if (!(await v.deactivateDialog.ask())) return;
  }
  v.form.set('active', e.detail.value);
}

/** Arrow keys, Home and End move between the description tabs (the ARIA tabs pattern). */
function onTabKey(v: PlanEditorView, e: KeyboardEvent): void {
  const langs = Object.keys(v.form.draft.description);
  const i = langs.indexOf(v.descriptionTab);
  const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: langs.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  const lang = langs[(to + langs.length) % langs.length]!;
  v.descriptionTab = lang;
  void focusAfterRender(v, `#tab-${lang}`);
}

/** The description per language, one tab each; English is required, the others fall back to it. */
function renderDescription(v: PlanEditorView) {
  const d = v.form.draft;
  const lang = v.descriptionTab;
  const language = (l: string) => languageName(v.localeCode, l);
  return html`<div class="desc">
    <p class="label" id="desc-label">${v.m('description')}</p>
    <p class="note">${v.m('descriptionHint')}</p>
    <div role="tablist" aria-labelledby="desc-label" @keydown=${(e: KeyboardEvent) => onTabKey(v, e)}>
      ${Object.keys(d.description).map(
        (l) => html`<button
          role="tab"
          id=${`tab-${l}`}
          aria-selected=${l === lang ? 'true' : 'false'}
          aria-controls="desc-panel"
          tabindex=${l === lang ? 0 : -1}
          class=${v.form.err(`description.${l}`) && v.form.submitted ? 'tab invalid' : 'tab'}
          @click=${() => (v.descriptionTab = l)}
        >
          ${language(l)}${l === 'en' ? html`<span class="required" aria-hidden="true">*</span>` : nothing}
        </button>`,
      )}
    </div>
    <div role="tabpanel" id="desc-panel" aria-labelledby=${`tab-${lang}`}>
      <ck-text-field
        ${bindField(v.form, `description.${lang}`)}
        multiline
        rows="3"
        label=${v.m('descriptionIn', { language: language(lang) })}
        ?required=${lang === 'en'}
        ?readonly=${v.readonly}
        .warning=${lang !== 'en' && !(d.description[lang] ?? '').trim() ? v.m('englishFallback', { language: language(lang) }) : ''}
      ></ck-text-field>
    </div>
  </div>`;
}
