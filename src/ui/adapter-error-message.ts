import type { AdapterError } from '../adapter/errors.js';
import { tk } from './kit-messages.js';

/**
 * A sentence for an adapter error. For refusals (forbidden, conflict, not-found) the backend's
 * own message is shown, since only it says what happened; otherwise a sentence in the user's
 * language.
 */
export function adapterErrorMessage(error: AdapterError, locale: string): string {
  const generic = tk(locale, `kit.error.${error.kind}`);
  const specific = error.kind === 'forbidden' || error.kind === 'conflict' || error.kind === 'not-found';
  return specific && error.message ? error.message : generic;
}
