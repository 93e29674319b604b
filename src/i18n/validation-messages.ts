import { defineMessages } from './catalog.js';

/** Messages for validation, shared by the schemas and the form kit. */
const en = {
  'v.required': 'This field is required.',
  'v.tooShort': '{minimum, plural, one {Enter at least # character.} other {Enter at least # characters.}}',
  'v.tooLong': '{maximum, plural, one {Use at most # character.} other {Use at most # characters.}}',
  'v.min': 'Enter {minimum} or more.',
  'v.max': 'Enter {maximum} or less.',
  'v.wholeNumber': 'Enter a whole number.',
  'v.number': 'Enter a number.',
  'v.email': 'Enter an email address like name@example.com.',
  'v.date': 'Enter a date as {format}, e.g. {example}.',
  'v.dateYear': 'Enter the year with four digits, as {format}.',
  'v.dateImpossible': 'That day does not exist in the calendar. Enter a real date as {format}.',
  /** The letters of a date format, day month year, separated by spaces ("MM/DD/YYYY"). */
  'v.dateLetters': 'DD MM YYYY',
  'v.dateNotPast': 'The date cannot be in the past.',
  'v.currency': 'Enter a three-letter currency code.',
  'v.language': 'Enter a language code such as en or pt-BR.',
  'v.country': 'Choose a country.',
  'v.invalidType': 'This value is missing or has the wrong type.',
  'v.invalid': 'This value is not valid.',
  'v.choose': 'Choose an option.',
  'v.tiers': 'Price tiers must go up with no gap or overlap, with no negative price, and only the last one open.',
  'v.atLeastOne': 'Add at least one.',
  'v.phone': 'Enter a phone number with digits, spaces, +, -, ( or ).',
  'v.bidi': 'Remove the invisible text-direction characters (such as U+202E).',
  'v.username': 'Use letters, digits, dots, hyphens or underscores, starting with a letter.',
  'v.untilAfterFrom': 'The end must be after the start.',
  'money.empty': 'Enter an amount.',
  'money.invalid': 'Enter an amount like {example}.',
  'money.negative': 'The amount cannot be negative.',
  'money.tooManyDecimals': '{currency} amounts have at most {max} decimals.',
  'money.noDecimals': '{currency} amounts have no decimals.',
  'money.tooLarge': 'The amount is too large.',
  'domain.empty': 'Enter the customer’s domain name.',
  'domain.scheme': 'Enter the domain without http:// or https://, e.g. example.com.',
  'domain.path': 'Enter only the domain, without a path, port or @, e.g. example.com.',
  'domain.spaces': 'A domain name cannot contain spaces.',
  'domain.noDot': 'Enter a full domain with its ending, e.g. example.com.',
  'domain.label': 'Each part of the domain must be 1 to 63 letters, digits or hyphens, and cannot start or end with a hyphen.',
  'domain.tld': 'The domain ending (after the last dot) must be letters, e.g. .com or .es.',
  'domain.tooLong': 'A domain name can be at most 253 characters.',
  'domain.symbol': 'Use only letters, digits and hyphens in a domain name: emoji and symbols are not allowed.',
  'domain.taken': 'This domain is already used by another customer.',
};

/** Message keys of the schemas and the form kit; the Spanish catalog must have them all. */
export type ValidationKeys = keyof typeof en;

export const tv = defineMessages(en, { es: () => import('./validation-messages.es.js'), de: () => import('./validation-messages.de.js'), fr: () => import('./validation-messages.fr.js'), pt: () => import('./validation-messages.pt.js') });

export type ValidationKey = Parameters<typeof tv>[1];
