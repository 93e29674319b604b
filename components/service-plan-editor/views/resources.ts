import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { recurringFeeIsHourly } from '../../../src/core/billing-types.js';
import { catalogVersion, isolate } from '../../../src/i18n/catalog.js';
import { FEE_TYPES, type FeeType } from '../../../src/schemas/plan.js';
import type { FieldErrors } from '../../../src/schemas/validate.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { focusAfterRender, type FormState } from '../../../src/ui/controllers/form-state.js';
import { feesWith, newResource, type PlanDraft, type ResourceDraft } from '../model.js';
import { previewQuantity } from '../preview-model.js';
import { availableResources } from '../rules.js';
import { renderFeePricing, tiersState } from './fee-pricing.js';
import type { PlanEditorView } from '../view.js';

/** A plan with more resources than this shows each one as a compact row whose fields open on demand (200 resources mount fast). */
export const COMPACT_AFTER = 10;
/** The resources opened by the user (or just added), by resource id, per editor. */
const opened = new WeakMap<PlanEditorView, Set<string>>();
const openedIn = (v: PlanEditorView) => opened.get(v) ?? (opened.set(v, new Set()), opened.get(v)!);

/** Whether resource `i` shows its fields: always in a small plan; in a large one when opened, or when it has errors to show. */
function isOpen(v: PlanEditorView, r: ResourceDraft, i: number): boolean {
  return v.form.draft.resources.length <= COMPACT_AFTER || openedIn(v).has(r.resourceId) || (v.form.submitted && errorSignature(v.form, `resources.${i}`) !== '');
}

function toggle(v: PlanEditorView, id: string): void {
  const set = openedIn(v);
  if (!set.delete(id)) set.add(id);
  v.requestUpdate();
}

function addResource(v: PlanEditorView): void {
  const id = v.resourceToAdd;
  if (!id) return void focusAfterRender(v, '[data-path=resourceToAdd]');
  v.resourceToAdd = '';
  openedIn(v).add(id);
  v.form.set('resources', [...v.form.draft.resources, newResource(id, v.currencies)]);
  void focusAfterRender(v, `[data-path="resources.${v.form.draft.resources.length - 1}.included"]`);
}

function removeResource(v: PlanEditorView, i: number): void {
  v.form.set('resources', v.form.draft.resources.filter((_, k) => k !== i));
  void focusAfterRender(v, '[data-path=resourceToAdd]');
}

const signatures = new WeakMap<FieldErrors, WeakMap<FieldErrors, Map<string, string>>>();

/** A string that changes when any message under `prefix` ("resources.3") changes: lets a block skip re-rendering. */
function errorSignature(form: FormState<PlanDraft>, prefix: string): string {
  const { errors, serverErrors } = form;
  let byServer = signatures.get(errors);
  if (!byServer) signatures.set(errors, (byServer = new WeakMap()));
  let byPrefix = byServer.get(serverErrors);
  if (!byPrefix) {
    byPrefix = new Map();
    for (const [k, m] of [...Object.entries(errors), ...Object.entries(serverErrors)]) {
      const p = k.split('.').slice(0, 2).join('.');
      byPrefix.set(p, `${byPrefix.get(p) ?? ''}${k}=${m};`);
    }
    byServer.set(serverErrors, byPrefix);
  }
  return byPrefix.get(prefix) ?? '';
}

/** The fee types of resource `i` (check boxes) and a value per currency for each one selected. */
function renderFees(v: PlanEditorView, r: ResourceDraft, i: number) {
  const hourly = v.form.draft.billingType !== '' && recurringFeeIsHourly(v.form.draft.billingType);
  // Non-Recurring charges the "recurring" fee once: it is labelled and explained as a one-time fee.
  const once = v.form.draft.billingType === 'non-recurring';
  const feeLabel = (t: FeeType) => (t === 'recurring' && hourly ? v.m('unitFee') : t === 'recurring' && once ? v.m('oneTimeFee') : v.m(t));
  const feeHint = (t: FeeType) => (t === 'recurring' && hourly ? v.m('unitFeeHint') : t === 'recurring' && once ? v.m('oneTimeFeeHint') : v.m(`${t}Hint`));
  const p = `resources.${i}`;
  return html`<fieldset class="fee-types" aria-describedby=${`fees-hint-${i}`}>
    <legend class="label">${v.m('feeTypes')}</legend>
    <p class="note" id=${`fees-hint-${i}`}>${v.m('feeTypesHint')}</p>
    <div class="types">
      ${FEE_TYPES.map(
        (t) => html`<ck-checkbox
          label=${feeLabel(t)}
          hint=${feeHint(t)}
          ?readonly=${v.readonly}
          .value=${r.fees[t] !== undefined}
          .error=${t === 'recurring' ? v.form.err(`${p}.fees`) : ''}
          ?submitted=${v.form.submitted}
          data-path=${t === 'recurring' ? `${p}.fees` : `${p}.feeType.${t}`}
          @ck-input=${(e: CustomEvent<{ value: boolean }>) => v.form.set(`${p}.fees`, feesWith(v.form.draft.resources[i]!, t, e.detail.value, v.currencies))}
        ></ck-checkbox>`,
      )}
    </div>
    ${FEE_TYPES.filter((t) => r.fees[t] !== undefined).map((t) => renderFeePricing(v, r, i, t, feeLabel(t)))}
  </fieldset>`;
}

