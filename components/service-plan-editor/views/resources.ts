import { html, nothing } from 'lit';
import { isolate } from '../../../src/i18n/catalog.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { catalogVersion } from '../../../src/i18n/catalog.js';
import { recurringFeeIsHourly } from '../../../src/core/billing-types.js';
import type { FeeType } from '../../../src/schemas/plan.js';
import type { ServicePlanEditor } from '../service-plan-editor.js';
import { availableResources, FEE_TYPES, type ResourceDraft } from '../model.js';

function renderResource(v: ServicePlanEditor, r: ResourceDraft, i: number) {
  const ro = v.readonly;
  const info = v.resourceInfo(r.resourceId);
  const hourly = v.draft.billingType !== '' && recurringFeeIsHourly(v.draft.billingType);
  // Non-Recurring charges the "recurring" fee once: it is labelled and explained as a one-time fee.
  const once = v.draft.billingType === 'non-recurring';
  const feeLabel = (t: FeeType) => (t === 'recurring' && hourly ? v.m('unitFee') : t === 'recurring' && once ? v.m('oneTimeFee') : v.m(t));
  const feeHint = (t: FeeType) => (t === 'recurring' && hourly ? v.m('unitFeeHint') : t === 'recurring' && once ? v.m('oneTimeFeeHint') : v.m(`${t}Hint`));
  const p = `resources.${i}`;
  return html`<li class="card resource" data-resource=${r.resourceId}>
    <div class="bar">
      <h4>${info?.name ?? r.resourceId} <span class="note">(${info?.unit ?? ''})</span></h4>
      ${ro ? nothing : html`<button class="btn link" aria-label=${v.m('removeResource', { name: info?.name ?? r.resourceId })} @click=${() => v.removeResource(i)}>${v.m('remove')}</button>`}
    </div>
    <div class="fields">
      ${(['included', 'minimum'] as const).map(
        (k) => html`<ck-number-field
          label=${v.m(k)}
          hint=${v.m(`${k}Hint`)}
          required
          min="0"
          ?readonly=${ro}
          .value=${r[k]}
          ?submitted=${v.submitted}
          .error=${v.err(`${p}.${k}`)}
          data-path=${`${p}.${k}`}
          @ck-input=${v.on(`${p}.${k}`)}
        ></ck-number-field>`,
      )}
      <ck-number-field
        label=${v.m('limit')}
        hint=${v.m('limitHint')}
        ?required=${!r.unlimited}
        ?disabled=${r.unlimited}
        ?readonly=${ro}
        min="0"
        .value=${r.unlimited ? '' : r.limit}
        ?submitted=${v.submitted}
        .error=${r.unlimited ? '' : v.err(`${p}.limit`)}
        data-path=${`${p}.limit`}
        @ck-input=${v.on(`${p}.limit`)}
      ></ck-number-field>
      <ck-toggle label=${v.m('unlimited')} ?readonly=${ro} .value=${r.unlimited} data-path=${`${p}.unlimited`} @ck-input=${v.on(`${p}.unlimited`)}></ck-toggle>
    </div>
    <fieldset class="fee-types" aria-describedby=${`fees-hint-${i}`}>
      <legend class="label">${v.m('feeTypes')}</legend>
      <p class="note" id=${`fees-hint-${i}`}>${v.m('feeTypesHint')}</p>
      <div class="types">
        ${FEE_TYPES.map(
          (t) => html`<ck-checkbox
            label=${feeLabel(t)}
            hint=${feeHint(t)}
            ?readonly=${ro}
            .value=${r.fees[t] !== undefined}
            .error=${t === 'recurring' ? v.err(`${p}.fees`) : ''}
            ?submitted=${v.submitted}
            data-path=${t === 'recurring' ? `${p}.fees` : `${p}.feeType.${t}`}
            @ck-input=${(e: CustomEvent<{ value: boolean }>) => v.toggleFee(i, t, e.detail.value)}
          ></ck-checkbox>`,
        )}
      </div>
      ${FEE_TYPES.filter((t) => r.fees[t] !== undefined).map(
        (t) => html`<div class="fields money-grid">
          ${v.currencies.map(
            (c) => html`<ck-money-field
              label=${v.m('feeIn', { fee: feeLabel(t), currency: c })}
              .currency=${c}
              required
              ?readonly=${ro}
              .value=${r.fees[t]?.[c] ?? ''}
              ?submitted=${v.submitted}
              .error=${v.err(`${p}.fees.${t}.${c}`)}
              data-path=${`${p}.fees.${t}.${c}`}
              @ck-input=${v.on(`${p}.fees.${t}.${c}`)}
            ></ck-money-field>`,
          )}
        </div>`,
      )}
    </fieldset>
  </li>`;
}

/** Resources, newest first (the order distributors and customers see), with Add resource. */
export function renderResources(v: ServicePlanEditor) {
  const d = v.draft;
  const free = availableResources(d, v.context);
  const shown = d.resources.map((r, i) => ({ r, i })).reverse();
  return html`<section class="section" aria-labelledby="res-h">
    <h3 id="res-h">${v.m('resources')}</h3>
    <p class="note">${v.m('resourcesOrder')}</p>
    ${v.readonly
      ? nothing
      : free.length
        ? html`<div class="row">
            <ck-select-field
              label=${v.m('resource')}
              .options=${free.map((r) => ({ value: r.id, label: `${isolate(r.name, v.localeCode)} (${isolate(r.unit, v.localeCode)})` }))}
              .value=${v.resourceToAdd}
              data-path="resourceToAdd"
              @ck-input=${(e: CustomEvent<{ value: string }>) => (v.resourceToAdd = e.detail.value)}
            ></ck-select-field>
            <button class="btn" data-action="add-resource" @click=${() => v.addResource()}>+ ${v.m('addResource')}</button>
          </div>`
        : html`<p class="note">${v.m('allResourcesAdded')}</p>`}
    ${shown.length
      ? html`<ol class="resources">
          ${repeat(
            shown,
            (x) => x.r.resourceId,
            // A resource block re-renders only when something it shows changed (200 resources stay fast).
            (x) =>
              guard(
                [x.r, x.i, v.errorSignature(`resources.${x.i}`), v.submitted, v.readonly, v.draft.billingType, v.context, v.localeCode, catalogVersion()],
                () => renderResource(v, x.r, x.i),
              ),
          )}
        </ol>`
      : html`<p class="note">${v.m('noResources')}</p>`}
  </section>`;
}
