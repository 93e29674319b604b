/**
 * The order draft, its validation and its price: no DOM, testable on its own.
 * Everything the user typed is kept as typed (strings), so nothing is ever lost.
 */
import type { CalendarDate } from '../../src/core/dates.js';
import { amountEconomics, type Economics } from '../../src/core/economics.js';
import { type OrderQuote, quotePackage } from '../../src/core/quotes.js';
import { parseWholeNumber } from '../../src/core/whole-number.js';
import { checkDomain } from '../../src/schemas/domain.js';
import { checkOrderOffer, offeredPackage, type OrderInput, orderInputSchema, type OrderOptions, type PlanPackage } from '../../src/schemas/order.js';
import * as z from 'zod/mini';
import { draftText } from '../../src/schemas/draft.js';
import { type FieldErrors, validate } from '../../src/schemas/validate.js';
import { msg } from './messages.js';

export type OrderKind = 'cloud' | 'saas';
export type PaymentMethod = 'post-paid' | 'pre-paid';

export interface CustomerDraft {
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  country: string;
  address: string;
  vatNumber: string;
}

export interface OrderDraft {
  paymentMethod: PaymentMethod | '';
  currency: string;
  dataCenterId: string;
  /** The chosen package per kind, so switching Cloud/SaaS back and forth keeps each choice. */
  packageId: Record<OrderKind, string>;
  postponedBilling: boolean;
  customer: CustomerDraft;
  domain: string;
  adminUsername: string;
  sendCredentialsToAuthor: boolean;
  /** Send the login and password to the customer's contact person too (cloud orders). */
  sendCredentialsToCustomer: boolean;
  /** User accounts to estimate post-paid for (text as typed). */
  users: string;
}

export const MAX_USERS_ESTIMATE = 1_000_000;

/** The shape of a stored order draft (see DraftStorage): bump ORDER_DRAFT_VERSION when it changes. */
export const orderDraftSchema = z.object({
  paymentMethod: z.enum(['', 'post-paid', 'pre-paid']),
  currency: draftText(),
  dataCenterId: draftText(),
  packageId: z.object({ cloud: draftText(), saas: draftText() }),
  postponedBilling: z.boolean(),
  customer: z.object({ companyName: draftText(), contactName: draftText(), email: draftText(), phone: draftText(), country: draftText(), address: draftText(), vatNumber: draftText() }),
  domain: draftText(),
  adminUsername: draftText(),
  sendCredentialsToAuthor: z.boolean(),
  sendCredentialsToCustomer: z.boolean(),
  users: draftText(),
});
export const ORDER_DRAFT_VERSION = 1;

export function emptyDraft(currency = ''): OrderDraft {
  return {
    paymentMethod: '',
    currency,
    dataCenterId: '',
    packageId: { cloud: '', saas: '' },
    postponedBilling: false,
    customer: { companyName: '', contactName: '', email: '', phone: '', country: '', address: '', vatNumber: '' },
    domain: '',
    adminUsername: 'Admin',
    sendCredentialsToAuthor: true,
    sendCredentialsToCustomer: true,
    users: '10',
  };
}

/** Whether the user entered anything (the currency aside, which the widget chooses). */
export function hasInput(draft: OrderDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(emptyDraft(draft.currency));
}

/** The draft in a currency sold: its own when offered, else the preferred one when offered, else the first. */
export function withOfferedCurrency(draft: OrderDraft, options: OrderOptions, preferred?: string): OrderDraft {
  const sold = (c: string | undefined): c is string => !!c && options.currencies.includes(c);
  return sold(draft.currency) ? draft : { ...draft, currency: sold(preferred) ? preferred : (options.currencies[0] ?? '') };
}

/** The packages offered for an order kind. */
export function packagesFor(kind: OrderKind, options: OrderOptions | null): PlanPackage[] {
  return options?.packages.filter((p) => p.kind === kind) ?? [];
}

export function chosenPackage(kind: OrderKind, draft: OrderDraft, options: OrderOptions | null): PlanPackage | null {
  return options && offeredPackage({ kind, packageId: draft.packageId[kind] }, options);
}

