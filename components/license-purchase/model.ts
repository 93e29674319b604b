/**
 * The purchase draft, its steps, their rules and the preview: no DOM, testable on its own.
 */
import { addMonths, type CalendarDate, compareDates, formatDate, monthOf, yearOf } from '../../src/core/dates.js';
import { type LicenseQuote, licenseQuote } from '../../src/core/quotes.js';
import { parseWholeNumber } from '../../src/core/whole-number.js';
import { type Account, type ActiveLicenses, type Contract, NOTE_MAX_LENGTH, type Product, purchaseInputSchema, type PurchaseInput, type Stock } from '../../src/schemas/license.js';
import * as z from 'zod/mini';
import { draftText } from '../../src/schemas/draft.js';
import { type FieldErrors, validate } from '../../src/schemas/validate.js';
import { msg } from './messages.js';

export type StepId = 'contract' | 'account' | 'product' | 'quantity' | 'stock' | 'preview';

export interface LicenseDraft {
  contractId: string;
  accountId: string;
  productId: string;
  /** As typed. */
  quantity: string;
  note: string;
  stockChoice: '' | 'use-stock' | 'new-purchase';
  /** With active licenses of the product: end with them (co-term, the default) or run a full term. */
  term: 'coterm' | 'full';
}

/** What the backend told us, loaded step by step. */
export interface LicenseContext {
  contracts: readonly Contract[];
  accounts: readonly Account[];
  products: readonly Product[] | null;
  stock: Stock | null;
  active: ActiveLicenses | null;
}

export const DEFAULT_MAX_QUANTITY = 10_000;

/** The shape of a stored purchase draft (see DraftStorage): bump LICENSE_DRAFT_VERSION when it changes. */
export const licenseDraftSchema = z.object({
  contractId: draftText(),
  accountId: draftText(),
  productId: draftText(),
  quantity: draftText(),
  note: draftText(),
  stockChoice: z.enum(['', 'use-stock', 'new-purchase']),
  term: z.enum(['coterm', 'full']),
});
export const LICENSE_DRAFT_VERSION = 1;
export { NOTE_MAX_LENGTH };

export function emptyDraft(): LicenseDraft {
  return { contractId: '', accountId: '', productId: '', quantity: '1', note: '', stockChoice: '', term: 'coterm' };
}

/** Why a contract cannot be used to create licenses, or null when it can. */
export function contractBlock(c: Contract): 'inactive' | 'no-permission' | null {
  if (c.status !== 'active') return 'inactive';
  if (!c.canCreateLicenses) return 'no-permission';
  return null;
}

export function usableContracts(contracts: readonly Contract[]): Contract[] {
  return contracts.filter((c) => contractBlock(c) === null);
}

export function contractOf(draft: LicenseDraft, ctx: LicenseContext): Contract | null {
  return ctx.contracts.find((c) => c.id === draft.contractId) ?? null;
}

export function productOf(draft: LicenseDraft, ctx: LicenseContext): Product | null {
  return ctx.products?.find((p) => p.id === draft.productId) ?? null;
}

/**
 * The steps, always the same six, so "Step 3 of 6" never becomes "of 5" mid-flow. The stock
 * step is passed over (and says so) when no suitable products are in stock.
 */
export const STEP_IDS: readonly StepId[] = ['contract', 'account', 'product', 'quantity', 'stock', 'preview'];

export function stepsFor(_ctx: LicenseContext): StepId[] {
  return [...STEP_IDS];
}

/** Whether the stock step asks anything: only when suitable products are in stock. */
export function stockStepNeeded(ctx: LicenseContext): boolean {
  return (ctx.stock?.available ?? 0) > 0;
}

export function quantityLimits(contract: Contract | null): { min: number; max: number } {
  return { min: contract?.minQuantity ?? 1, max: contract?.maxQuantity ?? DEFAULT_MAX_QUANTITY };
}

export function parsedQuantity(draft: LicenseDraft): number | null {
  return parseWholeNumber(draft.quantity);
}

