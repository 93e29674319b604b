/**
 * The service plan draft (every number and amount as typed), its conversion to a plan, every
 * rule of the seed, and the live preview schedule: no DOM, testable on its own.
 */
import { DEPRECATED_BILLING_TYPES, type BillingTypeId } from '../../src/core/billing-types.js';
import { type CalendarDate, isCalendarDate } from '../../src/core/dates.js';
import { readAmount } from '../../src/core/amount-text.js';
import { toDecimalString } from '../../src/core/money.js';
import { chargeSchedule, type ChargeSchedule, type ScheduleLineInput } from '../../src/core/schedule.js';
import { parseWholeNumber } from '../../src/core/whole-number.js';
import { FEE_TYPES, type FeeType, type PlanContext, type PlanResource, servicePlanSchema, type ServicePlan } from '../../src/schemas/plan.js';
import { nameKey } from '../../src/schemas/common.js';
import { catalogVersion, translate } from '../../src/i18n/catalog.js';
import * as z from 'zod/mini';
import { BILLING_TYPE_IDS } from '../../src/core/billing-types.js';
import { draftList, draftText } from '../../src/schemas/draft.js';
import { type FieldErrors, validate } from '../../src/schemas/validate.js';
import { moneyError } from '../../src/schemas/money-messages.js';
import { msg } from './messages.js';

export interface PeriodDraft {
  id: string;
  duration: { quantity: string; unit: 'day' | 'month' | 'year' };
  endless: boolean;
  trial: boolean;
  fees: Record<string, string>;
}

export interface ResourceDraft {
  resourceId: string;
  included: string;
  minimum: string;
  limit: string;
  unlimited: boolean;
  /** A fee type is selected when its key is present. */
  fees: Partial<Record<FeeType, Record<string, string>>>;
}

export interface PlanDraft {
  id: string | null;
  /** The saved version's tag the draft started from (sent with a save; see ServicePlan.etag). */
  etag?: string | undefined;
  productId: string;
  name: string;
  active: boolean;
  description: Record<string, string>;
  billingType: BillingTypeId | '';
  sku: string;
  periods: PeriodDraft[];
  /** In the order they were added (shown reversed). */
  resources: ResourceDraft[];
}

const textByKey = () => z.record(draftText(), draftText());

/** The shape of a stored plan draft (see DraftStorage): bump PLAN_DRAFT_VERSION when it changes. */
export const planDraftSchema = z.object({
  id: z.nullable(draftText()),
  etag: z.optional(draftText()),
  productId: draftText(),
  name: draftText(),
  active: z.boolean(),
  description: textByKey(),
  billingType: z.enum(['', ...BILLING_TYPE_IDS]),
  sku: draftText(),
  periods: draftList(
    z.object({
      id: draftText(),
      duration: z.object({ quantity: draftText(), unit: z.enum(['day', 'month', 'year']) }),
      endless: z.boolean(),
      trial: z.boolean(),
      fees: textByKey(),
    }),
    1000,
  ),
  resources: draftList(
    z.object({
      resourceId: draftText(),
      included: draftText(),
      minimum: draftText(),
      limit: draftText(),
      unlimited: z.boolean(),
      fees: z.object({ recurring: z.optional(textByKey()), setup: z.optional(textByKey()), renewal: z.optional(textByKey()), overuse: z.optional(textByKey()) }),
    }),
    10_000,
  ),
});
export const PLAN_DRAFT_VERSION = 1;

export interface PreviewDraft {
  currency: string;
  quantities: Record<string, string>;
  activationDate: string;
  billingDay: string;
}

let seq = 0;
/** A period id unique within any plan draft (a counter, plus random bits so restored drafts never collide). */
export const newPeriodId = () => `p-${(++seq).toString(36)}-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}`;

const zeroIn = (currencies: readonly string[]) => Object.fromEntries(currencies.map((c) => [c, '0']));

export function newPeriod(currencies: readonly string[]): PeriodDraft {
  return { id: newPeriodId(), duration: { quantity: '1', unit: 'month' }, endless: false, trial: false, fees: zeroIn(currencies) };
}

export function newResource(resourceId: string): ResourceDraft {
  return { resourceId, included: '0', minimum: '0', limit: '', unlimited: false, fees: { recurring: {} } };
}

export function emptyDraft(productId: string, ctx: PlanContext | null): PlanDraft {
  const currencies = ctx?.currencies ?? [];
  return {
    id: null,
    productId,
    name: '',
    active: true,
    description: Object.fromEntries((ctx?.languages ?? ['en']).map((l) => [l, ''])),
    billingType: '',
    sku: '',
    periods: [newPeriod(currencies)],
    resources: [],
  };
}

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
    })),
    resources: plan.resources.map((r) => ({
      resourceId: r.resourceId,
      included: String(r.included),
      minimum: String(r.minimum),
      limit: r.limit === null ? '' : String(r.limit),
      unlimited: r.unlimited,
      fees: Object.fromEntries(Object.entries(r.fees).map(([t, f]) => [t, text(f ?? {})])),
    })),
  };
}

