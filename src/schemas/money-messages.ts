import type { MoneyParseResult } from '../core/money.js';
import { tv, type ValidationKey } from '../i18n/validation-messages.js';

/**
 * The message for a money parse failure, in the locale; empty when the text is valid.
 * A validation message, so it lives with the schemas: widget models and backends both call it.
 */
export function moneyError(result: MoneyParseResult, currency: string, locale: string): string {
  if (result.ok) return '';
  const example = new Intl.NumberFormat(locale, { minimumFractionDigits: result.maxDecimals, maximumFractionDigits: result.maxDecimals }).format(1234.5);
  const key: ValidationKey = ({
    empty: 'money.empty',
    invalid: 'money.invalid',
    negative: 'money.negative',
    'too-many-decimals': result.maxDecimals === 0 ? 'money.noDecimals' : 'money.tooManyDecimals',
    'too-large': 'money.tooLarge',
  } as const)[result.code];
  return tv(locale, key, { example, currency, max: result.maxDecimals });
}
