/**
 * The sale draft, the rules of each step, prices and dates: no DOM, testable on its own.
 */
import { type CalendarDate, isCalendarDate } from '../../src/core/dates.js';
import { amountEconomics, type Economics, totalEconomics } from '../../src/core/economics.js';
import { type Money, money, multiplyMoney, sumMoney } from '../../src/core/money.js';
import { saleCancellationDate, saleLineQuote } from '../../src/core/quotes.js';
import { parseWholeNumber } from '../../src/core/whole-number.js';
import {
  activationDateError,
  type BillingMethod,
  billingMethodError,
  currencyError,
  DEFAULT_MAX_USERS,
  type Distribution,
  distributionError,
  duplicateError,
  newContactSchema,
  newOrganizationSchema,
  newUserSchema,
  type Organization,
  type SaleInput,
  saleInputSchema,
  saleLinesErrors,
  sellable,
  usersError,
} from '../../src/schemas/sale.js';
import * as z from 'zod/mini';
import { isolate } from '../../src/i18n/catalog.js';
import { draftList, draftText } from '../../src/schemas/draft.js';
import { type FieldErrors, validate } from '../../src/schemas/validate.js';
import { msg } from './messages.js';
import type { StepName } from './steps.js';

// The rules the backend checks too live in src/schemas/sale.ts; re-exported here as the model's API.
export { DEFAULT_MAX_USERS, sellable, userLimits } from '../../src/schemas/sale.js';
export { STEPS, type StepName } from './steps.js';

export interface PersonDraft {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
}

export interface SaleDraft {
  orgMode: 'existing' | 'new';
  organizationId: string;
  organizationLabel: string;
  newOrganization: { name: string; email: string; country: string; city: string; phone: string; vatNumber: string };
  contacts: PersonDraft[];
  users: PersonDraft[];
  lines: { distributionId: string; users: number }[];
  /** The line being composed on the distribution step (text as typed). */
  pending: { distributionId: string; users: string };
  customerPo: string;
  activationDate: string;
  orderNumber: string;
  billingMethodId: string;
  name: string;
  comment: string;
}

const personDraft = z.object({ firstName: draftText(), lastName: draftText(), email: draftText(), phone: z.optional(draftText()) });

/** The shape of a stored sale draft (see DraftStorage): bump SALE_DRAFT_VERSION when it changes. */
export const saleDraftSchema = z.object({
  orgMode: z.enum(['existing', 'new']),
  organizationId: draftText(),
  organizationLabel: draftText(),
  newOrganization: z.object({ name: draftText(), email: draftText(), country: draftText(), city: draftText(), phone: draftText(), vatNumber: draftText() }),
  contacts: draftList(personDraft),
  users: draftList(personDraft),
  lines: draftList(z.object({ distributionId: draftText(), users: z.int().check(z.gte(1), z.lte(DEFAULT_MAX_USERS)) }), 1000),
  pending: z.object({ distributionId: draftText(), users: draftText() }),
  customerPo: draftText(),
  activationDate: draftText(),
  orderNumber: draftText(),
  billingMethodId: draftText(),
  name: draftText(),
  comment: draftText(),
});
export const SALE_DRAFT_VERSION = 1;

/** Whether the user typed or chose anything (a restored draft is worth a word only then). */
export function hasInput(draft: SaleDraft, today: CalendarDate): boolean {
  return JSON.stringify(draft) !== JSON.stringify(emptyDraft(today));
}

export function emptyDraft(today: CalendarDate): SaleDraft {
  return {
    orgMode: 'existing',
    organizationId: '',
    organizationLabel: '',
    newOrganization: { name: '', email: '', country: '', city: '', phone: '', vatNumber: '' },
    contacts: [],
    users: [],
    lines: [],
    pending: { distributionId: '', users: '1' },
    customerPo: '',
    activationDate: today,
    orderNumber: '',
    billingMethodId: '',
    name: '',
    comment: '',
  };
}

export function parseUsers(text: string): number | null {
  return parseWholeNumber(text);
}

/** Sales Price of a line. */
export function lineTotal(d: Distribution, users: number): { unitPrice: Money; total: Money } {
  return saleLineQuote(d, users);
}

export function saleTotal(draft: SaleDraft, distributions: readonly Distribution[]): Money | null {
  const totals = draft.lines.flatMap((l) => {
    const d = distributions.find((x) => x.id === l.distributionId);
    return d ? [lineTotal(d, l.users).total] : [];
  });
  if (!totals.length) return null;
  return sumMoney(totals[0]!.currency, totals);
}

