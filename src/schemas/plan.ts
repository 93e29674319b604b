/** Service plans: periods, resources and fees (service-plan-editor). */
import { BILLING_TYPE_IDS, DEPRECATED_BILLING_TYPES, PAY_AS_YOU_GO } from '../core/billing-types.js';
import { defineMessages } from '../i18n/catalog.js';
import * as z from 'zod/mini';
import { codeText, displayText, id, languageCodeSchema, nameText, normalizeName, currencyCodeSchema, durationSchema, feesByCurrency, wholeNumber } from './common.js';
import { checkFeePricing, feePricingSchema } from './plan-pricing.js';
import { validate } from './validate.js';

export const FEE_TYPES = ['recurring', 'setup', 'renewal', 'overuse'] as const;
export type FeeType = (typeof FEE_TYPES)[number];

export const productResourceSchema = z.object({ id: id(), name: displayText(), unit: z.string() });
export type ProductResource = z.infer<typeof productResourceSchema>;

export const planPeriodSchema = z.object({
  id: id(),
  /** null when the period is endless. */
  duration: z.nullable(durationSchema()),
  endless: z.boolean(),
  trial: z.boolean(),
  /** Plan period fees per currency, minor units; 0 by default. */
  fees: feesByCurrency(),
  /** Pay As You Go: the least each billing period's usage is charged, per currency (a true-up line makes up the rest). */
  minimumCommitment: z.optional(feesByCurrency()),
});
export type PlanPeriod = z.infer<typeof planPeriodSchema>;

export const planResourceSchema = z.object({
  resourceId: id(),
  included: wholeNumber(0),
  minimum: wholeNumber(0),
  /** null when unlimited. */
  limit: z.nullable(wholeNumber(0)),
  unlimited: z.boolean(),
  /** Selected fee types and their value per currency (a package's block price; none for tiers). */
  fees: z.partialRecord(z.enum(FEE_TYPES), feesByCurrency()),
  /** A selected fee priced by tiers or packages (plan-pricing.ts); a fee without one is priced per unit. */
  pricing: z.optional(z.partialRecord(z.enum(FEE_TYPES), feePricingSchema)),
});
export type PlanResource = z.infer<typeof planResourceSchema>;

export const servicePlanShape = z.object({
  id: z.nullable(z.string()),
  productId: id(),
  name: nameText(100),
  active: z.boolean(),
  /** Description per language code; English is required. */
  description: z.record(languageCodeSchema(), z.string()),
  billingType: z.enum(BILLING_TYPE_IDS, 'v.choose'),
  sku: codeText(100),
  periods: z.array(planPeriodSchema).check(z.minLength(1, 'plan.atLeastOnePeriod')),
  /** In the order they were added; distributors and customers see them reversed. */
  resources: z.array(planResourceSchema),
  updatedAt: z.optional(z.string()),
  /** The plan's published version (`planVersion`, plan-version.ts), set by the backend: 1 on create, one more when a save finds subscriptions on it. */ version: z.optional(wholeNumber(1)),
  /**
   * The saved version's tag, set by the backend on every save. A save sends the tag it loaded;
   * a save over a newer version is refused with 409 `conflict` (not `planVersion`, which is a
   * plan's published version).
   */
  etag: z.optional(z.string().check(z.maxLength(200))),
});
export type ServicePlan = z.infer<typeof servicePlanShape>;

