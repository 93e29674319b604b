/**
 * The purchase draft, its steps, their rules and the preview: no DOM, testable on its own.
 */
import { type CalendarDate, compareDates, formatDate, monthOf, yearOf } from '../../src/core/dates.js';
import { amountEconomics, type Economics } from '../../src/core/economics.js';
import { type LicenseQuote, licenseQuote, licensesFromStock } from '../../src/core/quotes.js';
import { parseWholeNumber } from '../../src/core/whole-number.js';
import { accountError, type Account, type ActiveLicenses, type Contract, contractBlock, contractError, type Product, productError, purchaseInputSchema, type PurchaseInput, quantityError, type Stock } from '../../src/schemas/license.js';
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
// The purchase rules the backend checks too live in the schemas; the widget's API keeps exporting them.
export { contractBlock, DEFAULT_MAX_QUANTITY, NOTE_MAX_LENGTH, quantityLimits } from '../../src/schemas/license.js';

export function emptyDraft(): LicenseDraft {
  return { contractId: '', accountId: '', productId: '', quantity: '1', note: '', stockChoice: '', term: 'coterm' };
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

/** Whether the stock step asks anything: only when suitable products are in stock. */
export function stockStepNeeded(ctx: LicenseContext): boolean {
  return (ctx.stock?.available ?? 0) > 0;
}

export function parsedQuantity(draft: LicenseDraft): number | null {
  return parseWholeNumber(draft.quantity);
}

/** The errors that keep the user on `step`, by field. */
export function stepErrors(step: StepId, draft: LicenseDraft, ctx: LicenseContext, locale: string): FieldErrors {
  const e: FieldErrors = {};
  const contract = contractOf(draft, ctx);
  switch (step) {
    case 'contract': {
      const why = contractError(contract, locale);
      if (why) e.contractId = why;
      break;
    }
    case 'account': {
      const account = accountError(draft.accountId, ctx.accounts, locale) || (contract?.accountId !== draft.accountId ? msg(locale, 'saveAccountFirst') : '');
      if (account) e.accountId = account;
      break;
    }
    case 'product': {
      // A product the contract no longer offers (a restored draft) says so, as a backend would.
      const why = !draft.productId || !contract || !ctx.products ? msg(locale, 'chooseProduct') : productError(contract, draft.productId, ctx.products, locale);
      if (why) e.productId = why;
      break;
    }
    case 'quantity': {
      const quantity = quantityError(contract, parsedQuantity(draft), locale);
      if (quantity) e.quantity = quantity;
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
  return draft.stockChoice === 'use-stock' ? stockOnOffer(draft, ctx) : 0;
}

/** How many licenses would come from stock if the buyer uses it. */
export function stockOnOffer(draft: LicenseDraft, ctx: LicenseContext): number {
  return licensesFromStock(ctx.stock?.available ?? 0, parsedQuantity(draft) ?? 0);
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

/**
 * For a user allowed to see cost (the product carries its cost, which a backend sends to no one
 * else): the licenses charged at the seller's cost and at the price, quoted by the same core (a
 * co-termed license's cost is prorated like its price). Null for anyone else.
 */
export function purchaseEconomics(draft: LicenseDraft, ctx: LicenseContext, q: LicenseQuote, today: CalendarDate): Economics | null {
  const product = productOf(draft, ctx);
  if (!product?.cost) return null;
  const atCost = quote(draft, { ...ctx, products: [{ ...product, unitPrice: product.cost.unitPrice }] }, today);
  return atCost && amountEconomics(atCost.total, q.total);
}

/** Whether the buyer can choose between co-terming and a full term: the account has active licenses of the product. */
export function termChoice(ctx: LicenseContext): boolean {
  return (ctx.active?.count ?? 0) > 0 && ctx.active?.endDate != null;
}

/** "this month", "next month" or "on June 30, 2027". */
export function expiryPhrase(endDate: CalendarDate, today: CalendarDate, locale: string): string {
  const months = (yearOf(endDate) - yearOf(today)) * 12 + monthOf(endDate) - monthOf(today);
  if (months === 0) return msg(locale, 'thisMonth');
  if (months === 1) return msg(locale, 'nextMonth');
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

/** Whether the user chose or typed anything (Cancel asks before discarding it; a restored draft says so). */
export function hasInput(draft: LicenseDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(emptyDraft());
}

/**
 * The draft after the user chose `value` at `path`: another contract starts its account (the
 * contract's saved one), product and stock choice over; another product, its stock choice.
 */
export function withChoice(draft: LicenseDraft, path: 'contractId' | 'productId', value: string, contracts: readonly Contract[]): LicenseDraft {
  if (path === 'productId') return { ...draft, productId: value, stockChoice: '' };
  return { ...draft, contractId: value, accountId: contracts.find((c) => c.id === value)?.accountId ?? '', productId: '', stockChoice: '' };
}

/** The draft path of each field the backend may refuse, by the step that shows it; any other field is on the quantity step. */
const FIELD_STEPS: Readonly<Record<string, StepId>> = { contractId: 'contract', accountId: 'account', productId: 'product', quantity: 'quantity', note: 'quantity' };

/** Where a backend field error belongs: the step that holds the field, and its draft path. */
export function locateError(path: string): { step: StepId; path: string } {
  return { step: Object.hasOwn(FIELD_STEPS, path) ? FIELD_STEPS[path]! : 'quantity', path };
}
