/** Device licenses bought under a contract (license-purchase). */
import * as z from 'zod/mini';
import { defineMessages } from '../i18n/catalog.js';
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
  /** What one license for a full term costs the seller; sent only to a user allowed to see cost (`see-cost`). */
  cost: z.optional(z.object({ unitPrice: nonNegativeMinor() })),
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

// ---- the rules of a purchase that the widget and every backend check: one function each ------

/** Most licenses one purchase may create when its contract sets no maximum (the widget and the backend cap alike). */
export const DEFAULT_MAX_QUANTITY = 10_000;

const tl = defineMessages(
  {
    chooseAccount: 'Choose an account.',
    quantityRange: 'Enter a whole number from {min} to {max}.',
    chooseContract: 'Choose a contract.',
    contractInactive: 'The contract “{name}” is no longer active.',
    contractNoPermission: 'You do not have permission to create licenses under “{name}”.',
    productNotInContract: 'This product is no longer part of the contract. Choose another product.',
  },
  { es: () => import('./license-messages.es.js'), de: () => import('./license-messages.de.js'), fr: () => import('./license-messages.fr.js'), pt: () => import('./license-messages.pt.js') },
  'license',
);

/** Why licenses cannot be created under `c`, or null when they can: it must be active and allow the user to. */
export function contractBlock(c: Contract): 'inactive' | 'no-permission' | null {
  if (c.status !== 'active') return 'inactive';
  if (!c.canCreateLicenses) return 'no-permission';
  return null;
}

/** Why licenses cannot be created under `c` ('' when they can): none chosen, not active, or not allowed to the user. */
export function contractError(c: Contract | null | undefined, locale: string): string {
  if (!c) return tl(locale, 'chooseContract');
  const block = contractBlock(c);
  if (block === 'inactive') return tl(locale, 'contractInactive', { name: c.name });
  if (block === 'no-permission') return tl(locale, 'contractNoPermission', { name: c.name });
  return '';
}

/** Only the products added under the contract can be bought. */
export function offersProduct(c: Contract, productId: string): boolean {
  return c.productIds.includes(productId);
}

/** Why product `productId` cannot be bought under `c` ('' when it can): one of the contract's products. */
export function productError(c: Contract, productId: string, products: readonly Pick<Product, 'id'>[], locale: string): string {
  return offersProduct(c, productId) && products.some((p) => p.id === productId) ? '' : tl(locale, 'productNotInContract');
}

/** The licenses one purchase under `c` may create (1 to DEFAULT_MAX_QUANTITY unless the contract says otherwise). */
export function quantityLimits(c: Pick<Contract, 'minQuantity' | 'maxQuantity'> | null | undefined): { min: number; max: number } {
  return { min: c?.minQuantity ?? 1, max: c?.maxQuantity ?? DEFAULT_MAX_QUANTITY };
}

/** Why a purchase under `c` cannot create `quantity` licenses ('' when it can): a whole number within the contract's limits. */
export function quantityError(c: Pick<Contract, 'minQuantity' | 'maxQuantity'> | null | undefined, quantity: number | null, locale: string): string {
  const { min, max } = quantityLimits(c);
  if (quantity !== null && Number.isSafeInteger(quantity) && quantity >= min && quantity <= max) return '';
  return tl(locale, 'quantityRange', { min, max: max.toLocaleString(locale) });
}

/** Why licenses cannot be tracked under account `id` ('' when they can): one of the accounts, chosen. */
export function accountError(id: string, accounts: readonly Account[], locale: string): string {
  return id && accounts.some((a) => a.id === id) ? '' : tl(locale, 'chooseAccount');
}
