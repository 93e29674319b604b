import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { addDays } from '../../../src/core/dates.js';
import type { ChargeSchedule, ChargeTotals } from '../../../src/core/schedule.js';
import { catalogVersion } from '../../../src/i18n/catalog.js';
import type { FieldErrors } from '../../../src/schemas/validate.js';
import { setAtPath } from '../../../src/ui/draft-path.js';
import { previewErrors, previewNeed, previewQuantity } from '../preview-model.js';
import type { PlanEditorView } from '../view.js';

/** Rows of the schedule drawn on screen: a long term (a 1,000-year plan) shows these, and its total still counts every charge. */
export const PREVIEW_ROWS = 60;

type Handler = (e: CustomEvent<{ value: unknown }>) => void;
const handlers = new WeakMap<PlanEditorView, Map<string, Handler>>();

/** A `ck-input` listener that sets `path` of the preview (the same function for a path, so Lit keeps it bound). */
function onPreview(v: PlanEditorView, path: string): Handler {
  let byPath = handlers.get(v);
  if (!byPath) handlers.set(v, (byPath = new Map()));
  let h = byPath.get(path);
  if (!h) byPath.set(path, (h = (e) => (v.preview = setAtPath(v.preview, path, e.detail.value))));
  return h;
}

/** The preview's own fields: currency, activation date, billing day, a quantity per resource. */
function renderPreviewFields(v: PlanEditorView, pe: FieldErrors) {
  const pv = v.preview;
  const resources = v.form.draft.resources;
  return html`<div class="fields narrow">
    <ck-select-field
      label=${v.m('previewCurrency')}
      no-placeholder
      .options=${v.currencies.map((c) => ({ value: c, label: c }))}
      .value=${pv.currency}
      data-path="preview.currency"
      @ck-input=${onPreview(v, 'currency')}
    ></ck-select-field>
    <ck-date-field
      label=${v.m('activationDate')}
      .value=${pv.activationDate}
      .error=${pe['preview.activationDate'] ?? ''}
      data-path="preview.activationDate"
      @ck-input=${onPreview(v, 'activationDate')}
    ></ck-date-field>
    <ck-number-field
      label=${v.m('billingDay')}
      hint=${v.m('billingDayHint')}
      min="1"
      max="31"
      .value=${pv.billingDay}
      .error=${pe['preview.billingDay'] ?? ''}
      data-path="preview.billingDay"
      @ck-input=${onPreview(v, 'billingDay')}
    ></ck-number-field>
    ${guard([resources.map((r) => `${r.resourceId}:${r.minimum}`).join(), pv.quantities, v.context, v.localeCode, catalogVersion(), JSON.stringify(pe)], () =>
      resources.map((r) => {
        const info = v.resourceInfo(r.resourceId);
        return html`<ck-number-field
          label=${v.m('previewQuantity', { name: info?.name ?? r.resourceId, unit: info?.unit ?? '' })}
          min="0"
          .value=${previewQuantity(pv, r)}
          .error=${pe[`preview.quantities.${r.resourceId}`] ?? ''}
          data-path=${`preview.quantities.${r.resourceId}`}
          @ck-input=${onPreview(v, `quantities.${r.resourceId}`)}
        ></ck-number-field>`;
      }),
    )}
  </div>`;
}

/** The table's rows: the first PREVIEW_ROWS charges, drawn again only when the table's schedule (or the language) changed. */
function renderRows(v: PlanEditorView, s: ChargeSchedule) {
  const date = (d: string) => v.date(d, 'medium');
  return guard([s, v.localeCode, catalogVersion()], () =>
    s.charges.slice(0, PREVIEW_ROWS).map(
      (c) => html`<tr>
        <td>${date(c.date)}</td>
        <td>
          ${date(c.periodStart)} – ${date(addDays(c.periodEnd, -1))}
          ${c.proration ? html`<span class="note">(${v.m('prorated', c.proration)})</span>` : nothing}
          ${c.kind === 'trial' ? html`<span class="note">(${v.m('trialCharge')})</span>` : nothing}
          ${c.kind === 'free' ? html`<span class="note">(${v.m('freeCharge')})</span>` : nothing}
          ${c.lines
            .filter((l) => l.kind === 'true-up')
            .map((l) => html`<span class="note" data-testid="true-up">(${v.m('trueUp', { amount: v.money(l.amount.currency, l.amount.minor) })})</span>`)}
        </td>
        <td class="num money">${v.money(c.amount.currency, c.amount.minor)}</td>
      </tr>`,
    ),
  );
}

/**
 * The charges of the first term, the first PREVIEW_ROWS of them drawn, and the total now. While
 * edits go on the rows are the last ones computed, busy and muted (class `stale`: still legible,
 * under a current total; SchedulePreview); the total is always the current one.
 */
function renderSchedule(v: PlanEditorView, s: ChargeSchedule, totals: ChargeTotals, current: boolean) {
  const total = v.money(totals.total.currency, totals.total.minor);
  return html`<div class="scroll" role="region" tabindex="0" aria-labelledby="pv-h">
    <table data-testid="schedule" class=${current ? '' : 'stale'}>
      <thead>
        <tr>
          <th scope="col">${v.m('chargeDate')}</th>
          <th scope="col">${v.m('chargePeriod')}</th>
          <th scope="col" class="num">${v.m('amount')}</th>
        </tr>
      </thead>
      <tbody aria-busy=${current ? 'false' : 'true'}>
        ${renderRows(v, s)}
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
          <td class="num money" data-testid="schedule-total" data-price=${`${v.m('total')} ${total}`}>${total}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}

/** The live charge schedule of the first term, or what it waits for. */
export function renderPreview(v: PlanEditorView) {
  const d = v.form.draft;
  const { totals, table, current } = v.charges;
  const pe = previewErrors(d, v.preview, v.localeCode);
  const note = (testid: string, text: string) => html`<p class="note" data-testid=${testid}>${text}</p>`;
  return html`<aside part="price-summary" aria-labelledby="pv-h">
    <h3 id="pv-h">${v.m('preview')}</h3>
    <p class="note">${v.m('previewLead')}</p>
    ${renderPreviewFields(v, pe)}
    ${totals && table
      ? html`<p class="note">
            <span data-testid="charge-count">${v.m('charges', { count: totals.charges.length })}</span>
            ${current ? nothing : html`<span data-testid="table-updating">· ${v.m('tableUpdating')}</span>`}
          </p>
          ${d.periods.find((p) => !p.trial)?.endless ? html`<p class="note">${v.m('endlessHorizon')}</p>` : nothing}
          ${d.billingType === 'non-recurring' ? note('billing-note', v.m('nonRecurringNote')) : nothing}
          ${d.billingType === 'license-based-monthly' ? note('billing-note', v.m('licenseBasedNote')) : nothing} ${renderSchedule(v, table, totals, current)}`
      : html`<p class="note" data-testid="preview-need">${v.m(`need.${previewNeed(d, v.preview, v.localeCode)}`)}</p>`}
  </aside>`;
}
