/**
 * A selected fee's pricing: the model (per unit, graduated or volume tiers, package) and its
 * values. The tiers editor and its price curve are a chunk of their own, loaded the first time a
 * fee is priced by tiers (most plans never are).
 */
import { html, nothing } from 'lit';
import { PRICE_MODELS } from '../../../src/schemas/plan-pricing.js';
import type { FeeType } from '../../../src/schemas/plan.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { pricingWith, type PricingDraft, type ResourceDraft } from '../model.js';
import type { PlanEditorView } from '../view.js';

type TiersModule = typeof import('./tiers.js');
let tiers: TiersModule | undefined;
let loading: Promise<unknown> | undefined;
let failed = false;
const waiting = new Set<PlanEditorView>();

function wake(): void {
  for (const v of waiting) v.requestUpdate();
  waiting.clear();
}

/** The tiers editor, or undefined while its chunk loads (the views waiting for it re-render when it arrives). */
function tiersModule(v: PlanEditorView): TiersModule | undefined {
  if (tiers || failed) return tiers;
  waiting.add(v);
  loading ??= import('./tiers.js').then(
    (m) => ((tiers = m), wake()),
    () => ((failed = true), (loading = undefined), wake()),
  );
  return undefined;
}

function retry(v: PlanEditorView): void {
  failed = false;
  tiersModule(v);
  v.requestUpdate();
}

/** Whether the tiers chunk has arrived: part of what a resource block's re-render depends on. */
export const tiersState = () => (tiers ? 'loaded' : failed ? 'failed' : 'loading');

/** Fee `t` of resource `i`: its pricing model, then per-unit or package prices, or the tiers editor. */
export function renderFeePricing(v: PlanEditorView, r: ResourceDraft, i: number, t: FeeType, feeLabel: string) {
  const p = `resources.${i}`;
  const model = r.pricing?.[t]?.model ?? 'per-unit';
  const select = html`<ck-select-field
    label=${v.m('pricing', { fee: feeLabel })}
    hint=${v.m(`modelHint.${model}`)}
    no-placeholder
    ?readonly=${v.readonly}
    .options=${PRICE_MODELS.map((m) => ({ value: m, label: v.m(`model.${m}`) }))}
    .value=${model}
    data-path=${`${p}.pricing.${t}.model`}
    @ck-input=${(e: CustomEvent<{ value: PricingDraft['model'] | 'per-unit' }>) => v.form.set(`${p}.pricing`, pricingWith(v.form.draft.resources[i]!, t, e.detail.value, v.currencies))}
  ></ck-select-field>`;
  // One template whatever the model: the select is the same element before and after a change of
  // model, so the arrow key that changed it keeps focus on it (two templates rebuilt it).
  const tiered = model === 'graduated' || model === 'volume';
  const perPackage = model === 'package';
  return html`<div class="fee-pricing" data-fee=${t}>
    <div class="fields">
      ${select}
      ${perPackage ? html`<ck-number-field ${bindField(v.form, `${p}.pricing.${t}.blockSize`)} label=${v.m('blockSize')} required min="1" ?readonly=${v.readonly}></ck-number-field>` : nothing}
    </div>
    ${tiered ? renderTiersPart(v, r, i, t, feeLabel) : renderPrices(v, p, t, feeLabel, perPackage)}
  </div>`;
}

/** The tiers editor, once its module has loaded (else a note, or a retry after a failure). */
function renderTiersPart(v: PlanEditorView, r: ResourceDraft, i: number, t: FeeType, feeLabel: string) {
  const m = tiersModule(v);
  if (m) return m.renderTiers(v, r, i, t, feeLabel);
  return failed
    ? html`<p class="inline-error">${v.m('tiersFailed')} <button class="btn link" @click=${() => retry(v)}>${v.m('retryTiers')}</button></p>`
    : html`<p class="note">${v.m('tiersLoading')}</p>`;
}

/** A price per currency: per unit, or per package. */
function renderPrices(v: PlanEditorView, p: string, t: FeeType, feeLabel: string, perPackage: boolean) {
  return html`<div class="fields money-grid">
    ${v.currencies.map(
      (c) =>
        html`<ck-money-field
          ${bindField(v.form, `${p}.fees.${t}.${c}`)}
          label=${v.m('feeIn', { fee: perPackage ? v.m('perPackage', { fee: feeLabel }) : feeLabel, currency: c })}
          .currency=${c}
          required
          ?readonly=${v.readonly}
        ></ck-money-field>`,
    )}
  </div>`;
}