// Keys in full ('plan.…'): zod checks name them as their message.
const en = {
  'plan.atLeastOnePeriod': 'A service plan needs at least one plan period.',
  'plan.paidPeriodRequired': 'A service plan needs a period that is not a trial.',
  'plan.periodFee': 'Enter the plan period fee in {currency}.',
  'plan.oneEndless': 'A service plan can have only one endless period.',
  'plan.trialEndless': 'A trial period cannot be endless.',
  'plan.trialFree': 'A trial period is free: its fees must be 0.',
  'plan.durationOrEndless': 'Set a duration or turn on Endless.',
  'plan.englishRequired': 'Enter the description in English: it is used for every language without its own.',
  'plan.minimumBelowIncluded': 'Units minimum cannot be less than Units included.',
  'plan.limitBelowMinimum': 'Units limit cannot be less than Units minimum. Turn on Unlimited for no limit.',
  'plan.limitRequired': 'Enter a Units limit or turn on Unlimited.',
  'plan.feeTypeRequired': 'Select at least one type of fee.',
  'plan.fee.recurring': 'Enter the Recurring fee in {currency}.',
  'plan.fee.setup': 'Enter the Setup fee in {currency}.',
  'plan.fee.renewal': 'Enter the Renewal fee in {currency}.',
  'plan.fee.overuse': 'Enter the Overuse fee in {currency}.',
  'plan.duplicateResource': 'This resource is already in the plan.',
  'plan.deprecatedNotOffered': 'Deprecated billing types are not offered for new plans.',
  'plan.copyName': 'Enter a name for the copy.',
  'plan.otherProduct': 'A service plan cannot move to another product.',
  'plan.tiers.required': 'Add at least one tier.',
  'plan.tiers.ascending': 'Enter more than {after}: each tier’s Up to must be above the tier before it.',
  'plan.tiers.lastOpen': 'Leave Up to empty on the last tier: it prices every unit above the tier before it.',
  'plan.tiers.openBeforeLast': 'Enter an Up to: only the last tier can be left open.',
  'plan.tier.price': 'Enter the unit price in {currency}.',
  'plan.blockSize': 'Enter the number of units in a package.',
  'plan.minimumPaygOnly': 'A minimum commitment applies to Pay As You Go billing types only.',
};
const translate = defineMessages(en, { es: () => import('./plan-messages.es.js'), de: () => import('./plan-messages.de.js'), fr: () => import('./plan-messages.fr.js'), pt: () => import('./plan-messages.pt.js') });

interface PlanRulesOptions {
  /** The vendor's currencies: every period that is not a trial and every selected fee type need a value in each. */
  currencies?: readonly string[];
  /** The plan is new (never saved): a deprecated billing type is refused (a saved plan keeps its own). */
  newPlan?: boolean;
}

