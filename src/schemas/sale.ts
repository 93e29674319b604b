/** Sales of per-user subscription plans (sale-wizard). */
import { priceModelProblems } from '../core/price-model.js';
import * as z from 'zod/mini';
import { type CalendarDate, compareDates } from '../core/dates.js';
import { defineMessages } from '../i18n/catalog.js';
import type { FieldErrors } from './validate.js';
import { displayText, id, nameText, optionalText, emailSchema, countrySchema, phoneSchema, calendarDateSchema, currencyCodeSchema, nonNegativeMinor, wholeNumber, moneySchema, expectedQuoteSchema } from './common.js';

export const organizationSchema = z.object({
  id: id(),
  name: displayText(),
  /** own: the seller's organization; child: one of its child organizations; reseller: a reseller under it. */
  kind: z.enum(['own', 'child', 'reseller']),
  parentId: z.nullable(z.string()),
  country: z.optional(z.string()),
});
export type Organization = z.infer<typeof organizationSchema>;

export const newOrganizationSchema = z.object({
  name: nameText(120),
  email: emailSchema(),
  country: countrySchema(),
  city: optionalText(80),
  phone: phoneSchema(),
  vatNumber: optionalText(30),
});
export type NewOrganization = z.infer<typeof newOrganizationSchema>;

export const newContactSchema = z.object({
  firstName: nameText(60),
  lastName: nameText(60),
  email: emailSchema(),
  phone: phoneSchema(),
});
export type NewContact = z.infer<typeof newContactSchema>;

export const newUserSchema = z.object({
  firstName: nameText(60),
  lastName: nameText(60),
  email: emailSchema(),
});
export type NewUser = z.infer<typeof newUserSchema>;

export const billingMethodSchema = z.object({ id: id(), name: displayText() });
export type BillingMethod = z.infer<typeof billingMethodSchema>;

export const priceTierSchema = z.object({ upTo: z.nullable(wholeNumber(1)), unitPrice: nonNegativeMinor() });

export const distributionSchema = z.object({
  id: id(),
  name: displayText(),
  /** Only distributions marked valid can be sold as a subscription plan (e.g. IT PRO / Practice Test). */
  validForSubscriptionPlan: z.boolean(),
  currency: currencyCodeSchema(),
  /** Distribution Price: per user, in minor units. */
  unitPrice: nonNegativeMinor(),
  /** Volume tiers (price-model.ts): a backend answering with tiers that break the rules is refused, not priced. */
  tiers: z.optional(z.array(priceTierSchema).check(z.refine((tiers) => priceModelProblems({ model: 'volume', tiers }).length === 0, 'v.tiers'))),
  minUsers: z.optional(wholeNumber(1)),
  maxUsers: z.optional(wholeNumber(1)),
  keyLengthDays: wholeNumber(1),
  /** The service plan it sells, when it sells one (plan versions): what it starts are that plan's subscribers. */
  servicePlanId: z.optional(id()),
  /** With servicePlanId, answered by the backend: the plan's current version, the one a new sale buys. */
  planVersion: z.optional(wholeNumber(1)),
  /** What one user costs the seller, whatever the tier; sent only to a user allowed to see cost (`see-cost`). */
  cost: z.optional(z.object({ unitPrice: nonNegativeMinor() })),
});
export type Distribution = z.infer<typeof distributionSchema>;

export const sellerContextSchema = z.object({
  organization: organizationSchema,
  hasLtiService: z.boolean(),
  billingMethods: z.array(billingMethodSchema),
});
export type SellerContext = z.infer<typeof sellerContextSchema>;

export const saleLineInputSchema = z.object({ distributionId: id(), users: wholeNumber(1) });

export const saleInputSchema = z.object({
  organization: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('existing'), id: id() }),
    z.object({ kind: z.literal('new'), organization: newOrganizationSchema }),
  ]),
  contacts: z.array(newContactSchema),
  users: z.array(newUserSchema),
  lines: z.array(saleLineInputSchema).check(z.minLength(1, 'v.atLeastOne')),
  customerPo: optionalText(50),
  activationDate: calendarDateSchema(),
  orderNumber: optionalText(50),
  billingMethodId: id(),
  name: nameText(120),
  comment: optionalText(2000),
  /** The calendar date the review was made on; a backend honours it when it is today or yesterday. */
  quotedOn: z.optional(calendarDateSchema()),
  /** The total the review showed. */
  expected: expectedQuoteSchema(),
});
export type SaleInput = z.input<typeof saleInputSchema>;

export const saleSchema = z.object({
  id: id(),
  status: z.enum(['pending-approval', 'approved', 'rejected']),
  name: z.string(),
  organizationId: id(),
  organizationName: z.string(),
  activationDate: calendarDateSchema(),
  cancellationDate: calendarDateSchema(),
  lines: z.array(
    z.object({ distributionId: id(), distributionName: z.string(), users: wholeNumber(1), unitPrice: moneySchema(), total: moneySchema() }),
  ),
  total: moneySchema(),
  customerPo: z.string(),
  orderNumber: z.string(),
  billingMethodId: z.string(),
  comment: z.string(),
  createdAt: z.string(),
});
export type Sale = z.infer<typeof saleSchema>;

