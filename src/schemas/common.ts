/**
 * Building blocks shared by every schema. Messages are catalog keys (src/i18n); `validate`
 * turns them into sentences in the user's language, tied to a field path.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../core/dates.js';
import { isCurrencyCode } from '../core/currencies.js';

export const id = () => z.string().check(z.minLength(1, 'v.required'));

/** A required text field: trimmed, non-empty, at most `max` characters. */
export const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1, 'v.required'), z.maxLength(max, 'v.tooLong'));

/**
 * Text a backend supplies for display (names, descriptions): must be present, any length.
 * Long or odd values are shown, not refused; input limits apply only where the user types.
 */
export const displayText = () => z.string().check(z.minLength(1, 'v.required'));

/** An optional text field: may be empty, at most `max` characters. */
export const optionalText = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max, 'v.tooLong')), '');

export const calendarDateSchema = () => z.string().check(z.refine(isCalendarDate, 'v.date'));

export const currencyCodeSchema = () => z.string().check(z.refine(isCurrencyCode, 'v.currency'));

/** An integer count of minor units, never a float. */
export const minorUnits = () => z.int('v.wholeNumber');
export const nonNegativeMinor = () => z.int('v.wholeNumber').check(z.gte(0, 'v.min'));

export const moneySchema = () => z.object({ currency: currencyCodeSchema(), minor: minorUnits() });
export type MoneyData = z.infer<ReturnType<typeof moneySchema>>;

/** Amounts keyed by currency: { USD: 1999, EUR: 1799 }. */
export const feesByCurrency = () => z.record(currencyCodeSchema(), nonNegativeMinor());

export const wholeNumber = (min = 0) => z.int('v.wholeNumber').check(z.gte(min, 'v.min'));

export const emailSchema = () => z.string().check(z.trim(), z.minLength(1, 'v.required'), z.email('v.email'), z.maxLength(254, 'v.tooLong'));

/** ISO 3166-1 alpha-2 country code. */
export const countrySchema = () => z.string().check(z.regex(/^[A-Z]{2}$/, 'v.country'));

export const phoneSchema = () => z._default(z.string().check(z.trim(), z.regex(/^(\+?[0-9 ()-]{6,20})?$/, 'v.phone')), '');

export const durationUnitSchema = () => z.enum(['day', 'month', 'year'], 'v.choose');
export const durationSchema = () => z.object({ quantity: wholeNumber(1), unit: durationUnitSchema() });

