/**
 * The tiers of a fee (loaded on demand): a row per tier with Up to (none on the last, open tier),
 * a unit price and an optional flat amount per currency; add and remove; what the preview's
 * quantity costs; a warning on a bound past which more units cost less (volume tiers); and a
 * small price curve drawn from the core's prices (SVG, no chart library).
 */
import { html, nothing, svg } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { cheaperAbove, type PriceModel, priceModelProblems, priceOf } from '../../../src/core/price-model.js';
import { parseWholeNumber } from '../../../src/core/whole-number.js';
import { catalogVersion } from '../../../src/i18n/catalog.js';
import { feePriceModel } from '../../../src/schemas/plan-pricing.js';
import type { FeeType } from '../../../src/schemas/plan.js';
import { bindField } from '../../../src/ui/controllers/bind-field.js';
import { focusAfterRender } from '../../../src/ui/controllers/form-state.js';
import { toPlan } from '../conversion.js';
import type { ResourceDraft, TierDraft } from '../model.js';
import { previewQuantity } from '../preview-model.js';
import type { PlanEditorView } from '../view.js';

const bound = (t: TierDraft | undefined) => (t ? parseWholeNumber(t.upTo) : 0);

function setTiers(v: PlanEditorView, i: number, t: FeeType, tiers: TierDraft[]): void {
  v.form.set(`resources.${i}.pricing.${t}.tiers`, tiers);
}

/** A tier before the open last one, 10 units above the tier before it; focus goes to its Up to. */
function addTier(v: PlanEditorView, i: number, t: FeeType): void {
  const tiers = v.form.draft.resources[i]!.pricing![t]!.tiers;
  const at = Math.max(0, tiers.length - 1);
  const empty = () => Object.fromEntries(v.currencies.map((c) => [c, '']));
  const upTo = String((bound(tiers[at - 1]) ?? 0) + 10);
  setTiers(v, i, t, [...tiers.slice(0, at), { upTo, prices: empty(), flats: {} }, ...tiers.slice(at)]);
  void focusAfterRender(v, `[data-path="resources.${i}.pricing.${t}.tiers.${at}.upTo"]`);
}

/** Removes tier `j`; when it was the last, the one before becomes the open last tier. */
function removeTier(v: PlanEditorView, i: number, t: FeeType, j: number): void {
  const tiers = v.form.draft.resources[i]!.pricing![t]!.tiers.filter((_, k) => k !== j);
  if (j === tiers.length && tiers.length) tiers[tiers.length - 1] = { ...tiers[tiers.length - 1]!, upTo: '' };
  setTiers(v, i, t, tiers);
  void focusAfterRender(v, `.fee-pricing[data-fee=${t}] [data-action=add-tier]`);
}

/** The fee's model in the preview's currency as the core prices it, or null while a rule is broken or a price is missing. */
function livePrice(v: PlanEditorView, i: number, t: FeeType, currency: string): PriceModel | null {
  const { plan, errors } = toPlan(v.form.draft, v.localeCode);
  const r = plan.resources[i];
  if (!r || Object.keys(errors).some((k) => k.startsWith(`resources.${i}.pricing.${t}.`))) return null;
  const pricing = r.pricing?.[t];
  if (!pricing?.tiers?.every((x) => Object.hasOwn(x.prices, currency))) return null;
  const model = feePriceModel(pricing, r.fees[t]?.[currency], currency);
  return model && priceModelProblems(model).length === 0 ? model : null;
}

/** The units fee `t` charges at the preview's quantity (as the schedule counts them). */
function chargedUnits(v: PlanEditorView, r: ResourceDraft, t: FeeType): number | null {
  const q = parseWholeNumber(previewQuantity(v.preview, r));
  if (q === null) return null;
  return t === 'setup' || t === 'renewal' ? q : Math.max(0, q - (parseWholeNumber(r.included) ?? 0));
}

function renderCurve(v: PlanEditorView, model: PriceModel & { tiers: readonly { upTo: number | null }[] }, currency: string, units: number | null, unit: string) {
  const bounds = model.tiers.map((x) => x.upTo).filter((b): b is number => b !== null);
  const last = bounds.at(-1) ?? 10;
  const max = Math.max(Math.ceil(last * 1.5), last + 10, units ?? 0);
  const steps = Math.min(max, 160);
  const qs = Array.from({ length: steps + 1 }, (_, k) => Math.round((k * max) / steps));
  for (const b of bounds) qs.push(b, b + 1);
  qs.sort((a, b) => a - b);
  const price = (q: number) => priceOf(currency, model, q).total.minor;
  const top = Math.max(1, price(max));
  // Plot area inside a 360 x 150 view box: amounts on the left, quantities below.
  const [left, right, upper, lower] = [64, 340, 10, 124];
  const x = (q: number) => (left + (q / max) * (right - left)).toFixed(1);
  const y = (p: number) => (lower - (p / top) * (lower - upper)).toFixed(1);
  const label = v.m('curve', { max, unit, currency, amount: v.money(currency, price(max)), bounds: bounds.join(', ') || '–' });
  const tick = (q: number) => svg`<text class="tick" x=${x(q)} y="142" text-anchor="middle">${q.toLocaleString(v.localeCode)}</text>`;
  return html`<svg class="curve" viewBox="0 0 360 150" role="img" aria-label=${label} data-testid="price-curve">
    <line class="axis" x1=${left} x2=${right} y1=${lower} y2=${lower}></line>
    <line class="axis" x1=${left} x2=${left} y1=${upper} y2=${lower}></line>
    <text class="tick" x=${left - 6} y=${upper + 4} text-anchor="end">${v.money(currency, top)}</text>
    <text class="tick" x=${left - 6} y=${lower} text-anchor="end">${v.money(currency, 0)}</text>
    ${bounds.map((b) => svg`<line class="bound" x1=${x(b)} x2=${x(b)} y1=${upper} y2=${lower}></line>${tick(b)}`)} ${tick(0)} ${tick(max)}
    <polyline class="price" points=${[...new Set(qs)].map((q) => `${x(q)},${y(price(q))}`).join(' ')}></polyline>
    ${units !== null && units <= max ? svg`<circle class="at" cx=${x(units)} cy=${y(price(units))} r="4"></circle>` : nothing}
  </svg>`;
}

