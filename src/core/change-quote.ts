/**
 * Changes to a running subscription: more or fewer units, another plan, a renewal. One pure
 * function, `changeQuote`, says what a change costs today, when it applies and what the next
 * regular charge will be; the widget previews it and the backend charges it.
 *
 * Rules (docs/billing.md, "Changing a subscription", has a worked example for each):
 * - A change is an increase or a decrease by the value of the current period: unit price x
 *   quantity, before and after. A change to the same value (the same plan and quantity) is free
 *   and applies now.
 * - Increases apply now. Charged in advance and prorated: a credit for the unused part of the
 *   current period at the old value and a charge for the same days at the new value, each
 *   prorated with proration.ts (days left / days of the period, 9 decimals HALF_UP, then HALF_UP
 *   to the minor unit). Charged in advance by whole periods (Pay in full, License-based): the
 *   period is charged at its highest quantity, so an increase pays the whole period for what
 *   exceeds what this period was already charged for. Charged in arrears: nothing is due now; the
 *   period's charge, at its end, counts the new value from the effective date (prorated by days),
 *   or the period's highest quantity (whole periods).
 * - Decreases apply as the billing type allows: now with a prorated credit (CSP monthly: the
 *   credit goes to the balance when it exceeds what is due), at the period's end (whole-period
 *   types: this period stays charged at its highest quantity), now for arrears types (the period's
 *   charge at its end counts the lower value from the effective date), or at the term's end for
 *   pre-paid and commitment terms (reservation, non-recurring, CSP annual, the two monthly
 *   commitments, non-refund): a scheduled change, nothing credited; except that units of batches
 *   still in their refund window (`terms.refund`, refund-windows.ts) are refunded now, prorated,
 *   and only the rest is scheduled.
 * - A renewal starts a new term on the day the current one ends, keeps the billing day, charges
 *   nothing today and puts the renewal fee (per unit, where the plan has one) on the new term's
 *   first charge, as `chargeSchedule` does. A subscription whose plan or product was deactivated
 *   cannot be renewed (service-plan-sales-information.txt); one that has ended cannot be renewed
 *   either (it is bought again).
 * - The total of the lines is what the change costs: due now when positive, a credit balance when
 *   negative, never a negative amount due.
 */
import { addMonths, billingDateInMonth, type CalendarDate, compareDates, dayOf, monthOf, yearOf } from './dates.js';
import { checkDate, checkWhole } from './input-checks.js';
import { addMoney, type Money, money, multiplyMoney, subtractMoney, sumMoney, zero } from './money.js';
import { type PriceModel, priceModelProblems, priceOf } from './price-model.js';
import { applyFactor, prorationFactor } from './proration.js';
import { refundNow } from './refund-windows.js';

import { CHANGE_RULES, ChangeRefusedError, type ChangeRule } from './change-rules.js';

export { CHANGE_RULES, type ChangeRefusal, ChangeRefusedError, type ChangeRule } from './change-rules.js';
export type { ChangeLine, ChangeQuote, SubscriptionChange, SubscriptionTerms } from './change-types.js';
import type { ChangeLine, ChangeQuote, SubscriptionChange, SubscriptionTerms } from './change-types.js';

interface State {
  planId: string;
  quantity: number;
  unitPrice: Money;
  periodFee: Money;
  renewalFee: number;
  model?: PriceModel | undefined;
}

/** What `quantity` units cost for a whole period: unit price x quantity, or the plan's price model. */
const unitsValue = (s: State, quantity: number): Money => (s.model ? priceOf(s.unitPrice.currency, s.model, quantity).total : multiplyMoney(s.unitPrice, quantity));

/** What a whole period costs: the plan's own price and its units. */
const value = (s: State): Money => addMoney(s.periodFee, unitsValue(s, s.quantity));

