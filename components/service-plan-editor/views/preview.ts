import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { catalogVersion } from '../../../src/i18n/catalog.js';
import { addDays } from '../../../src/core/dates.js';
import type { ServicePlanEditor } from '../service-plan-editor.js';
import { previewErrors, previewNeed, previewQuantity } from '../model.js';

/** Rows of the schedule drawn on screen: a long term (a 1,000-year plan) shows these, and its total still counts every charge. */
export const PREVIEW_ROWS = 60;

/** The live charge schedule of the first term. */
export function renderPreview(v: ServicePlanEditor) {
  const pv = v.preview;
  const s = v.schedule;
  const pe = previewErrors(v.draft, pv, v.localeCode);
  const endless = v.draft.periods.find((p) => !p.trial)?.endless;
  return html`<aside part="price-summary" aria-labelledby="pv-h">
    <h3 id="pv-h">${v.m('preview')}</h3>
    <p class="note">${v.m('previewLead')}</p>
    <div class="fields narrow">
      <ck-select-field
        label=${v.m('previewCurrency')}
        no-placeholder
        .options=${v.currencies.map((c) => ({ value: c, label: c }))}
        .value=${pv.currency}
        data-path="preview.currency"
        @ck-input=${v.onPreview('currency')}
      ></ck-select-field>
      <ck-date-field
        label=${v.m('activationDate')}
        .value=${pv.activationDate}
        .error=${pe['preview.activationDate'] ?? ''}
        data-path="preview.activationDate"
        @ck-input=${v.onPreview('activationDate')}
      ></ck-date-field>
      <ck-number-field
        label=${v.m('billingDay')}
        hint=${v.m('billingDayHint')}
        min="1"
        max="31"
        .value=${pv.billingDay}
        .error=${pe['preview.billingDay'] ?? ''}
        data-path="preview.billingDay"
        @ck-input=${v.onPreview('billingDay')}
      ></ck-number-field>
      ${guard([v.draft.resources.map((r) => `${r.resourceId}:${r.minimum}`).join(), pv.quantities, v.context, v.localeCode, catalogVersion(), JSON.stringify(pe)], () => v.draft.resources.map((r) => {
        const info = v.resourceInfo(r.resourceId);
        return html`<ck-number-field
          label=${v.m('previewQuantity', { name: info?.name ?? r.resourceId, unit: info?.unit ?? '' })}
          min="0"
          .value=${previewQuantity(pv, r)}
          .error=${pe[`preview.quantities.${r.resourceId}`] ?? ''}
          data-path=${`preview.quantities.${r.resourceId}`}
          @ck-input=${v.onPreview(`quantities.${r.resourceId}`)}
        ></ck-number-field>`;
      }))}
    </div>
    ${s
      ? html`<p class="note" aria-live="polite" data-testid="charge-count">${v.m('charges', { count: s.charges.length })}</p>
          ${endless ? html`<p class="note">${v.m('endlessHorizon')}</p>` : nothing}
          ${v.draft.billingType === 'non-recurring' ? html`<p class="note" data-testid="billing-note">${v.m('nonRecurringNote')}</p>` : nothing}
          ${v.draft.billingType === 'license-based-monthly' ? html`<p class="note" data-testid="billing-note">${v.m('licenseBasedNote')}</p>` : nothing}
          <div class="scroll" role="region" tabindex="0" aria-labelledby="pv-h">
            <table data-testid="schedule">
              <thead>
                <tr>
                  <th scope="col">${v.m('chargeDate')}</th>
                  <th scope="col">${v.m('chargePeriod')}</th>
                  <th scope="col" class="num">${v.m('amount')}</th>
                </tr>
              </thead>
              <tbody>
                ${s.charges.slice(0, PREVIEW_ROWS).map(
                  (c) => html`<tr>
                    <td>${v.date(c.date, 'medium')}</td>
                    <td>
                      ${v.date(c.periodStart, 'medium')} – ${v.date(addDays(c.periodEnd, -1), 'medium')}
                      ${c.proration ? html`<span class="note">(${v.m('prorated', c.proration)})</span>` : nothing}
                      ${c.kind === 'trial' ? html`<span class="note">(${v.m('trialCharge')})</span>` : nothing}
                      ${c.kind === 'free' ? html`<span class="note">(${v.m('freeCharge')})</span>` : nothing}
                    </td>
                    <td class="num money">${v.money(c.amount.currency, c.amount.minor)}</td>
                  </tr>`,
                )}
              </tbody>
              ${s.charges.length > PREVIEW_ROWS
                ? html`<tbody>
                    <tr>
                      <td colspan="3" class="note" data-testid="rows-capped">${v.m('rowsCapped', { shown: PREVIEW_ROWS, count: s.charges.length.toLocaleString(v.localeCode) })}</td>
                    </tr>
                  </tbody>`
                : nothing}
              <tfoot>
                <tr>
                  <td colspan="2">${v.m('total')}</td>
                  <td class="num money" data-testid="schedule-total">${v.money(s.total.currency, s.total.minor)}</td>
                </tr>
              </tfoot>
            </table>
          </div>`
      : html`<p class="note" role="status" data-testid="preview-need">${v.m(`need.${previewNeed(v.draft, pv, v.localeCode)}`)}</p>`}
  </aside>`;
}
