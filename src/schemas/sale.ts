/** Sales of per-user subscription plans (sale-wizard). */
import * as z from 'zod/mini';
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
  tiers: z.optional(z.array(priceTierSchema)),
  minUsers: z.optional(wholeNumber(1)),
  maxUsers: z.optional(wholeNumber(1)),
  keyLengthDays: wholeNumber(1),
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