/** What is sent to the adapter. */
export function toInput(kind: OrderKind, draft: OrderDraft, quoted?: { quotedOn: CalendarDate; quote: OrderQuote | null }): OrderInput {
  const common = {
    currency: draft.currency,
    paymentMethod: draft.paymentMethod as PaymentMethod,
    packageId: draft.packageId[kind],
    postponedBilling: draft.postponedBilling,
    customer: { ...draft.customer },
    ...(quoted ? { quotedOn: quoted.quotedOn } : {}),
    ...(quoted?.quote ? { expected: { total: quoted.quote.monthlyPrice, firstChargeDate: quoted.quote.firstChargeDate } } : {}),
  };
  return kind === 'cloud'
    ? { kind, ...common, dataCenterId: draft.dataCenterId, domain: draft.domain, adminUsername: draft.adminUsername, sendCredentialsToAuthor: draft.sendCredentialsToAuthor, sendCredentialsToCustomer: draft.sendCredentialsToCustomer }
    : { kind, ...common };
}

export function usersEstimate(draft: OrderDraft): number | null {
  const n = parseWholeNumber(draft.users);
  return n !== null && n >= 1 && n <= MAX_USERS_ESTIMATE ? n : null;
}

/**
 * Every field's current error, by path, in the locale. Empty when the order can be placed. The
 * rules against the offer (plan of the kind, sold in the currency, data location) are the
 * backend's own (checkOrderOffer), run once the options are loaded; a field's own error comes first.
 */
export function validateOrder(kind: OrderKind, draft: OrderDraft, options: OrderOptions | null, locale: string): FieldErrors {
  const input = toInput(kind, draft);
  const r = validate(orderInputSchema, input, locale);
  return { ...(options ? checkOrderOffer(input, options, locale) : {}), ...(r.ok ? {} : r.errors) };
}

/** Client-side errors that are not part of the order (the post-paid estimate). */
export function estimateError(draft: OrderDraft, locale: string): string {
  return usersEstimate(draft) === null ? msg(locale, 'wholeUsers') : '';
}

/** The live price summary, or null until a plan sold in the currency is chosen. */
export function quoteOrder(kind: OrderKind, draft: OrderDraft, options: OrderOptions | null, today: string): OrderQuote | null {
  const pkg = chosenPackage(kind, draft, options);
  if (!pkg || !draft.currency) return null;
  return quotePackage(pkg, { ...draft, paymentMethod: draft.paymentMethod === 'post-paid' ? 'post-paid' : 'pre-paid' }, today, usersEstimate(draft) ?? 0);
}

/**
 * For a user allowed to see cost (the options carry the plan's cost, which a backend sends to no
 * one else): the cost, price and margin of what the payment method charges, the pre-paid period
 * (also before one is chosen) or a month of the post-paid estimate; the plan quoted at its cost
 * and at its price by the same core. Null for anyone else, or when the cost is not known.
 */
export type OrderEconomics = { line: PaymentMethod; economics: Economics } | null;
export function orderEconomics(kind: OrderKind, draft: OrderDraft, options: OrderOptions | null, quote: OrderQuote | null, today: CalendarDate): OrderEconomics {
  const pkg = chosenPackage(kind, draft, options);
  if (!quote || !pkg?.cost || pkg.cost.monthlyPrice[draft.currency] === undefined) return null;
  const cost = quoteOrder(kind, draft, { ...options!, packages: [{ ...pkg, ...pkg.cost }] }, today)!;
  return draft.paymentMethod === 'post-paid'
    ? { line: 'post-paid', economics: amountEconomics(cost.postpaidMonthly, quote.postpaidMonthly) }
    : { line: 'pre-paid', economics: amountEconomics(cost.prepaidTotal, quote.prepaidTotal) };
}

/** The ASCII (punycode) form of an international domain, when it differs from what was typed. */
export function domainAscii(domain: string): string | null {
  const r = checkDomain(domain);
  return r.ok && r.ascii !== r.unicode ? r.ascii : null;
}