function checkedModel(m: PriceModel | undefined, what: string): PriceModel | undefined {
  const problem = m && priceModelProblems(m)[0];
  if (problem) throw new RangeError(`${what}: ${problem.path} breaks a price model rule (${problem.code})`);
  return m;
}

function checked(sub: SubscriptionTerms, today: CalendarDate): void {
  checkDate(today, 'the effective date');
  for (const [k, what] of [
    ['periodStart', 'the period start'],
    ['periodEnd', 'the period end'],
    ['termEnd', 'the term end'],
  ] as const)
    checkDate(sub[k], what);
  checkWhole(sub.quantity, 'quantity');
  checkWhole(sub.unitPrice, 'unit price');
  checkWhole(sub.periodMonths, 'the period in months', 1);
  checkWhole(sub.termMonths, 'the term in months', 1);
  if (compareDates(sub.termEnd, sub.periodEnd) < 0) throw new RangeError(`the term ends (${sub.termEnd}) before the period (${sub.periodEnd})`);
  // An ended term before an empty period: subscriptionTerms clamps the period to the term end, so a record past it has one.
  if (compareDates(today, sub.termEnd) >= 0) throw new ChangeRefusedError('ended', `The subscription ended on ${sub.termEnd}.`);
  if (compareDates(sub.periodStart, sub.periodEnd) >= 0) throw new RangeError(`empty period ${sub.periodStart}..${sub.periodEnd}`);
  if (compareDates(today, sub.periodStart) < 0 || compareDates(today, sub.periodEnd) >= 0)
    throw new ChangeRefusedError('not-in-period', `${today} is not in the current period ${sub.periodStart}..${sub.periodEnd}.`);
}

/**
 * What a change to a running subscription costs on `today` (the effective date of a change that
 * applies now), when it applies, and the next regular charge. Pure; throws RangeError on bad input
 * and ChangeRefusedError when the subscription cannot take the change.
 */
export function changeQuote(sub: SubscriptionTerms, change: SubscriptionChange, today: CalendarDate): ChangeQuote {
  checked(sub, today);
  const { currency } = sub;
  const rule = CHANGE_RULES[sub.billingType];
  if (!rule) throw new RangeError(`unknown billing type ${String(sub.billingType)}`);
  const before: State = {
    planId: sub.planId,
    quantity: sub.quantity,
    unitPrice: money(currency, sub.unitPrice),
    periodFee: money(currency, checkWhole(sub.periodFee ?? 0, 'period fee')),
    renewalFee: checkWhole(sub.renewalFee ?? 0, 'renewal fee'),
    model: checkedModel(sub.prices, 'the plan\'s prices'),
  };
  if (change.kind === 'renew') return renewal(sub, before, rule);

  const after: State = {
    planId: change.plan?.id ?? before.planId,
    quantity: change.quantity === undefined ? before.quantity : checkWhole(change.quantity, 'quantity'),
    unitPrice: change.plan ? money(currency, checkWhole(change.plan.unitPrice, 'unit price')) : before.unitPrice,
    periodFee: change.plan ? money(currency, checkWhole(change.plan.periodFee ?? 0, 'period fee')) : before.periodFee,
    renewalFee: change.plan ? checkWhole(change.plan.renewalFee ?? 0, 'renewal fee') : before.renewalFee,
    model: change.plan ? checkedModel(change.plan.prices, 'the new plan\'s prices') : before.model,
  };
  const diff = value(after).minor - value(before).minor;
  const direction = diff > 0 ? 'increase' : diff < 0 ? 'decrease' : 'none';
  // A same-plan decrease of a term-end type: what the refund windows let go now (a downgrade waits as a whole).
  const sameDecrease = direction === 'decrease' && rule.decrease === 'term-end' && after.planId === before.planId;
  const refunded = sameDecrease && sub.refund ? refundNow(sub.refund, before.quantity - after.quantity) : null;
  // Refunded units go now; a decrease with nothing left to schedule applies now.
  const applies = direction !== 'decrease' || refunded?.scheduled === 0 ? 'now' : rule.decrease;
  const effectiveDate = applies === 'now' ? today : applies === 'period-end' ? sub.periodEnd : sub.termEnd;
  // The subscription until the change applies: with the refunded units gone.
  const current: State = refunded ? { ...before, quantity: before.quantity - refunded.quantity } : before;
  const lines = refunded
    ? [refundLine(sub, before, refunded.quantity, today)]
    : applies === 'now' && rule.timing === 'advance' && direction !== 'none'
      ? advanceLines(sub, rule, before, after, today)
      : [];
  const total = sumMoney(currency, lines.map((l) => l.amount));
  return {
    kind: 'change',
    currency,
    direction,
    applies,
    effectiveDate,
    lines,
    total,
    dueNow: total.minor > 0 ? total : zero(currency),
    creditBalance: money(currency, total.minor < 0 ? -total.minor : 0),
    nextCharge: nextCharge(sub, rule, current, after, applies, today),
    after: { planId: after.planId, quantity: after.quantity, unitPrice: after.unitPrice, periodFee: after.periodFee, termEnd: sub.termEnd },
    ...(refunded ? { refund: { quantity: refunded.quantity, batches: refunded.batches } } : {}),
  };
}

