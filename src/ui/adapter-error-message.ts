import type { AdapterError } from '../adapter/errors.js';
import { formatInstant } from '../core/dates.js';
import { tk } from './kit-messages.js';

/**
 * A sentence for an adapter error. For refusals (forbidden, conflict, not-found) the backend's
 * own message is shown, since only it says what happened; otherwise a sentence in the user's
 * language. When the server said when to retry (Retry-After), the sentence says it too.
 */
export function adapterErrorMessage(error: AdapterError, locale: string, now: Date = error.now()): string {
  const generic = tk(locale, `kit.error.${error.kind}`);
  const specific = error.kind === 'forbidden' || error.kind === 'conflict' || error.kind === 'not-found';
  const text = specific && error.message ? error.message : generic;
  const at = error.retryAt;
  if (at === undefined || at <= now.getTime()) return text;
  // Within 12 hours the time alone says it; further away the date comes with it.
  const soon = at - now.getTime() < 12 * 3600 * 1000;
  const time = formatInstant(at, locale, soon ? { timeStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' });
  return `${text} ${tk(locale, soon ? 'kit.retryAt' : 'kit.retryOn', { time })}`;
}
