/**
 * The service plan draft (every number and amount as typed), as stored between reloads, and the
 * edits of its lists. Its conversion to a plan is in conversion.ts, its rules in rules.ts, the
 * live preview in preview-model.ts: no DOM, testable on its own.
 */
import * as z from 'zod/mini';
import { BILLING_TYPE_IDS, type BillingTypeId } from '../../src/core/billing-types.js';
import type { FeeType, PlanContext } from '../../src/schemas/plan.js';
import { draftList, draftText } from '../../src/schemas/draft.js';

export interface PeriodDraft {
  id: string;
  duration: { quantity: string; unit: 'day' | 'month' | 'year' };
  endless: boolean;
  trial: boolean;
  fees: Record<string, string>;
  /** Pay As You Go: the minimum commitment per currency (empty: none). */
  minimum?: Record<string, string>;
}

/** A tier as typed: Up to (empty on the last, open tier), its unit price and flat amount per currency. */
export interface TierDraft {
  upTo: string;
  prices: Record<string, string>;
  flats: Record<string, string>;
}

/** A fee priced by tiers or packages (no entry: per unit). */
export interface PricingDraft {
  model: 'graduated' | 'volume' | 'package';
  blockSize: string;
  tiers: TierDraft[];
}

export interface ResourceDraft {
  resourceId: string;
  included: string;
  minimum: string;
  limit: string;
  unlimited: boolean;
  /** A fee type is selected when its key is present. */
  fees: Partial<Record<FeeType, Record<string, string>>>;
  /** Selected fees priced by tiers or packages. */
  pricing?: Partial<Record<FeeType, PricingDraft>>;
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
const pricingDraftSchema = z.object({
  model: z.enum(['graduated', 'volume', 'package']),
  blockSize: draftText(),
  tiers: draftList(z.object({ upTo: draftText(), prices: textByKey(), flats: textByKey() }), 100),
});

/** The shape of a stored plan draft (see DraftStorage): bump PLAN_DRAFT_VERSION when it changes. */
export const planDraftSchema: z.ZodMiniType<PlanDraft> = z.object({
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
      minimum: z.optional(textByKey()),
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
      pricing: z.optional(z.partialRecord(z.enum(['recurring', 'setup', 'renewal', 'overuse']), pricingDraftSchema)),
    }),
    10_000,
  ),
});
export const PLAN_DRAFT_VERSION = 1;

let seq = 0;
/** A period id unique within any plan draft (a counter, plus random bits so restored drafts never collide). */
export const newPeriodId = () => `p-${(++seq).toString(36)}-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}`;

const zeroIn = (currencies: readonly string[]) => Object.fromEntries(currencies.map((c) => [c, '0']));

export function newPeriod(currencies: readonly string[]): PeriodDraft {
  return { id: newPeriodId(), duration: { quantity: '1', unit: 'month' }, endless: false, trial: false, fees: zeroIn(currencies) };
}

/** A resource added to the plan; its recurring fee is asked in each of `currencies`. */
export function newResource(resourceId: string, currencies: readonly string[] = []): ResourceDraft {
  return { resourceId, included: '0', minimum: '0', limit: '', unlimited: false, fees: { recurring: Object.fromEntries(currencies.map((c) => [c, ''])) } };
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

/** Resource `i`'s fees with fee type `type` selected (a value asked in every currency) or not. */
export function feesWith(r: ResourceDraft, type: FeeType, on: boolean, currencies: readonly string[]): ResourceDraft['fees'] {
  const fees = { ...r.fees };
  if (on) fees[type] = fees[type] ?? Object.fromEntries(currencies.map((c) => [c, '']));
  else delete fees[type];
  return fees;
}

/** Two tiers to start from: up to 10, then every unit above (prices empty, asked in each currency). */
export function newTiers(currencies: readonly string[]): TierDraft[] {
  const empty = () => Object.fromEntries(currencies.map((c) => [c, '']));
  return [
    { upTo: '10', prices: empty(), flats: {} },
    { upTo: '', prices: empty(), flats: {} },
  ];
}

/** Resource fee `type` priced by `model` ('per-unit' drops its pricing); tiers typed before are kept when switching between tier models. */
export function pricingWith(r: ResourceDraft, type: FeeType, model: PricingDraft['model'] | 'per-unit', currencies: readonly string[]): ResourceDraft['pricing'] {
  const pricing = { ...r.pricing };
  if (model === 'per-unit') delete pricing[type];
  else {
    const before = pricing[type];
    pricing[type] = { model, blockSize: before?.blockSize ?? '10', tiers: before?.tiers.length ? before.tiers : newTiers(currencies) };
  }
  return pricing;
}

export { FEE_TYPES } from '../../src/schemas/plan.js';
