/** Cloud and SaaS subscription orders (order-form). */
import { checkDomain } from './domain.js';
import * as z from 'zod/mini';
import { defineMessages } from '../i18n/catalog.js';
import type { FieldErrors } from './validate.js';
import { displayText, id, nameText, optionalText, emailSchema, countrySchema, phoneSchema, currencyCodeSchema, nonNegativeMinor, wholeNumber, calendarDateSchema, feesByCurrency, expectedQuoteSchema } from './common.js';

export const dataCenterSchema = z.object({ id: id(), name: displayText(), location: z.string() });
export type DataCenter = z.infer<typeof dataCenterSchema>;

export const planPackageSchema = z.object({
  id: id(),
  kind: z.enum(['cloud', 'saas']),
  name: displayText(),
  description: z.string(),
  /** Most user accounts the plan allows; null for no limit. */
  maxUsers: z.nullable(wholeNumber(1)),
  /** The plan's price per month, per currency, in minor units (pre-paid). */
  monthlyPrice: feesByCurrency(),
  /** Post-paid price per user account per month, per currency. */
  perUserPrice: feesByCurrency(),
  /** Length of the pre-paid period in months. */
  prepaidMonths: wholeNumber(1),
  /** The service plan it sells, when it sells one (plan versions): what it starts are that plan's subscribers. */
  servicePlanId: z.optional(id()),
  /** With servicePlanId, answered by the backend: the plan's current version, the one a new order buys. */
  planVersion: z.optional(wholeNumber(1)),
  /**
   * What the plan costs the seller (its distributor's price), shaped like its prices. Sent only to
   * a user allowed to see cost (`see-cost`): a backend never sends it to anyone else.
   */
  cost: z.optional(z.object({ monthlyPrice: feesByCurrency(), perUserPrice: feesByCurrency() })),
});
export type PlanPackage = z.infer<typeof planPackageSchema>;

export const orderOptionsSchema = z.object({
  currencies: z.array(currencyCodeSchema()),
  dataCenters: z.array(dataCenterSchema),
  packages: z.array(planPackageSchema),
  /** Whether on-premise orders are sold (they are not: only renewals and upgrades). */
  onPremiseSold: z.boolean(),
});
export type OrderOptions = z.infer<typeof orderOptionsSchema>;

export const customerDetailsSchema = z.object({
  companyName: nameText(120),
  contactName: nameText(120),
  email: emailSchema(),
  phone: phoneSchema(),
  country: countrySchema(),
  address: optionalText(200),
  vatNumber: optionalText(30),
});
export type CustomerDetails = z.infer<typeof customerDetailsSchema>;

export const domainSchema = () =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const r = checkDomain(value);
      if (!r.ok) ctx.issues.push({ code: 'custom', message: r.code, input: value });
    }),
  );

export const adminUsernameSchema = () =>
  z.string().check(z.trim(), z.minLength(1, 'v.required'), z.maxLength(64, 'v.tooLong'), z.regex(/^[A-Za-z][A-Za-z0-9._-]*$/, 'v.username'));

const orderCommon = {
  currency: currencyCodeSchema(),
  paymentMethod: z.enum(['post-paid', 'pre-paid'], 'v.choose'),
  packageId: z.string().check(z.minLength(1, 'v.choose')),
  postponedBilling: z.boolean(),
  customer: customerDetailsSchema,
  /** The calendar date the price summary was made on; a backend honours it when it is today or yesterday. */
  quotedOn: z.optional(calendarDateSchema()),
  /** The monthly price and first charge date the summary showed. */
  expected: expectedQuoteSchema(),
};

export const cloudOrderInputSchema = z.object({
  kind: z.literal('cloud'),
  ...orderCommon,
  dataCenterId: z.string().check(z.minLength(1, 'v.choose')),
  domain: domainSchema(),
  adminUsername: adminUsernameSchema(),
  sendCredentialsToAuthor: z.boolean(),
  /** Whether the login and password go to the customer's contact person (default: yes). */
  sendCredentialsToCustomer: z._default(z.boolean(), true),
});
export const saasOrderInputSchema = z.object({ kind: z.literal('saas'), ...orderCommon });
export const orderInputSchema = z.discriminatedUnion('kind', [cloudOrderInputSchema, saasOrderInputSchema]);
export type CloudOrderInput = z.input<typeof cloudOrderInputSchema>;
export type SaasOrderInput = z.input<typeof saasOrderInputSchema>;
export type OrderInput = z.input<typeof orderInputSchema>;

export const orderSchema = z.object({
  id: id(),
  kind: z.enum(['cloud', 'saas']),
  status: z.enum(['active', 'pending']),
  packageId: id(),
  currency: currencyCodeSchema(),
  paymentMethod: z.enum(['post-paid', 'pre-paid']),
  postponedBilling: z.boolean(),
  firstChargeDate: calendarDateSchema(),
  companyName: z.string(),
  /** Email addresses the login and password are sent to (cloud orders): the contact person. */
  credentialsSentTo: z.array(z.string()),
  /** Whether they are also sent to the account manager who created the order (the cloud author). */
  credentialsToAuthor: z.optional(z.boolean()),
  domain: z.nullable(z.string()),
  createdAt: z.string(),
  users: z.optional(wholeNumber(0)),
  monthlyPrice: z.optional(nonNegativeMinor()),
});
export type Order = z.infer<typeof orderSchema>;

/** What each OrderAdapter method answers: RestAdapter and the widgets check answers with these. */
export const orderResponses = {
  getOrderOptions: orderOptionsSchema,
  createOrder: orderSchema,
};

const to = defineMessages(
  {
    unknownPlan: 'Choose a plan.',
    notSoldIn: 'This plan is not sold in {currency}.',
    unknownDataCenter: 'Choose a data location.',
  },
  { es: () => import('./order-messages.es.js'), de: () => import('./order-messages.de.js'), fr: () => import('./order-messages.fr.js'), pt: () => import('./order-messages.pt.js') },
  'order',
);

/** What a seller offers that an order is checked against: the order options, or the backend's records. */
export interface OrderOffer {
  readonly packages: readonly PlanPackage[];
  readonly dataCenters: readonly DataCenter[];
}

/** The parts of an order its offer rules read (an order input, or a widget's draft of one). */
export interface OfferedOrder {
  kind: 'cloud' | 'saas';
  packageId: string;
  currency: string;
  dataCenterId?: string;
}

/**
 * The order's rules against the offer, the one copy the widget and the backend both run: the plan
 * is one of the order kind's, sold in the order's currency; a cloud order's data location is one
 * offered. Field errors by path, in the locale (a backend answers in English).
 */
export function checkOrderOffer(order: OfferedOrder, offer: OrderOffer, locale = 'en'): FieldErrors {
  const errors: FieldErrors = {};
  const pkg = offeredPackage(order, offer);
  if (!pkg) errors.packageId = to(locale, 'unknownPlan');
  else if (order.currency && pkg.monthlyPrice[order.currency] === undefined) errors.packageId = to(locale, 'notSoldIn', { currency: order.currency });
  if (order.kind === 'cloud' && !offer.dataCenters.some((d) => d.id === order.dataCenterId)) errors.dataCenterId = to(locale, 'unknownDataCenter');
  return errors;
}

/** The plan an order names, when it is one of its kind's. */
export function offeredPackage(order: Pick<OfferedOrder, 'kind' | 'packageId'>, offer: Pick<OrderOffer, 'packages'>): PlanPackage | null {
  return offer.packages.find((p) => p.id === order.packageId && p.kind === order.kind) ?? null;
}
