import { tk } from './kit-messages.js';

/** A figure the billing core worked out for a view, or the message that says why it could not. */
export type Computed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs a billing-core computation a view shows. The core refuses what it cannot compute exactly
 * with a RangeError (an amount past 2^53 minor units, a date past 9999-12-31, e.g. a backend
 * price times a large quantity): that becomes a message for the view to show where the figure
 * would be, never an exception inside render that leaves the last figure on screen. Any other
 * error is a bug and is thrown.
 */
export function computed<T>(locale: string, make: () => T): Computed<T> {
  try {
    return { ok: true, value: make() };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: tk(locale, 'kit.outOfRange') };
    throw e;
  }
}