/** The errors that keep the user on `step`, by field. */
export function stepErrors(step: StepId, draft: LicenseDraft, ctx: LicenseContext, locale: string): FieldErrors {
  const e: FieldErrors = {};
  const contract = contractOf(draft, ctx);
  switch (step) {
    case 'contract':
      if (!contract || contractBlock(contract)) e.contractId = msg(locale, 'chooseContract');
      break;
    case 'account':
      if (!draft.accountId) e.accountId = msg(locale, 'chooseAccount');
      else if (contract?.accountId !== draft.accountId) e.accountId = msg(locale, 'saveAccountFirst');
      break;
    case 'product':
      if (!productOf(draft, ctx) || !contract?.productIds.includes(draft.productId)) e.productId = msg(locale, 'chooseProduct');
      break;
    case 'quantity': {
      const { min, max } = quantityLimits(contract);
      const q = parsedQuantity(draft);
      if (q === null || q < min || q > max) e.quantity = msg(locale, 'quantityRange', { min, max: max.toLocaleString(locale) });
      const note = validate(purchaseInputSchema.shape.note, draft.note, locale);
      if (!note.ok) e.note = note.errors[''] ?? Object.values(note.errors)[0] ?? '';
      break;
    }
    case 'stock':
      if (!draft.stockChoice) e.stockChoice = msg(locale, 'chooseStock');
      break;
    case 'preview':
      break;
  }
  return e;
}

/** How many licenses come from stock with the current choice. */
export function fromStock(draft: LicenseDraft, ctx: LicenseContext): number {
  if (draft.stockChoice !== 'use-stock') return 0;
  return Math.min(ctx.stock?.available ?? 0, parsedQuantity(draft) ?? 0);
}

/** The preview's dates and price, from the billing core. */
export function quote(draft: LicenseDraft, ctx: LicenseContext, today: CalendarDate): LicenseQuote | null {
  const contract = contractOf(draft, ctx);
  const product = productOf(draft, ctx);
  const quantity = parsedQuantity(draft);
  if (!contract || !product || !quantity) return null;
  return licenseQuote({
    today,
    currency: contract.currency,
    unitPrice: product.unitPrice,
    termMonths: contract.termMonths,
    quantity,
    fromStock: fromStock(draft, ctx),
    existing: ctx.active,
    // A contract whose end date has come is not usable (its step says so): no cap to apply then.
    contractEndDate: compareDates(contract.endDate, today) > 0 ? contract.endDate : undefined,
    coTerm: draft.term !== 'full',
  });
}

/** Whether the buyer can choose between co-terming and a full term: the account has active licenses of the product. */
export function termChoice(ctx: LicenseContext): boolean {
  return (ctx.active?.count ?? 0) > 0 && ctx.active?.endDate != null;
}

/** "this month", "next month" or "on June 30, 2027". */
export function expiryPhrase(endDate: CalendarDate, today: CalendarDate, locale: string): string {
  const next = addMonths(`${today.slice(0, 7)}-01`, 1);
  if (yearOf(endDate) === yearOf(today) && monthOf(endDate) === monthOf(today)) return msg(locale, 'thisMonth');
  if (yearOf(endDate) === yearOf(next) && monthOf(endDate) === monthOf(next)) return msg(locale, 'nextMonth');
  return msg(locale, 'onDate', { date: formatDate(endDate, locale, 'long') });
}

export function toInput(draft: LicenseDraft, q: LicenseQuote, quotedOn: CalendarDate): PurchaseInput {
  return {
    contractId: draft.contractId,
    accountId: draft.accountId,
    productId: draft.productId,
    quantity: parsedQuantity(draft) ?? 0,
    note: draft.note,
    useStock: draft.stockChoice === 'use-stock',
    expected: { startDate: q.startDate, endDate: q.endDate, total: q.total },
    coTerm: draft.term !== 'full',
    quotedOn,
  };
}