/** The indexes of resources already in the plan before them (the rule: no resource twice). */
export function repeatedResources(resources: readonly unknown[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  resources.forEach((r, i) => {
    if (!r || typeof r !== 'object') return;
    const id = (r as { resourceId?: unknown }).resourceId as string;
    if (seen.has(id)) repeated.push(i);
    seen.add(id);
  });
  return repeated;
}

type Ctx = { issues: unknown[] };
function issue(ctx: Ctx, path: PropertyKey[], message: string, input: unknown, params?: Record<string, string>): void {
  ctx.issues.push({ code: 'custom', message, path, input, params });
}

/**
 * Every rule of the seed that spans fields. Runs even when other fields are invalid, so
 * each error shows at once next to its own field.
 */
export function checkPlanRules(plan: Partial<ServicePlan>, ctx: Ctx, options: PlanRulesOptions = {}): void {
  const periods = Array.isArray(plan.periods) ? plan.periods : [];
  let endlessSeen = false;
  periods.forEach((p, i) => {
    if (!p || typeof p !== 'object') return;
    if (p.endless) {
      if (p.trial) issue(ctx, ['periods', i, 'endless'], 'plan.trialEndless', p);
      else if (endlessSeen) issue(ctx, ['periods', i, 'endless'], 'plan.oneEndless', p);
      endlessSeen ||= !p.trial;
    } else if (!p.duration) issue(ctx, ['periods', i, 'duration', 'quantity'], 'plan.durationOrEndless', p);
    if (p.trial && p.fees) {
      for (const [cur, v] of Object.entries(p.fees)) if (v !== 0) issue(ctx, ['periods', i, 'fees', cur], 'plan.trialFree', p);
    }
    if (p.minimumCommitment && Object.values(p.minimumCommitment).some((v) => v !== 0) && plan.billingType && !PAY_AS_YOU_GO.has(plan.billingType)) {
      issue(ctx, ['periods', i, 'minimumCommitment'], 'plan.minimumPaygOnly', p);
    }
    if (!p.trial) {
      const fees: object = p.fees && typeof p.fees === 'object' ? p.fees : {};
      for (const cur of options.currencies ?? []) if (!Object.hasOwn(fees, cur)) issue(ctx, ['periods', i, 'fees', cur], 'plan.periodFee', p, { currency: cur });
    }
  });
  // A trial leads into a paid period: a plan of trials alone sells nothing (the seed's periods).
  if (periods.length && periods.every((p) => p && typeof p === 'object' && p.trial)) issue(ctx, ['periods', 0, 'trial'], 'plan.paidPeriodRequired', periods[0]);
  if (plan.description && typeof plan.description === 'object' && !(Object.hasOwn(plan.description, 'en') && plan.description.en?.trim())) {
    issue(ctx, ['description', 'en'], 'plan.englishRequired', plan.description);
  }
  if (options.newPlan && plan.billingType && DEPRECATED_BILLING_TYPES.has(plan.billingType)) issue(ctx, ['billingType'], 'plan.deprecatedNotOffered', plan.billingType);
  const resources = Array.isArray(plan.resources) ? plan.resources : [];
  for (const i of repeatedResources(resources)) issue(ctx, ['resources', i, 'resourceId'], 'plan.duplicateResource', resources[i]);
  resources.forEach((r, i) => {
    if (!r || typeof r !== 'object') return;
    if (Number.isInteger(r.minimum) && Number.isInteger(r.included) && r.minimum < r.included) {
      issue(ctx, ['resources', i, 'minimum'], 'plan.minimumBelowIncluded', r);
    }
    if (!r.unlimited) {
      if (r.limit === null || r.limit === undefined) issue(ctx, ['resources', i, 'limit'], 'plan.limitRequired', r);
      else if (Number.isInteger(r.limit) && Number.isInteger(r.minimum) && r.limit < r.minimum) issue(ctx, ['resources', i, 'limit'], 'plan.limitBelowMinimum', r);
    }
    const fees = r.fees ?? {};
    const selected = FEE_TYPES.filter((t) => Object.hasOwn(fees, t) && fees[t] !== undefined);
    if (selected.length === 0) issue(ctx, ['resources', i, 'fees'], 'plan.feeTypeRequired', r);
    for (const t of selected) {
      const byCurrency = fees[t] ?? {};
      const pricing = r.pricing?.[t];
      if (pricing) checkFeePricing(pricing, options.currencies ?? [], (path, message, params) => issue(ctx, ['resources', i, 'pricing', t, ...path], message, r, params));
      // Tiers carry their own prices: the fee itself is asked only per unit or per package.
      if (pricing?.model === 'graduated' || pricing?.model === 'volume') continue;
      for (const cur of options.currencies ?? []) {
        const v = Object.hasOwn(byCurrency, cur) ? byCurrency[cur] : undefined;
        if (v === undefined || v === null) issue(ctx, ['resources', i, 'fees', t, cur], `plan.fee.${t}`, r, { currency: cur });
      }
    }
  });
}

/** Why `name` cannot name a copy of a plan ('' when it can): a plan's name, which the copy dialog asks for. */
export function copyNameError(name: string, locale: string): string {
  // A name of only spaces or invisible characters is no name: say what to enter, not "required".
  if (!normalizeName(name)) return translate(locale, 'plan.copyName');
  const r = validate(servicePlanShape.shape.name, name, locale);
  return r.ok ? '' : (Object.values(r.errors)[0] ?? '');
}

/** Why a plan of `productId` cannot be saved under product `owner` ('' when it can): a plan stays with its product. */
export function planProductError(productId: string, owner: string, locale: string): string {
  return productId === owner ? '' : translate(locale, 'plan.otherProduct');
}

/** The full service plan schema: shape plus every cross-field rule. */
export function servicePlanSchema(options: PlanRulesOptions = {}) {
  return servicePlanShape.check(z.superRefine((plan, ctx) => checkPlanRules(plan, ctx as unknown as Ctx, options), { when: () => true }));
}

export const planSummarySchema = z.object({ id: id(), name: z.string(), billingType: z.enum(BILLING_TYPE_IDS), active: z.boolean(), sku: z.string() });
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planContextSchema = z.object({
  product: z.object({ id: id(), name: z.string() }),
  resources: z.array(productResourceSchema),
  currencies: z.array(currencyCodeSchema()).check(z.minLength(1, 'v.atLeastOne')),
  /** Description languages of the vendor profile; always includes "en". */
  languages: z.array(languageCodeSchema()),
  plans: z.array(planSummarySchema),
});
export type PlanContext = z.infer<typeof planContextSchema>;

/** A plan as a backend answers it: its shape, and tiers that keep the rules (bad tiers are an error, not a wrong price). */
const planAnswer = servicePlanShape.check(
  z.refine((plan) => {
    let ok = true;
    for (const r of plan.resources) for (const p of Object.values(r.pricing ?? {})) if (p) checkFeePricing(p, [], () => (ok = false));
    return ok;
  }, 'v.tiers'),
);

/** What each PlanAdapter method answers: RestAdapter and the widgets check answers with these. */
export const planResponses = {
  getPlanContext: planContextSchema,
  getPlan: planAnswer,
  savePlan: planAnswer,
  copyPlan: planAnswer,
};
