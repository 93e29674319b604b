import type { CalendarDate } from '../core/dates.js';

/** A quote and the calendar date it was made on (sent to the backend as `quotedOn`). */
export interface Quoted<T> {
  quote: T;
  quotedOn: CalendarDate;
}

/**
 * Keeps a widget's quote stable: it is made once, with "today" read once from the clock, and
 * made again only when one of its inputs changes (compared by identity: drafts and loaded
 * data are replaced, never mutated). So the preview a user reads is what Submit sends, even
 * across midnight, and a retry sends the same body under the same idempotency key.
 */
export class QuoteMemo<T> {
  private inputs: readonly unknown[] | null = null;
  private value: Quoted<T> | null = null;

  get(inputs: readonly unknown[], today: () => CalendarDate, make: (today: CalendarDate) => T | null): Quoted<T> | null {
    const same = this.inputs !== null && this.inputs.length === inputs.length && this.inputs.every((x, i) => x === inputs[i]);
    if (!same) {
      const quotedOn = today();
      const quote = make(quotedOn);
      this.inputs = inputs;
      this.value = quote === null ? null : { quote, quotedOn };
    }
    return this.value;
  }

  /** Forget the quote: the next `get` makes a new one (after a 409 `quote-changed`). */
  clear(): void {
    this.inputs = null;
    this.value = null;
  }
}