/** A compact resource's one line: included, minimum, limit, and its fee types. */
function summary(v: PlanEditorView, r: ResourceDraft): string {
  const limit = r.unlimited ? v.m('unlimited') : v.m('limitOf', { limit: r.limit || '–' });
  const fees = FEE_TYPES.filter((t) => r.fees[t] !== undefined).map((t) => `${v.m(t)}${r.pricing?.[t] ? ` (${v.m(`model.${r.pricing[t].model}`)})` : ''}`);
  return [v.m('resourceSummary', { included: r.included, minimum: r.minimum, limit }), ...fees].join(' · ');
}

/** One resource: units included, minimum, limit or Unlimited, and its fees; in a large plan a row that opens on demand. */
function renderResource(v: PlanEditorView, r: ResourceDraft, i: number, open: boolean) {
  const ro = v.readonly;
  const info = v.resourceInfo(r.resourceId);
  const name = info?.name ?? r.resourceId;
  const compact = v.form.draft.resources.length > COMPACT_AFTER;
  return html`<li class="card resource ${open ? '' : 'compact'}" data-resource=${r.resourceId}>
    <div class="bar">
      <h4>${name} <span class="note">(${info?.unit ?? ''})</span></h4>
      <span>
        ${compact
          ? html`<button class="btn link" data-action="toggle-resource" aria-expanded=${open ? 'true' : 'false'} aria-label=${v.m(open ? 'collapseResource' : ro ? 'detailsOf' : 'editResource', { name })} @click=${() => toggle(v, r.resourceId)}>
              ${v.m(open ? 'collapse' : ro ? 'details' : 'edit')}
            </button>`
          : nothing}
        ${ro ? nothing : html`<button class="btn link" data-action="remove-resource" aria-label=${v.m('removeResource', { name })} @click=${() => removeResource(v, i)}>${v.m('remove')}</button>`}
      </span>
    </div>
    ${open ? renderBody(v, r, i) : html`<p class="note">${summary(v, r)}</p>`}
  </li>`;
}

function renderBody(v: PlanEditorView, r: ResourceDraft, i: number) {
  const ro = v.readonly;
  const p = `resources.${i}`;
  return html`<div class="fields">
      ${(['included', 'minimum'] as const).map(
        (k) => html`<ck-number-field ${bindField(v.form, `${p}.${k}`)} label=${v.m(k)} hint=${v.m(`${k}Hint`)} required min="0" ?readonly=${ro}></ck-number-field>`,
      )}
      <ck-number-field
        label=${v.m('limit')}
        hint=${v.m('limitHint')}
        ?required=${!r.unlimited}
        ?disabled=${r.unlimited}
        ?readonly=${ro}
        min="0"
        .value=${r.unlimited ? '' : r.limit}
        ?submitted=${v.form.submitted}
        .error=${r.unlimited ? '' : v.form.err(`${p}.limit`)}
        data-path=${`${p}.limit`}
        @ck-input=${v.form.on(`${p}.limit`)}
      ></ck-number-field>
      <ck-toggle ${bindField(v.form, `${p}.unlimited`)} label=${v.m('unlimited')} ?readonly=${ro}></ck-toggle>
    </div>
    ${renderFees(v, r, i)}`;
}

/** Resources, newest first (the order distributors and customers see), with Add resource. */
export function renderResources(v: PlanEditorView) {
  const free = availableResources(v.form.draft, v.context);
  const shown = v.form.draft.resources.map((r, i) => ({ r, i })).reverse();
  return html`<section class="section" aria-labelledby="res-h">
    <h3 id="res-h">${v.m('resources')}</h3>
    <p class="note">${v.m('resourcesOrder')}${v.form.draft.resources.length > COMPACT_AFTER ? ` ${v.m('compactNote')}` : ''}</p>
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
            <button class="btn" data-action="add-resource" @click=${() => addResource(v)}>+ ${v.m('addResource')}</button>
          </div>`
        : html`<p class="note">${v.m('allResourcesAdded')}</p>`}
    ${shown.length
      ? html`<ol class="resources">
          ${repeat(
            shown,
            (x) => x.r.resourceId,
            // A resource block re-renders only when something it shows changed (200 resources stay fast).
            (x) => {
              const open = isOpen(v, x.r, x.i);
              return guard(
                [
                  open,
                  v.form.draft.resources.length > COMPACT_AFTER,
                  x.r,
                  x.i,
                  errorSignature(v.form, `resources.${x.i}`),
                  v.form.submitted,
                  v.readonly,
                  v.form.draft.billingType,
                  v.context,
                  v.localeCode,
                  catalogVersion(),
                  // Tiers show what the preview's quantity costs in its currency, once their chunk is here.
                  x.r.pricing ? `${tiersState()}|${v.preview.currency}|${previewQuantity(v.preview, x.r)}` : '',
                ],
                () => renderResource(v, x.r, x.i, open),
              );
            },
          )}
        </ol>`
      : html`<p class="note">${v.m('noResources')}</p>`}
  </section>`;
}