/**
 * For a user allowed to see cost (each distribution carries a user's cost, which a backend sends
 * to no one else): each line's cost (a user's cost × users), price and margin, and the sale's
 * total (their exact sums). Null for anyone else, or when a line's cost is not known.
 */
export function saleEconomics(draft: SaleDraft, distributions: readonly Distribution[]): { lines: { name: string; economics: Economics }[]; total: Economics } | null {
  const lines = draft.lines.flatMap((l) => {
    const d = distributions.find((x) => x.id === l.distributionId);
    return d?.cost ? [{ name: d.name, economics: amountEconomics(multiplyMoney(money(d.currency, d.cost.unitPrice), l.users), lineTotal(d, l.users).total) }] : [];
  });
  if (!lines.length || lines.length !== draft.lines.length) return null;
  return { lines, total: totalEconomics(lines[0]!.economics.price.currency, lines.map((l) => l.economics)) };
}

export function cancellationDate(draft: SaleDraft): CalendarDate | null {
  return isCalendarDate(draft.activationDate) ? saleCancellationDate(draft.activationDate) : null;
}

/** Why the pending line cannot be added, by field (the sale's rules, at the pending line's paths). */
export function pendingErrors(draft: SaleDraft, distributions: readonly Distribution[], locale: string): FieldErrors {
  const e: FieldErrors = {};
  const id = draft.pending.distributionId;
  const d = sellable(distributions).find((x) => x.id === id);
  const first = distributions.find((x) => x.id === draft.lines[0]?.distributionId);
  const taken = draft.lines.map((l) => l.distributionId);
  const why = distributionError(id, distributions, locale) || (d ? currencyError(first?.currency, d.currency, locale) || duplicateError(taken, id, locale) : '');
  if (why) e['pending.distributionId'] = why;
  const users = usersError(d, parseUsers(draft.pending.users), locale);
  if (users) e['pending.users'] = users;
  return e;
}

/**
 * The rules a backend checks too (src/schemas/sale.ts), by the paths of the input sent: the
 * lines against the catalog and the activation date. A backend given the same draft answers
 * the same paths and messages.
 */
export function saleRuleErrors(draft: SaleDraft, distributions: readonly Distribution[], today: CalendarDate, locale: string, billingMethods?: readonly BillingMethod[]): FieldErrors {
  const e = saleLinesErrors(draft.lines, distributions, locale);
  const notPast = isCalendarDate(draft.activationDate) ? activationDateError(draft.activationDate, today, locale) : '';
  if (notPast) e.activationDate = notPast;
  const billing = billingMethods ? billingMethodError(draft.billingMethodId, billingMethods, locale) : '';
  if (billing) e.billingMethodId = billing;
  return e;
}

function prefixed(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k ? `${prefix}.${k}` : prefix, v]));
}

/** The errors that keep the user on a step, by draft path (with the seller's billing methods, a method not among them too). */
export function stepErrors(step: StepName, draft: SaleDraft, distributions: readonly Distribution[], today: CalendarDate, locale: string, billingMethods?: readonly BillingMethod[]): FieldErrors {
  let e: FieldErrors = {};
  if (step === 'account') {
    if (draft.orgMode === 'existing') {
      if (!draft.organizationId) e.organizationId = msg(locale, 'chooseOrganization');
    } else {
      const r = validate(newOrganizationSchema, draft.newOrganization, locale);
      if (!r.ok) e = { ...e, ...prefixed(r.errors, 'newOrganization') };
    }
    draft.contacts.forEach((c, i) => {
      const r = validate(newContactSchema, { ...c, phone: c.phone ?? '' }, locale);
      if (!r.ok) e = { ...e, ...prefixed(r.errors, `contacts.${i}`) };
    });
    draft.users.forEach((u, i) => {
      const r = validate(newUserSchema, u, locale);
      if (!r.ok) e = { ...e, ...prefixed(r.errors, `users.${i}`) };
    });
  }
  if (step === 'distribution') {
    // A chosen distribution not added yet says what keeps it from being added (Next adds a valid
    // one: see readyLine), whether or not the sale has lines: it is never left behind unsaid.
    // Nothing chosen and no line yet says to add one.
    if (draft.pending.distributionId) e = pendingErrors(draft, distributions, locale);
    else if (draft.lines.length === 0) e = { 'pending.distributionId': msg(locale, 'addAtLeastOne') };
    // A line the catalog no longer allows (a restored draft): shown where a backend's refusal would be.
    for (const [path, message] of Object.entries(saleLinesErrors(draft.lines, distributions, locale))) e[locateServerError(path).path] ??= message;
  }
  if (step === 'setup') {
    const r = validate(saleInputSchema, toInput(draft), locale);
    if (!r.ok) for (const k of ['customerPo', 'activationDate', 'orderNumber', 'billingMethodId', 'name', 'comment']) if (r.errors[k]) e[k] = r.errors[k]!;
    const notPast = isCalendarDate(draft.activationDate) ? activationDateError(draft.activationDate, today, locale) : '';
    if (!e.activationDate && notPast) e.activationDate = notPast;
    // A method the seller no longer offers (a restored draft): the message a backend answers.
    const billing = billingMethods ? billingMethodError(draft.billingMethodId, billingMethods, locale) : '';
    if (!e.billingMethodId && billing) e.billingMethodId = billing;
  }
  return e;
}

