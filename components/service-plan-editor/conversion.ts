/** The plan draft read as a plan: every number and amount parsed in the locale, what could not be read by path. */
import { type BillingTypeId, PAY_AS_YOU_GO } from '../../src/core/billing-types.js';
import { readAmount } from '../../src/core/amount-text.js';
import { toDecimalString } from '../../src/core/money.js';
import { catalogVersion } from '../../src/i18n/catalog.js';
import { tv } from '../../src/i18n/validation-messages.js';
import { wholeNumberText } from '../../src/schemas/common.js';
import { moneyError } from '../../src/schemas/money-messages.js';
import type { PlanContext, PlanResource, ServicePlan } from '../../src/schemas/plan.js';
import type { FeePricing } from '../../src/schemas/plan-pricing.js';
import type { FieldErrors } from '../../src/schemas/validate.js';
import type { PlanDraft, PricingDraft, ResourceDraft } from './model.js';

/** A saved plan as a draft (amounts as canonical decimal strings, shown in the locale by the money fields). */
export function draftFromPlan(plan: ServicePlan, ctx: PlanContext | null): PlanDraft {
  const languages = ctx?.languages ?? Object.keys(plan.description);
  const text = (fees: Record<string, number>) => Object.fromEntries(Object.entries(fees).map(([c, v]) => [c, toDecimalString({ currency: c, minor: v })]));
  return {
    id: plan.id,
    etag: plan.etag,
    productId: plan.productId,
    name: plan.name,
    active: plan.active,
    description: Object.fromEntries([...new Set([...languages, ...Object.keys(plan.description)])].map((l) => [l, Object.hasOwn(plan.description, l) ? plan.description[l]! : ''])),
    billingType: plan.billingType,
    sku: plan.sku,
    periods: plan.periods.map((p) => ({
      id: p.id,
      duration: { quantity: String(p.duration?.quantity ?? 1), unit: p.duration?.unit ?? 'month' },
      endless: p.endless,
      trial: p.trial,
      fees: text(p.fees),
      ...(p.minimumCommitment ? { minimum: text(p.minimumCommitment) } : {}),
    })),
    resources: plan.resources.map((r) => ({
      resourceId: r.resourceId,
      included: String(r.included),
      minimum: String(r.minimum),
      limit: r.limit === null ? '' : String(r.limit),
      unlimited: r.unlimited,
      fees: Object.fromEntries(Object.entries(r.fees).map(([t, f]) => [t, text(f ?? {})])),
      ...(r.pricing ? { pricing: pricingDraft(r.pricing, text) } : {}),
    })),
  };
}

function pricingDraft(pricing: NonNullable<PlanResource['pricing']>, text: (fees: Record<string, number>) => Record<string, string>): ResourceDraft['pricing'] {
  const out: NonNullable<ResourceDraft['pricing']> = {};
  for (const [t, p] of Object.entries(pricing) as [keyof typeof pricing, FeePricing | undefined][]) {
    if (!p || p.model === 'per-unit') continue;
    out[t] = { model: p.model, blockSize: String(p.blockSize ?? 10), tiers: (p.tiers ?? []).map((x) => ({ upTo: x.upTo === null ? '' : String(x.upTo), prices: text(x.prices), flats: text(x.flats ?? {}) })) };
  }
  return out;
}

type Converted<T> = { value: T; errors: FieldErrors };


/** Caches by draft object (drafts are immutable: an edit replaces only what it touches). */
export function cached<K extends object, T>(cache: WeakMap<K, Map<string, T>>, key: K, variant: string, make: () => T): T {
  let byVariant = cache.get(key);
  if (!byVariant) {
    byVariant = new Map();
    cache.set(key, byVariant);
  }
  let value = byVariant.get(variant);
  if (value === undefined) {
    value = make();
    byVariant.set(variant, value);
  }
  return value;
}