type Converted<T> = { value: T; errors: FieldErrors };

/** Caches by draft object (drafts are immutable: an edit replaces only what it touches). */
function cached<K extends object, T>(cache: WeakMap<K, Map<string, T>>, key: K, variant: string, make: () => T): T {
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
  const whole = (text: string, path: string): number => {
    const n = parseWholeNumber(text);
    if (n !== null) return n;
    errors[path] = msg(locale, 'wholeNumber');
    return Number.NaN;
  };
  const amount = (text: string, currency: string, path: string): number | undefined => {
    if (text.trim() === '') return undefined;
    const r = readAmount(text, currency, locale);
    if (r.ok) return r.value.minor;
    errors[path] = moneyError(r, currency, locale);
    return Number.NaN;
  };
  const fees = (f: Record<string, string>, path: string, required: boolean) => {
    const out: Record<string, number> = {};
    for (const [c, t] of Object.entries(f)) {
      const v = amount(t, c, `${path}.${c}`);
      if (v !== undefined) out[c] = v;
      else if (required) errors[`${path}.${c}`] = moneyError({ ok: false, code: 'empty', message: '', maxDecimals: 2 }, c, locale);
    }
    return out;
  };
  return { whole, fees };
}

const resourceCache = new WeakMap<ResourceDraft, Map<string, Converted<PlanResource>>>();

/** One resource, read (errors relative to the resource: "minimum", "fees.setup.EUR"). */
function convertResource(r: ResourceDraft, locale: string): Converted<PlanResource> {
  return cached(resourceCache, r, `${locale}|${catalogVersion()}`, () => {
    const errors: FieldErrors = {};
    const { whole, fees } = readers(locale, errors);
    const value: PlanResource = {
      resourceId: r.resourceId,
      included: whole(r.included, 'included'),
      minimum: whole(r.minimum, 'minimum'),
      limit: r.unlimited ? null : r.limit.trim() === '' ? null : whole(r.limit, 'limit'),
      unlimited: r.unlimited,
      fees: Object.fromEntries(Object.entries(r.fees).map(([t, f]) => [t, fees(f ?? {}, `fees.${t}`, false)])),
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
        fees: p.trial ? Object.fromEntries(Object.keys(p.fees).map((c) => [c, 0])) : fees(p.fees, `periods.${i}.fees`, true),
      })),
      resources,
    };
    return { plan, errors };
  });
}

const ruleCache = new WeakMap<ResourceDraft, Map<string, FieldErrors>>();

/**
 * Every error of the draft, by path: what could not be read first, then every rule of the plan.
 * The plan without its resources is checked as a whole; each resource is checked on its own
 * (cached while it is unchanged), then the rule across resources (no resource twice).
 */
export function planErrors(draft: PlanDraft, ctx: PlanContext | null, locale: string, isNew: boolean): FieldErrors {
  const { plan, errors } = toPlan(draft, locale);
  const currencies = ctx?.currencies ?? [];
  const schema = servicePlanSchema({ currencies });
  const head = validate(schema, { ...plan, resources: [] }, locale);
  const all: FieldErrors = head.ok ? {} : { ...head.errors };
  const variant = `${locale}|${catalogVersion()}|${currencies.join()}`;
  draft.resources.forEach((r, i) => {
    const own = cached(ruleCache, r, variant, () => {
      const one = validate(schema, { ...plan, periods: [], resources: [plan.resources[i]!] }, locale);
      return one.ok ? {} : Object.fromEntries(Object.entries(one.errors).filter(([k]) => k.startsWith('resources.0.') || k === 'resources.0').map(([k, v]) => [k.replace(/^resources\.0/, ''), v]));
    });
    for (const [k, v] of Object.entries(own)) all[`resources.${i}${k}`] = v;
  });
  const seen = new Set<string>();
  draft.resources.forEach((r, i) => {
    if (seen.has(r.resourceId)) all[`resources.${i}.resourceId`] ??= translate(locale, 'plan.duplicateResource');
    seen.add(r.resourceId);
  });
  // Unreadable numbers come out of toPlan as NaN: their own message is the one to show.
  for (const [k, v] of Object.entries(errors)) all[k] = v;
  if (isNew && draft.billingType && DEPRECATED_BILLING_TYPES.has(draft.billingType)) all.billingType = msg(locale, 'deprecatedNotOffered');
  return all;
}