/** What each SaleAdapter method answers: RestAdapter and the widgets check answers with these. */
export const saleResponses = {
  getSellerContext: sellerContextSchema,
  searchOrganizations: z.array(organizationSchema),
  listDistributions: z.array(distributionSchema),
  createSale: saleSchema,
};

// ---- the rules of a sale that the widget and every backend check: one function each ---------

/** Most users a line may have when its distribution sets no maximum (the widget and the backend cap alike). */
export const DEFAULT_MAX_USERS = 100_000;

const ts = defineMessages(
  {
    chooseDistribution: 'Choose a product distribution.',
    notSellable: 'This distribution cannot be sold as a subscription plan.',
    usersRange: 'Enter a whole number of users from {min} to {max}.',
    oneCurrency: 'All distributions of a sale must be in one currency ({currency}).',
    alreadyAdded: 'This distribution is already in the sale; remove it first to change its number of users.',
    notPast: 'The activation date cannot be in the past.',
    chooseBillingMethod: 'Choose a billing method.',
    organizationGone: 'This organization no longer exists.',
  },
  { es: () => import('./sale-messages.es.js'), de: () => import('./sale-messages.de.js'), fr: () => import('./sale-messages.fr.js'), pt: () => import('./sale-messages.pt.js') },
  'sale',
);

/** Only distributions the catalog marks valid for a subscription plan can be sold. */
export function sellable(distributions: readonly Distribution[]): Distribution[] {
  return distributions.filter((d) => d.validForSubscriptionPlan);
}

/** The users a line of `d` may have (1 to DEFAULT_MAX_USERS unless the distribution says otherwise). */
export function userLimits(d: Distribution | undefined): { min: number; max: number } {
  return { min: d?.minUsers ?? 1, max: d?.maxUsers ?? DEFAULT_MAX_USERS };
}

/** Why a line's distribution cannot be sold ('' when it can): none chosen, unknown, or not valid for a subscription plan. */
export function distributionError(id: string, catalog: readonly Distribution[], locale: string): string {
  if (!id) return ts(locale, 'chooseDistribution');
  return catalog.some((d) => d.id === id && d.validForSubscriptionPlan) ? '' : ts(locale, 'notSellable');
}

/** Why a line cannot have `users` users of `d` ('' when it can): a whole number within the distribution's limits. */
export function usersError(d: Distribution | undefined, users: number | null, locale: string): string {
  const { min, max } = userLimits(d);
  if (users !== null && Number.isSafeInteger(users) && users >= min && users <= max) return '';
  return ts(locale, 'usersRange', { min, max: max.toLocaleString(locale) });
}

/** Why a line in `currency` cannot join a sale in `saleCurrency` ('' when it can): one currency per sale. */
export function currencyError(saleCurrency: string | undefined, currency: string, locale: string): string {
  return saleCurrency && saleCurrency !== currency ? ts(locale, 'oneCurrency', { currency: saleCurrency }) : '';
}

/** Why distribution `id` cannot be added to lines of `taken` ('' when it can): each distribution once. */
export function duplicateError(taken: readonly string[], id: string, locale: string): string {
  return taken.includes(id) ? ts(locale, 'alreadyAdded') : '';
}

/** Why a sale cannot start on `date` ('' when it can): not before today. */
export function activationDateError(date: CalendarDate, today: CalendarDate, locale: string): string {
  return compareDates(date, today) < 0 ? ts(locale, 'notPast') : '';
}

/** Why a sale cannot be billed by method `id` ('' when it can): one of the seller's billing methods. */
export function billingMethodError(id: string, methods: readonly Pick<BillingMethod, 'id'>[], locale: string): string {
  return methods.some((b) => b.id === id) ? '' : ts(locale, 'chooseBillingMethod');
}

/** Why a sale cannot be for organization `id` ('' when it can): one the seller may sell to (only a backend knows them all). */
export function organizationError(id: string, organizations: readonly Pick<Organization, 'id'>[], locale: string): string {
  return organizations.some((o) => o.id === id) ? '' : ts(locale, 'organizationGone');
}

/**
 * The lines of a sale against the catalog, by the input's paths: `lines.N.distributionId`
 * (not sellable, or twice), `lines.N.users` (out of the distribution's limits) and `lines`
 * (two currencies, named after the first line's).
 */
export function saleLinesErrors(lines: readonly { distributionId: string; users: number }[], catalog: readonly Distribution[], locale: string): FieldErrors {
  const e: FieldErrors = {};
  let saleCurrency: string | undefined;
  lines.forEach((l, i) => {
    const bad = distributionError(l.distributionId, catalog, locale) || duplicateError(lines.slice(0, i).map((x) => x.distributionId), l.distributionId, locale);
    const d = catalog.find((x) => x.id === l.distributionId);
    const users = bad ? '' : usersError(d, l.users, locale);
    if (bad) e[`lines.${i}.distributionId`] = bad;
    else if (users) e[`lines.${i}.users`] = users;
    else {
      saleCurrency ??= d!.currency;
      const other = currencyError(saleCurrency, d!.currency, locale);
      if (other) e.lines ??= other;
    }
  });
  return e;
}