export function toInput(draft: SaleDraft, quotedOn?: CalendarDate, total?: Money | null): SaleInput {
  return {
    organization: draft.orgMode === 'existing' ? { kind: 'existing', id: draft.organizationId } : { kind: 'new', organization: { ...draft.newOrganization } },
    contacts: draft.contacts.map((c) => ({ ...c, phone: c.phone ?? '' })),
    users: draft.users.map(({ firstName, lastName, email }) => ({ firstName, lastName, email })),
    lines: draft.lines.map((l) => ({ ...l })),
    customerPo: draft.customerPo,
    activationDate: draft.activationDate,
    orderNumber: draft.orderNumber,
    billingMethodId: draft.billingMethodId,
    name: draft.name,
    comment: draft.comment,
    ...(quotedOn ? { quotedOn } : {}),
    ...(total ? { expected: { total } } : {}),
  };
}

/**
 * Where a backend field error belongs: the draft path of the field and the step that shows it
 * ("organization.organization.email" is the new organization's Email on the first step).
 */
export function locateServerError(path: string): { step: StepName; path: string } {
  if (path === 'organization.id' || path === 'organization') return { step: 'account', path: 'organizationId' };
  if (path.startsWith('organization.organization.')) return { step: 'account', path: `newOrganization.${path.slice('organization.organization.'.length)}` };
  if (path.startsWith('contacts') || path.startsWith('users')) return { step: 'account', path };
  if (path.startsWith('lines')) return { step: 'distribution', path: /^lines\.\d+/.test(path) ? path.split('.').slice(0, 2).join('.') : 'pending.distributionId' };
  return { step: 'setup', path };
}

/** The draft with a new, empty contact or user at the end. */
export function withPerson(draft: SaleDraft, kind: 'contacts' | 'users'): SaleDraft {
  const person = kind === 'contacts' ? { firstName: '', lastName: '', email: '', phone: '' } : { firstName: '', lastName: '', email: '' };
  return { ...draft, [kind]: [...draft[kind], person] };
}

export function withoutPerson(draft: SaleDraft, kind: 'contacts' | 'users', index: number): SaleDraft {
  return { ...draft, [kind]: draft[kind].filter((_, i) => i !== index) };
}

/** Whether the pending line is chosen and valid: Next adds it rather than asking for Add (or leaving it behind). */
export function readyLine(draft: SaleDraft, distributions: readonly Distribution[], locale: string): boolean {
  return !!draft.pending.distributionId && Object.keys(pendingErrors(draft, distributions, locale)).length === 0;
}

/** The draft with the pending line added to the sale and a fresh pending line (check pendingErrors first). */
export function withPendingLine(draft: SaleDraft): SaleDraft {
  const users = parseUsers(draft.pending.users)!;
  return { ...draft, lines: [...draft.lines, { distributionId: draft.pending.distributionId, users }], pending: { distributionId: '', users: '1' } };
}

export function withoutLine(draft: SaleDraft, index: number): SaleDraft {
  return { ...draft, lines: draft.lines.filter((_, i) => i !== index) };
}

/** An organization as a search result: its name, and what it is to the seller and its country. */
export function organizationOption(o: Organization, locale: string): { value: string; label: string; description: string } {
  const kinds = { own: msg(locale, 'kindOwn'), child: msg(locale, 'kindChild'), reseller: msg(locale, 'kindReseller') };
  return { value: o.id, label: o.name, description: [kinds[o.kind], o.country && isolate(o.country, locale)].filter(Boolean).join(' · ') };
}