/** A warning (not an error) when another plan of the product has the same name. */
export function nameWarning(draft: PlanDraft, ctx: PlanContext | null, locale: string): string {
  const name = nameKey(draft.name);
  if (!name) return '';
  const other = ctx?.plans.find((p) => p.id !== draft.id && nameKey(p.name) === name);
  return other ? msg(locale, 'nameTaken', { name: other.name }) : '';
}

/** The product resources not yet in the plan (what "Add resource" offers). */
export function availableResources(draft: PlanDraft, ctx: PlanContext | null) {
  const used = new Set(draft.resources.map((r) => r.resourceId));
  return (ctx?.resources ?? []).filter((r) => !used.has(r.id));
}

export function defaultPreview(ctx: PlanContext | null, today: CalendarDate, currency?: string): PreviewDraft {
  const currencies = ctx?.currencies ?? [];
  return { currency: currency && currencies.includes(currency) ? currency : (currencies[0] ?? ''), quantities: {}, activationDate: today, billingDay: '1' };
}

/** The quantity previewed for a resource: what the user typed, else the resource's minimum. */
export function previewQuantity(preview: PreviewDraft, r: ResourceDraft): string {
  return Object.hasOwn(preview.quantities, r.resourceId) ? preview.quantities[r.resourceId]! : r.minimum;
}

/** Errors of the preview's own fields, by path ("preview.billingDay"): shown next to each of them. */
export function previewErrors(draft: PlanDraft, preview: PreviewDraft, locale: string): FieldErrors {
  const e: FieldErrors = {};
  if (!isCalendarDate(preview.activationDate)) e['preview.activationDate'] = msg(locale, 'previewDate');
  const day = parseWholeNumber(preview.billingDay) ?? NaN;
  if (!(day >= 1 && day <= 31)) e['preview.billingDay'] = msg(locale, 'billingDayRange');
  for (const r of draft.resources) if (parseWholeNumber(previewQuantity(preview, r)) === null && Object.hasOwn(preview.quantities, r.resourceId)) e[`preview.quantities.${r.resourceId}`] = msg(locale, 'wholeNumber');
  return e;
}

/** What the preview is waiting for when it cannot be computed: said in the preview instead of the charges. */
export type PreviewNeed = 'previewFields' | 'billingType' | 'paidPeriod' | 'planFields';

export function previewNeed(draft: PlanDraft, preview: PreviewDraft, locale: string): PreviewNeed {
  if (!draft.billingType) return 'billingType';
  if (Object.keys(previewErrors(draft, preview, locale)).length) return 'previewFields';
  if (!draft.periods.some((p) => !p.trial)) return 'paidPeriod';
  return 'planFields';
}

/**
 * The charge schedule of the first term, from the billing core: the trial (if the plan has one)
 * then the first paid period (endless: 12 months shown). Null while the plan cannot be priced.
 */
export function previewSchedule(draft: PlanDraft, preview: PreviewDraft, locale: string): ChargeSchedule | null {
  if (!draft.billingType || !preview.currency || !isCalendarDate(preview.activationDate)) return null;
  const billingDay = parseWholeNumber(preview.billingDay) ?? NaN;
  if (!(billingDay >= 1 && billingDay <= 31)) return null;
  const { plan, errors } = toPlan(draft, locale);
  const cur = preview.currency;
  const bad = (path: string) => Object.keys(errors).some((k) => k.startsWith(path));
  const trialIndex = plan.periods.findIndex((p) => p.trial && p.duration);
  const termIndex = plan.periods.findIndex((p) => !p.trial);
  const term = plan.periods[termIndex];
  if (!term || bad(`periods.${termIndex}`) || (trialIndex >= 0 && bad(`periods.${trialIndex}`))) return null;
  const lines: ScheduleLineInput[] = [];
  for (const [i, r] of plan.resources.entries()) {
    if (bad(`resources.${i}`)) return null;
    const q = parseWholeNumber(previewQuantity(preview, draft.resources[i]!));
    if (q === null) return null;
    const fee = (t: FeeType) => r.fees[t]?.[cur];
    lines.push({ resourceId: r.resourceId, quantity: q, included: r.included, recurring: fee('recurring'), setup: fee('setup'), renewal: fee('renewal'), overuse: fee('overuse') });
  }
  try {
    return chargeSchedule({
      billingType: plan.billingType,
      currency: cur,
      activationDate: preview.activationDate,
      billingDay,
      term: term.endless || !term.duration ? { endless: true, horizon: { quantity: 12, unit: 'month' } } : term.duration,
      trial: trialIndex >= 0 ? plan.periods[trialIndex]!.duration : null,
      periodFee: term.fees[cur] ?? 0,
      lines,
    });
  } catch {
    return null;
  }
}

export { FEE_TYPES };
