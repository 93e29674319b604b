/** Device licenses bought under a contract (license-purchase). */
import * as z from 'zod/mini';
import { displayText, id, optionalText, calendarDateSchema, currencyCodeSchema, nonNegativeMinor, wholeNumber, moneySchema } from './common.js';

export const contractSchema = z.object({
  id: id(),
  name: displayText(),
  status: z.enum(['active', 'expired', 'suspended']),
  /** Whether the current user may create licenses under this contract. */
  canCreateLicenses: z.boolean(),
  conditions: z.string(),
  currency: currencyCodeSchema(),
  /** Licenses bought without co-terming run this many months from the purchase day. */
  termMonths: wholeNumber(1),
  startDate: calendarDateSchema(),
  endDate: calendarDateSchema(),
  minQuantity: z.optional(wholeNumber(1)),
  maxQuantity: z.optional(wholeNumber(1)),
  productIds: z.array(id()),
  /** The account saved for this contract, if any. */
  accountId: z.nullable(z.string()),
});
export type Contract = z.infer<typeof contractSchema>;

export const accountSchema = z.object({ id: id(), name: displayText() });
export type Account = z.infer<typeof accountSchema>;

export const productSchema = z.object({
  id: id(),
  name: displayText(),
  sku: z.string(),
  description: z.string(),
  /** Price of one license for the contract's full term, in minor units of the contract currency. */
  unitPrice: nonNegativeMinor(),
});
export type Product = z.infer<typeof productSchema>;

export const stockSchema = z.object({ productId: id(), available: wholeNumber(0) });
export type Stock = z.infer<typeof stockSchema>;

/** The account's active licenses of a product, summarised. */
export const activeLicensesSchema = z.object({
  accountId: id(),
  productId: id(),
  count: wholeNumber(0),
  /** Common end date of the active licenses; null when there are none. */
  endDate: z.nullable(calendarDateSchema()),
});
export type ActiveLicenses = z.infer<typeof activeLicensesSchema>;

export const licenseSchema = z.object({
  id: id(),
  productId: id(),
  accountId: id(),
  contractId: id(),
  startDate: calendarDateSchema(),
  endDate: calendarDateSchema(),
  status: z.enum(['active', 'expired']),
  fromStock: z.boolean(),
});
export type License = z.infer<typeof licenseSchema>;

export const NOTE_MAX_LENGTH = 500;

export const purchaseInputSchema = z.object({
  contractId: id(),
  accountId: id(),
  productId: id(),
  quantity: wholeNumber(1),
  note: optionalText(NOTE_MAX_LENGTH),
  useStock: z.boolean(),
  /** What the preview showed, so the backend can refuse if its own figures differ. */
  expected: z.object({ startDate: calendarDateSchema(), endDate: calendarDateSchema(), total: moneySchema() }),
  /** End with the account's active licenses of the product (true, the default) or run a full term from today. */
  coTerm: z.optional(z.boolean()),
  /** The calendar date the preview was made on; a backend honours it when it is today or yesterday. */
  quotedOn: z.optional(calendarDateSchema()),
});
export type PurchaseInput = z.input<typeof purchaseInputSchema>;

export const purchaseSchema = z.object({
  id: id(),
  licenses: z.array(licenseSchema),
  total: moneySchema(),
  createdAt: z.string(),
});
export type Purchase = z.infer<typeof purchaseSchema>;

/** What each LicenseAdapter method answers: RestAdapter and the widgets check answers with these. */
export const licenseResponses = {
  listContracts: z.array(contractSchema),
  listAccounts: z.array(accountSchema),
  saveContractAccount: contractSchema,
  listContractProducts: z.array(productSchema),
  getStock: stockSchema,
  getActiveLicenses: activeLicensesSchema,
  purchaseLicenses: purchaseSchema,
};
