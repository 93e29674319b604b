import { datePattern, formatDateText, readDateText, type DatePart } from '../core/date-text.js';
import { tv, type ValidationKey } from '../i18n/validation-messages.js';

/**
 * The locale's short date format in its own letters ("MM/DD/YYYY", "DD/MM/AAAA") and an example
 * date written in it: what a date field's hint and every date message say.
 */
export function dateFormatHint(locale: string): { format: string; example: string } {
  const { order, separator, end } = datePattern(locale);
  const [day, month, year] = tv(locale, 'v.dateLetters').split(' ') as [string, string, string];
  const letters: Record<DatePart, string> = { day, month, year };
  return { format: order.map((part) => letters[part]).join(separator) + end, example: formatDateText('2027-03-25', locale) };
}

/**
 * The message for text typed in a date field, in the locale; empty when it reads as a date.
 * A validation message, so it lives with the schemas: the field and the widget's model (through
 * `validate`) say the same sentence.
 */
export function dateTextError(text: string, locale: string): string {
  const r = readDateText(text, locale);
  if (r.ok) return '';
  const key: ValidationKey = ({ format: 'v.date', year: 'v.dateYear', impossible: 'v.dateImpossible' } as const)[r.problem];
  return tv(locale, key, dateFormatHint(locale));
}