/**
 * The refund of `quantity` units for the rest of the period they were paid for (prorated by days):
 * what those units added to the period's price (with tiers, the price at the quantity less the
 * price without them).
 */
function refundLine(sub: SubscriptionTerms, before: State, quantity: number, today: CalendarDate): ChangeLine {
  const factor = prorationFactor(today, sub.periodEnd, sub.periodStart, sub.periodEnd);
  const units: State = { ...before, quantity, periodFee: zero(sub.currency) };
  const added = subtractMoney(unitsValue(before, before.quantity), unitsValue(before, before.quantity - quantity));
  return line('credit', units, today, sub.periodEnd, { days: factor.days, periodDays: factor.periodDays }, applyFactor(added, factor));
}

function line(kind: ChangeLine['kind'], s: State, from: CalendarDate, to: CalendarDate, proration: ChangeLine['proration'], amount: Money): ChangeLine {
  return { kind, planId: s.planId, quantity: s.quantity, unitPrice: s.unitPrice, periodFee: s.periodFee, from, to, proration, amount: kind === 'credit' ? money(amount.currency, -amount.minor) : amount };
}

/** Today's lines of a change charged in advance that applies now. */
function advanceLines(sub: SubscriptionTerms, rule: ChangeRule, before: State, after: State, today: CalendarDate): ChangeLine[] {
  if (rule.pricing === 'whole-period') {
    // The period is charged at its highest value: credit what it was charged, charge the new value
    // when that is higher (a decrease waits for the period's end, so this is an increase).
    const charged: State = { ...before, quantity: Math.max(before.quantity, checkWhole(sub.periodMaxQuantity ?? before.quantity, 'the period\'s highest quantity')) };
    if (value(after).minor <= value(charged).minor) return [];
    return [line('credit', charged, sub.periodStart, sub.periodEnd, null, value(charged)), line('charge', after, sub.periodStart, sub.periodEnd, null, value(after))];
  }
  const factor = prorationFactor(today, sub.periodEnd, sub.periodStart, sub.periodEnd);
  const proration = { days: factor.days, periodDays: factor.periodDays };
  return [
    line('credit', before, today, sub.periodEnd, proration, applyFactor(value(before), factor)),
    line('charge', after, today, sub.periodEnd, proration, applyFactor(value(after), factor)),
  ];
}

