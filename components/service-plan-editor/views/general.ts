import { html, nothing } from 'lit';
import { BILLING_TYPE_IDS, DEPRECATED_BILLING_TYPES, RECOMMENDED_BILLING_TYPES } from '../../../src/core/billing-types.js';
import { languageName } from '../../../src/ui/language-name.js';
import type { ServicePlanEditor } from '../service-plan-editor.js';

/** Name, Active, Description per language (tabs), Billing type, SKU. */
export function renderGeneral(v: ServicePlanEditor) {
  const d = v.draft;
  const ro = v.readonly;
  const current = d.billingType;
  const types = BILLING_TYPE_IDS.filter((t) => !DEPRECATED_BILLING_TYPES.has(t) || (t === current && v.planExisted));
  const typeLabel = (t: (typeof BILLING_TYPE_IDS)[number]) =>
    `${v.m(`bt.${t}`)}${RECOMMENDED_BILLING_TYPES.has(t) ? ` (${v.m('recommended')})` : ''}${DEPRECATED_BILLING_TYPES.has(t) ? ` (${v.m('deprecated')})` : ''}`;
  const languages = Object.keys(d.description);
  const lang = v.descriptionTab;
  return html`<section class="section" aria-labelledby="gen-h">
    <h3 id="gen-h">${v.m('general')}</h3>
    <div class="fields">
      <ck-text-field
        label=${v.m('name')}
        hint=${v.m('nameHint')}
        required
        ?readonly=${ro}
        maxlength="100"
        .value=${d.name}
        .warning=${v.nameWarning}
        ?submitted=${v.submitted}
        .error=${v.err('name')}
        data-path="name"
        @ck-input=${v.on('name')}
      ></ck-text-field>
      <ck-text-field
        label=${v.m('sku')}
        hint=${v.m('skuHint')}
        required
        ?readonly=${ro}
        maxlength="100"
        .value=${d.sku}
        ?submitted=${v.submitted}
        .error=${v.err('sku')}
        data-path="sku"
        @ck-input=${v.on('sku')}
      ></ck-text-field>
      <ck-select-field
        class="wide"
        label=${v.m('billingType')}
        required
        ?readonly=${ro}
        .options=${types.map((t) => ({ value: t, label: typeLabel(t) }))}
        .value=${current}
        hint=${current ? v.m(`bt.${current}.help`) : v.m('deprecatedNotOffered')}
        .warning=${current && DEPRECATED_BILLING_TYPES.has(current) ? v.m('deprecatedInUse') : ''}
        ?submitted=${v.submitted}
        .error=${v.err('billingType')}
        data-path="billingType"
        @ck-input=${v.on('billingType')}
      ></ck-select-field>
      <ck-toggle
        class="wide"
        label=${v.m('active')}
        hint=${v.m('activeHint')}
        ?readonly=${ro}
        .value=${d.active}
        data-path="active"
        @ck-input=${v.onActive}
      ></ck-toggle>
    </div>
    <div class="desc">
      <p class="label" id="desc-label">${v.m('description')}</p>
      <p class="note">${v.m('descriptionHint')}</p>
      <div role="tablist" aria-labelledby="desc-label" @keydown=${v.onTabKey}>
        ${languages.map(
          (l) => html`<button
            role="tab"
            id=${`tab-${l}`}
            aria-selected=${l === lang ? 'true' : 'false'}
            aria-controls="desc-panel"
            tabindex=${l === lang ? 0 : -1}
            class=${v.err(`description.${l}`) && v.submitted ? 'tab invalid' : 'tab'}
            @click=${() => v.selectTab(l)}
          >
            ${languageName(v.localeCode, l)}${l === 'en' ? html`<span class="required" aria-hidden="true">*</span>` : nothing}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="desc-panel" aria-labelledby=${`tab-${lang}`}>
        <ck-text-field
          multiline
          rows="3"
          label=${v.m('descriptionIn', { language: languageName(v.localeCode, lang) })}
          ?required=${lang === 'en'}
          ?readonly=${ro}
          .value=${d.description[lang] ?? ''}
          .warning=${lang !== 'en' && !(d.description[lang] ?? '').trim() ? v.m('englishFallback', { language: languageName(v.localeCode, lang) }) : ''}
          ?submitted=${v.submitted}
          .error=${v.err(`description.${lang}`)}
          data-path=${`description.${lang}`}
          @ck-input=${v.on(`description.${lang}`)}
        ></ck-text-field>
      </div>
    </div>
  </section>`;
}
