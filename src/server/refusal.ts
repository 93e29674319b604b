/**
 * A request the server refuses: status, a sentence for the user, and a machine-readable code,
 * field messages or (for `quote-changed`) the server's own quote. Thrown inside a create, it
 * rolls the transaction back; the handler turns it into the REST contract's error body.
 */
import type { FieldErrors } from '../schemas/validate.js';

export interface RefusalDetails {
  code?: string;
  fields?: FieldErrors;
  /** For 409 quote-changed: the server's quote, so the client can show it and ask again. */
  quote?: unknown;
}

export class Refusal extends Error {
  override readonly name = 'Refusal';
  constructor(
    readonly status: number,
    message: string,
    readonly details: RefusalDetails = {},
  ) {
    super(message);
  }

  /** The REST contract's error body: `{ error: { message, code?, fields?, quote? } }`. */
  get body(): { error: { message: string } & RefusalDetails } {
    return { error: { message: this.message, ...this.details } };
  }
}

export const NOT_ACCEPTED = 'Some values were not accepted.';

/** 422 with a message per field path. */
export function invalid(fields: FieldErrors, message = NOT_ACCEPTED, code?: string): Refusal {
  return new Refusal(422, message, code ? { code, fields } : { fields });
}

/** 422 for one field, the field's message also being the error's. */
export function invalidField(path: string, message: string): Refusal {
  return new Refusal(422, message, { fields: { [path]: message } });
}