function renderTier(v: PlanEditorView, base: string, tier: TierDraft, j: number, count: number, warning: string, remove: () => void) {
  const last = j === count - 1;
  const from = j === 0 ? 1 : (bound(v.form.get(`${base}.tiers.${j - 1}`) as TierDraft) ?? 0) + 1;
  const to = bound(tier);
  const legend = last && tier.upTo.trim() === '' ? v.m('tierOpen', { n: j + 1, from }) : to !== null ? v.m('tierRange', { n: j + 1, from, to }) : v.m('tier', { n: j + 1 });
  const money = (kind: 'prices' | 'flats', c: string) =>
    html`<ck-money-field ${bindField(v.form, `${base}.tiers.${j}.${kind}.${c}`)} label=${v.m('feeIn', { fee: v.m(kind === 'prices' ? 'unitPrice' : 'flat'), currency: c })} .currency=${c} ?required=${kind === 'prices'} ?readonly=${v.readonly}></ck-money-field>`;
  return html`<li>
    <fieldset class="card tier" data-tier=${j}>
      <legend>${legend}</legend>
      <div class="fields money-grid">
        ${last && tier.upTo.trim() === ''
          ? html`<p class="note">${v.m('lastTierOpen')}</p>`
          : html`<ck-number-field ${bindField(v.form, `${base}.tiers.${j}.upTo`)} label=${v.m('upTo')} hint=${v.m('upToHint')} required min="1" ?readonly=${v.readonly} .warning=${warning}></ck-number-field>`}
        ${v.currencies.map((c) => money('prices', c))} ${v.currencies.map((c) => money('flats', c))}
      </div>
      ${v.readonly || count < 2 ? nothing : html`<button class="btn link" aria-label=${v.m('removeTier', { n: j + 1 })} @click=${remove}>${v.m('remove')}</button>`}
    </fieldset>
  </li>`;
}

/** The tiers editor of fee `t` of resource `i`. */
export function renderTiers(v: PlanEditorView, r: ResourceDraft, i: number, t: FeeType, feeLabel: string) {
  const d = r.pricing![t]!;
  const base = `resources.${i}.pricing.${t}`;
  const unit = v.resourceInfo(r.resourceId)?.unit ?? '';
  const currency = v.preview.currency || v.currencies[0] || '';
  const model = currency ? livePrice(v, i, t, currency) : null;
  const cheaper = model ? cheaperAbove(currency, model) : [];
  const units = chargedUnits(v, r, t);
  const hintId = `tiers-hint-${i}-${t}`;
  return html`<fieldset class="fee-types tiers" aria-describedby=${hintId}>
    <legend class="label">${v.m('tiersOf', { fee: feeLabel })}</legend>
    <p class="note" id=${hintId}>${v.m(`flatHint.${d.model}` as 'flatHint.graduated')}</p>
    <ol class="resources tier-list">
      ${d.tiers.map((tier, j) => {
        const c = cheaper.find((x) => String(x.cheaperThan) === tier.upTo.trim());
        const warning = c ? v.m('cheaperAbove', { more: c.quantity, fewer: c.cheaperThan, unit }) : '';
        return renderTier(v, base, tier, j, d.tiers.length, warning, () => removeTier(v, i, t, j));
      })}
    </ol>
    ${v.readonly ? nothing : html`<div><button class="btn" data-action="add-tier" @click=${() => addTier(v, i, t)}>+ ${v.m('addTier')}</button></div>`}
    ${model && 'tiers' in model
      ? // The curve prices some 170 quantities: drawn again only when what it shows changed (not on a keystroke in another fee).
        html`${units !== null ? html`<p class="note" data-testid="tier-cost">${v.m('tierCost', { quantity: units, unit, amount: v.money(currency, priceOf(currency, model, units).total.minor), currency })}</p>` : nothing}
        ${guard([JSON.stringify(model), currency, units, unit, v.localeCode, catalogVersion()], () => renderCurve(v, model, currency, units, unit))}`
      : nothing}
  </fieldset>`;
}
