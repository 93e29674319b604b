import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ServicePlanEditor } from '../service-plan-editor.js';

/** Plan periods: duration or Endless, Trial, fees per currency; add and remove. */
export function renderPeriods(v: ServicePlanEditor) {
  const d = v.draft;
  const ro = v.readonly;
  const currencies = v.currencies;
  return html`<section class="section" aria-labelledby="per-h">
    <h3 id="per-h">${v.m('periods')}</h3>
    <p class="note">${v.m('periodsLead')}</p>
    ${v.err('periods') && v.submitted ? html`<p class="inline-error" role="alert">${v.err('periods')}</p>` : nothing}
    ${repeat(
      d.periods,
      (p) => p.id,
      (p, i) => html`<fieldset class="card" data-period=${i}>
        <legend>${v.m('period', { n: i + 1 })}</legend>
        <div class="fields">
          <ck-number-field
            label=${v.m('quantity')}
            required
            min="1"
            ?disabled=${p.endless}
            ?readonly=${ro}
            .value=${p.duration.quantity}
            ?submitted=${v.submitted}
            .error=${p.endless ? '' : v.err(`periods.${i}.duration.quantity`)}
            data-path=${`periods.${i}.duration.quantity`}
            @ck-input=${v.on(`periods.${i}.duration.quantity`)}
          ></ck-number-field>
          <ck-select-field
            label=${v.m('unit')}
            no-placeholder
            ?disabled=${p.endless}
            ?readonly=${ro}
            .options=${(['day', 'month', 'year'] as const).map((u) => ({ value: u, label: v.m(u) }))}
            .value=${p.duration.unit}
            data-path=${`periods.${i}.duration.unit`}
            @ck-input=${v.on(`periods.${i}.duration.unit`)}
          ></ck-select-field>
          <ck-toggle
            label=${v.m('endless')}
            hint=${v.m('endlessHint')}
            ?readonly=${ro}
            .value=${p.endless}
            ?submitted=${v.submitted}
            .error=${v.err(`periods.${i}.endless`)}
            data-path=${`periods.${i}.endless`}
            @ck-input=${v.on(`periods.${i}.endless`)}
          ></ck-toggle>
          <ck-toggle
            label=${v.m('trial')}
            hint=${v.m('trialHint')}
            ?readonly=${ro}
            .value=${p.trial}
            ?submitted=${v.submitted}
            .error=${v.err(`periods.${i}.trial`)}
            data-path=${`periods.${i}.trial`}
            @ck-input=${v.on(`periods.${i}.trial`)}
          ></ck-toggle>
        </div>
        <p class="label">${v.m('periodFees')}</p>
        <p class="note">${p.trial ? v.m('trialFree') : v.m('periodFeesHint')}</p>
        <div class="fields money-grid">
          ${currencies.map(
            (c) => html`<ck-money-field
              label=${v.m('feeIn', { fee: v.m('periodFees'), currency: c })}
              .currency=${c}
              ?disabled=${p.trial}
              ?readonly=${ro}
              .value=${p.trial ? '0' : (p.fees[c] ?? '')}
              ?submitted=${v.submitted}
              .error=${p.trial ? '' : v.err(`periods.${i}.fees.${c}`)}
              data-path=${`periods.${i}.fees.${c}`}
              @ck-input=${v.on(`periods.${i}.fees.${c}`)}
            ></ck-money-field>`,
          )}
        </div>
        ${ro || d.periods.length < 2
          ? nothing
          : html`<button class="btn link" aria-label=${v.m('removePeriod', { n: i + 1 })} @click=${() => v.removePeriod(i)}>${v.m('remove')}</button>`}
      </fieldset>`,
    )}
    ${ro ? nothing : html`<div><button class="btn" data-action="add-period" @click=${() => v.addPeriod()}>+ ${v.m('addPeriod')}</button></div>`}
  </section>`;
}