function readers(locale: string, errors: FieldErrors) {
  // The number for the plan schema to check (its limits, its messages), or why there is none.
  const whole = (text: string, path: string): number => {
    const n = wholeNumberText(text);
    if (typeof n === 'number') return n;
    errors[path] = tv(locale, n);
    return Number.NaN;
  };
  const amount = (text: string, currency: string, path: string): number | undefined => {
    if (text.trim() === '') return undefined;
    const r = readAmount(text, currency, locale);
    if (r.ok) return r.value.minor;
    errors[path] = moneyError(r, currency, locale);
    return Number.NaN;
  };
  // An empty fee is left out: whether one is required is the plan schema's rule (plan.periodFee, plan.fee.*).
  const fees = (f: Record<string, string>, path: string) => {
    const out: Record<string, number> = {};
    for (const [c, t] of Object.entries(f)) {
      const v = amount(t, c, `${path}.${c}`);
      if (v !== undefined) out[c] = v;
    }
    return out;
  };
  // A fee's tiers or package, read.
  const pricing = (d: PricingDraft, path: string): FeePricing => {
    if (d.model === 'package') return { model: 'package', blockSize: whole(d.blockSize, `${path}.blockSize`) };
    // An empty Up to is an open tier: right on the last tier, a rule the schema names on any other.
    return {
      model: d.model,
      tiers: d.tiers.map((t, i) => ({
        upTo: t.upTo.trim() === '' ? null : whole(t.upTo, `${path}.tiers.${i}.upTo`),
        prices: fees(t.prices, `${path}.tiers.${i}.prices`),
        flats: fees(t.flats, `${path}.tiers.${i}.flats`),
      })),
    };
  };
  return { whole, fees, pricing };
}

const resourceCache = new WeakMap<ResourceDraft, Map<string, Converted<PlanResource>>>();

/** One resource, read (errors relative to the resource: "minimum", "fees.setup.EUR"). */
function convertResource(r: ResourceDraft, locale: string): Converted<PlanResource> {
  return cached(resourceCache, r, `${locale}|${catalogVersion()}`, () => {
    const errors: FieldErrors = {};
    const { whole, fees, pricing } = readers(locale, errors);
    const priced = Object.entries(r.pricing ?? {}).filter(([t, d]) => d && r.fees[t as keyof typeof r.fees] !== undefined);
    const value: PlanResource = {
      resourceId: r.resourceId,
      included: whole(r.included, 'included'),
      minimum: whole(r.minimum, 'minimum'),
      limit: r.unlimited ? null : r.limit.trim() === '' ? null : whole(r.limit, 'limit'),
      unlimited: r.unlimited,
      fees: Object.fromEntries(Object.entries(r.fees).map(([t, f]) => [t, fees(f ?? {}, `fees.${t}`)])),
      ...(priced.length ? { pricing: Object.fromEntries(priced.map(([t, d]) => [t, pricing(d!, `pricing.${t}`)])) } : {}),
    };
    return { value, errors };
  });
}

const planCache = new WeakMap<PlanDraft, Map<string, { plan: ServicePlan; errors: FieldErrors }>>();

/**
 * Converts the draft; `errors` holds what could not be read (by path), in the locale. Cached per
 * draft and per resource, so a keystroke re-reads only the resource it changed.
 */
export function toPlan(draft: PlanDraft, locale: string): { plan: ServicePlan; errors: FieldErrors } {
  return cached(planCache, draft, `${locale}|${catalogVersion()}`, () => {
    const errors: FieldErrors = {};
    const { whole, fees } = readers(locale, errors);
    const resources = draft.resources.map((r, i) => {
      const c = convertResource(r, locale);
      for (const [k, v] of Object.entries(c.errors)) errors[`resources.${i}.${k}`] = v;
      return c.value;
    });
    const plan: ServicePlan = {
      id: draft.id,
      ...(draft.etag ? { etag: draft.etag } : {}),
      productId: draft.productId,
      name: draft.name,
      active: draft.active,
      description: { ...draft.description },
      billingType: draft.billingType as BillingTypeId,
      sku: draft.sku,
      periods: draft.periods.map((p, i) => ({
        id: p.id,
        endless: p.endless,
        trial: p.trial,
        duration: p.endless ? null : { quantity: whole(p.duration.quantity, `periods.${i}.duration.quantity`), unit: p.duration.unit },
        fees: p.trial ? Object.fromEntries(Object.keys(p.fees).map((c) => [c, 0])) : fees(p.fees, `periods.${i}.fees`),
        // Only a Pay As You Go plan's paid periods have one (a minimum typed before the type changed is kept in the draft, not sent).
        ...(p.minimum && !p.trial && PAY_AS_YOU_GO.has(draft.billingType) ? { minimumCommitment: fees(p.minimum, `periods.${i}.minimumCommitment`) } : {}),
      })),
      resources,
    };
    return { plan, errors };
  });
}