/** The next regular charge once the change is made. */
function nextCharge(sub: SubscriptionTerms, rule: ChangeRule, before: State, after: State, applies: ChangeQuote['applies'], today: CalendarDate): ChangeQuote['nextCharge'] {
  const newTerm = compareDates(sub.periodEnd, sub.termEnd) >= 0;
  if (rule.timing === 'advance') {
    // A subscription that does not renew by itself, or whose plan was deactivated, ends with its term.
    if (newTerm && (!sub.autoRenew || sub.renewable === false)) return null;
    // The state in force on the next billing date: a change applies by then unless it waits for
    // a term end that is further away. A new term's first charge carries its renewal fee.
    const kept = applies === 'term-end' && !newTerm ? before : after;
    const then = kept.planId === sub.planId && sub.nextUnitPrice !== undefined ? { ...kept, unitPrice: money(sub.currency, checkWhole(sub.nextUnitPrice, 'next unit price')) } : kept;
    const fee = newTerm ? multiplyMoney(money(sub.currency, then.renewalFee), then.quantity) : zero(sub.currency);
    return { date: sub.periodEnd, amount: sumMoney(sub.currency, [value(then), fee]) };
  }
  // In arrears the period's own charge falls on its end (the renewal fee on the new term's first).
  if (rule.pricing === 'whole-period') {
    const highest = value({ ...before, quantity: Math.max(before.quantity, sub.periodMaxQuantity ?? 0) });
    return { date: sub.periodEnd, amount: value(after).minor > highest.minor ? value(after) : highest };
  }
  // Day by day: the old value until today, the new one from today, in one rounding so that an
  // unchanged subscription is charged exactly its value.
  const rest = prorationFactor(today, sub.periodEnd, sub.periodStart, sub.periodEnd);
  return { date: sub.periodEnd, amount: sumMoney(sub.currency, [value(before), applyFactor(subtractMoney(value(after), value(before)), rest)]) };
}

function renewal(sub: SubscriptionTerms, before: State, rule: ChangeRule): ChangeQuote {
  if (sub.renewable === false) throw new ChangeRefusedError('plan-deactivated', 'The plan was deactivated: its subscriptions cannot be renewed.');
  const { currency } = sub;
  // The billing day is kept: a day-31 term that ended on Feb 28 renews to Mar 31, not Mar 28.
  const landed = addMonths(sub.termEnd, sub.termMonths);
  const termEnd = billingDateInMonth(yearOf(landed), monthOf(landed), sub.billingDay ?? dayOf(sub.termEnd));
  const fee = multiplyMoney(money(currency, before.renewalFee), before.quantity);
  // Each period is charged at the price in force on its first day: the renewed term's at the one
  // on the term's end (a negotiated price may start or end there), the next period's at its own.
  const priced = (unitPrice: number | undefined): State => (unitPrice === undefined ? before : { ...before, unitPrice: money(currency, checkWhole(unitPrice, 'unit price')) });
  const renewed = priced(sub.renewalUnitPrice);
  // The new term's first charge carries the renewal fee: on the day it starts when charged in
  // advance, at the end of its first period in arrears.
  const firstDate = rule.timing === 'advance' ? sub.termEnd : addMonths(sub.termEnd, sub.periodMonths);
  const firstCharge = { date: firstDate, amount: sumMoney(currency, [value(renewed), fee]) };
  const renewsNext = rule.timing === 'advance' && compareDates(sub.periodEnd, sub.termEnd) >= 0;
  const next = rule.timing === 'advance' ? priced(sub.nextUnitPrice) : before;
  return {
    kind: 'renew',
    currency,
    direction: 'none',
    applies: 'term-end',
    effectiveDate: sub.termEnd,
    lines: [],
    total: zero(currency),
    dueNow: zero(currency),
    creditBalance: zero(currency),
    nextCharge: renewsNext ? firstCharge : { date: sub.periodEnd, amount: value(next) },
    renewal: { termStart: sub.termEnd, termEnd, fee, firstCharge },
    after: { planId: before.planId, quantity: before.quantity, unitPrice: renewed.unitPrice, periodFee: before.periodFee, termEnd },
  };
}
