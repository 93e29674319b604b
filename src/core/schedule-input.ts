/** The check of a schedule's input: every field, with the path of the first one that is wrong. */
import { PAY_AS_YOU_GO } from './billing-types.js';
import { isCurrencyCode } from './currencies.js';
import { checkBillingDay, type Duration, DURATION_UNITS, isCalendarDate, LAST_CALENDAR_DATE } from './dates.js';
import { priceModelProblems } from './price-model.js';
import { RULES } from './schedule-rules.js';
import { type ScheduleInput, ScheduleInputError } from './schedule-types.js';

function checkWhole(value: number | undefined, field: string, min = 0): number {
  const v = value ?? 0;
  if (!Number.isSafeInteger(v) || v < min) throw new ScheduleInputError(field, `${field} must be a whole number >= ${min}, got ${value}`);
  return v;
}

function checkDuration(value: unknown, field: string): Duration {
  const d = value as Partial<Duration> | null;
  if (typeof d !== 'object' || d === null) throw new ScheduleInputError(field, `${field} must be a duration ({ quantity, unit })`);
  if (!DURATION_UNITS.includes(d.unit as Duration['unit'])) {
    throw new ScheduleInputError(`${field}.unit`, `${field}.unit must be day, month or year, got ${JSON.stringify(d.unit)}`);
  }
  checkWhole(d.quantity, `${field}.quantity`, 1);
  return d as Duration;
}

/** Throws ScheduleInputError, naming the field, unless the input can be scheduled. */
export function validate(input: ScheduleInput): void {
  if (!Object.hasOwn(RULES, input.billingType)) throw new ScheduleInputError('billingType', `unknown billing type "${input.billingType}"`);
  if (typeof input.currency !== 'string' || !isCurrencyCode(input.currency)) {
    throw new ScheduleInputError('currency', `"${input.currency}" is not an ISO 4217 currency code`);
  }
  if (!isCalendarDate(input.activationDate)) throw new ScheduleInputError('activationDate', `"${input.activationDate}" is not a calendar date`);
  try {
    checkBillingDay(input.billingDay);
  } catch (e) {
    throw new ScheduleInputError('billingDay', (e as Error).message);
  }
  const term = input.term as Partial<{ endless: unknown; horizon: unknown }> | null;
  if (typeof term === 'object' && term !== null && 'endless' in term) {
    if (term.endless !== true) throw new ScheduleInputError('term.endless', 'term.endless must be true when given');
    checkDuration(term.horizon, 'term.horizon');
  } else checkDuration(term, 'term');
  if (input.trial) checkDuration(input.trial, 'trial');
  checkWhole(input.terms, 'terms', 0);
  checkWhole(input.periodFee, 'periodFee');
  if (!Array.isArray(input.lines)) throw new ScheduleInputError('lines', 'lines must be a list');
  input.lines.forEach((l, i) => {
    if (typeof l?.resourceId !== 'string') throw new ScheduleInputError(`lines.${i}.resourceId`, `lines.${i}.resourceId must be a string`);
    checkWhole(l.quantity, `lines.${i}.quantity`);
    for (const k of ['included', 'recurring', 'setup', 'renewal', 'overuse', 'usage'] as const) checkWhole(l[k], `lines.${i}.${k}`);
    for (const fee of ['recurring', 'setup', 'renewal', 'overuse'] as const) {
      const model = l.prices?.[fee];
      const problem = model && priceModelProblems(model)[0];
      if (problem) throw new ScheduleInputError(`lines.${i}.prices.${fee}.${problem.path}`, `lines.${i}.prices.${fee}: ${problem.path} breaks a price model rule (${problem.code})`);
    }
  });
  if (input.minimumCommitment !== undefined) {
    checkWhole(input.minimumCommitment, 'minimumCommitment');
    if (!PAY_AS_YOU_GO.has(input.billingType)) {
      throw new ScheduleInputError('minimumCommitment', `a minimum commitment applies to Pay As You Go billing types only, not "${input.billingType}"`);
    }
  }
}

/** `compute()`, with a date past the calendar's end reported as bad input of `field`. */
export function within<T>(field: string, what: string, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new ScheduleInputError(field, `${what} ends after ${LAST_CALENDAR_DATE}, the last date the billing core handles`);
  }
}
