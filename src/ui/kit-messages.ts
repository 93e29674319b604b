import { defineMessages } from '../i18n/catalog.js';

/**
 * Strings of the form kit itself. Modules that show them call `tk`: using the binding (not a
 * bare import) keeps this module in a host's bundle even though package.json marks it free of
 * side effects.
 */
const en = {
  'kit.choose': 'Choose…',
  'kit.searching': 'Searching…',
  'kit.noResults': 'No results for “{query}”.',
  'kit.results#one': '{count} result. Use the up and down arrows to choose.',
  'kit.results#other': '{count} results. Use the up and down arrows to choose.',
  'kit.searchFailed': 'The search did not work.',
  'kit.retry': 'Try again',
  'kit.chosen': '{label} chosen.',
  'kit.readOnly': 'read-only',
  'kit.discardTitle': 'Discard what you entered?',
  'kit.discardText': 'Everything you typed and chose here is cleared. This cannot be undone.',
  'kit.discard': 'Discard',
  'kit.cancel': 'Cancel',
  'kit.confirm': 'Confirm',
  'kit.stepOf': 'Step {current} of {total}',
  'kit.stepDone': 'completed',
  'kit.charactersLeft#one': '{count} character left',
  'kit.charactersLeft#other': '{count} characters left',
  'kit.dateFormat': 'Format: {format}.',
  'kit.charactersOver': '{count, plural, one {# character too many} other {# characters too many}}',
  'kit.error.network': 'The server could not be reached. Check the connection and try again.',
  'kit.error.timeout': 'The server took too long to answer. Try again.',
  'kit.error.server': 'The server had a problem. Try again in a moment.',
  'kit.error.bad-response': 'The server sent an answer that could not be read. Try again.',
  'kit.error.unauthorized': 'You are no longer signed in. Sign in again, then try once more.',
  'kit.error.rate-limited': 'The server is receiving too many requests. Wait a moment and try again.',
  'kit.error.forbidden': 'You are not allowed to do this.',
  'kit.error.not-found': 'It could not be found. It may have been removed.',
  'kit.error.conflict': 'Something changed in the meantime.',
  'kit.error.validation': 'Some values were not accepted. Correct the highlighted fields.',
  'kit.error.aborted': 'The request was cancelled.',
  'kit.retryAt': 'You can try again after {time}.',
  'kit.retryOn': 'You can try again after {time}.',
  'kit.keptValues': 'Nothing you entered was lost.',
  'kit.errorSummary': 'There is a problem',
  'kit.loadFailed': 'This could not be loaded.',
  'kit.loading': 'Loading…',
  'kit.outOfRange': 'This cannot be calculated: a quantity, price or date is out of range. Check the values entered or the price list.',
  'kit.noAdapter': 'This component has no backend adapter. Put it inside <channelkit-provider> or set its adapter property.',
  'kit.noMethod': 'This component needs {count, plural, one {a method} other {methods}} its adapter does not have: {methods}. Add {count, plural, one {it} other {them}} to the adapter (see docs/adapter.md) or use RestAdapter.',
};

/** Message keys of the form kit; the Spanish catalog must have them all. */
export type KitKeys = keyof typeof en;

export const tk = defineMessages(en, { es: () => import('./kit-messages.es.js'), de: () => import('./kit-messages.de.js'), fr: () => import('./kit-messages.fr.js'), pt: () => import('./kit-messages.pt.js') });

export type KitMessageKey = Parameters<typeof tk>[1];
