import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { PAY_AS_YOU_GO } from '../../../src/core/billing-types.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { focusAfterRender } from '../../../src/ui/controllers/form-state.js';
import { newPeriod, type PeriodDraft } from '../model.js';
import type { PlanEditorView } from '../view.js';

function addPeriod(v: PlanEditorView): void {
  v.form.set('periods', [...v.form.draft.periods, newPeriod(v.currencies)]);
  void focusAfterRender(v, `[data-path="periods.${v.form.draft.periods.length - 1}.duration.quantity"]`);
}

function removePeriod(v: PlanEditorView, i: number): void {
  v.form.set('periods', v.form.draft.periods.filter((_, k) => k !== i));
  void focusAfterRender(v, '[data-action=add-period]');
}

/** Pay As You Go: the period's minimum commitment per currency (optional; a true-up line makes up usage below it). */
function renderCommitment(v: PlanEditorView, at: string) {
  return html`<p class="label" id=${`${at}-commitment`}>${v.m('commitment')}</p>
    <p class="note">${v.m('commitmentHint')}</p>
    <div class="fields money-grid" role="group" aria-labelledby=${`${at}-commitment`}>
      ${v.currencies.map(
        (c) =>
          html`<ck-money-field ${bindField(v.form, `${at}.minimum.${c}`)} label=${v.m('feeIn', { fee: v.m('commitment'), currency: c })} .currency=${c} ?readonly=${v.readonly}></ck-money-field>`,
      )}
    </div>`;
}

/** One period: duration or Endless, Trial, the period fee per currency (0 and locked for a trial). */
function renderPeriod(v: PlanEditorView, p: PeriodDraft, i: number) {
  const ro = v.readonly;
  const at = `periods.${i}`;
  return html`<fieldset class="card" data-period=${i}>
    <legend>${v.m('period', { n: i + 1 })}</legend>
    <div class="fields">
      <ck-number-field ${bindField(v.form, `${at}.duration.quantity`)} label=${v.m('quantity')} required min="1" ?disabled=${p.endless} ?readonly=${ro}></ck-number-field>
      <ck-select-field
        ${bindField(v.form, `${at}.duration.unit`)}
        label=${v.m('unit')}
        no-placeholder
        ?disabled=${p.endless}
        ?readonly=${ro}
        .options=${(['day', 'month', 'year'] as const).map((u) => ({ value: u, label: v.m(u) }))}
      ></ck-select-field>
      <ck-toggle ${bindField(v.form, `${at}.endless`)} label=${v.m('endless')} hint=${v.m('endlessHint')} ?readonly=${ro}></ck-toggle>
      <ck-toggle ${bindField(v.form, `${at}.trial`)} label=${v.m('trial')} hint=${v.m('trialHint')} ?readonly=${ro}></ck-toggle>
    </div>
    <p class="label">${v.m('periodFees')}</p>
    <p class="note">${p.trial ? v.m('trialFree') : v.m('periodFeesHint')}</p>
    <div class="fields money-grid">
      ${v.currencies.map(
        (c) => html`<ck-money-field
          label=${v.m('feeIn', { fee: v.m('periodFees'), currency: c })}
          .currency=${c}
          ?disabled=${p.trial}
          ?readonly=${ro}
          .value=${p.trial ? '0' : (p.fees[c] ?? '')}
          ?submitted=${v.form.submitted}
          .error=${p.trial ? '' : v.form.err(`${at}.fees.${c}`)}
          data-path=${`${at}.fees.${c}`}
          @ck-input=${v.form.on(`${at}.fees.${c}`)}
        ></ck-money-field>`,
      )}
    </div>
    ${!p.trial && v.form.draft.billingType && PAY_AS_YOU_GO.has(v.form.draft.billingType) ? renderCommitment(v, at) : nothing}
    ${ro || v.form.draft.periods.length < 2
      ? nothing
      : html`<button class="btn link" aria-label=${v.m('removePeriod', { n: i + 1 })} @click=${() => removePeriod(v, i)}>${v.m('remove')}</button>`}
  </fieldset>`;
}

/** Plan periods: add and remove. */
export function renderPeriods(v: PlanEditorView) {
  const error = v.form.submitted ? v.form.err('periods') : '';
  return html`<section class="section" aria-labelledby="per-h">
    <h3 id="per-h">${v.m('periods')}</h3>
    <p class="note">${v.m('periodsLead')}</p>
    ${error ? html`<p class="inline-error">${error}</p>` : nothing}
    ${repeat(
      v.form.draft.periods,
      (p) => p.id,
      (p, i) => renderPeriod(v, p, i),
    )}
    ${v.readonly ? nothing : html`<div><button class="btn" data-action="add-period" @click=${() => addPeriod(v)}>+ ${v.m('addPeriod')}</button></div>`}
  </section>`;
}
