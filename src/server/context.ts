/** What every rule of the server knows about the request it serves. */
import type { CalendarDate } from '../core/dates.js';
import type { Principal } from './principal.js';
import type { Scope } from './repository.js';

export interface RequestContext {
  principal: Principal;
  /** The organizations whose records the principal sees: its own and its children. */
  scope: Scope;
  /** Today in the business time zone, read once per request from the server's clock. */
  today: CalendarDate;
  /** The request's instant as an ISO 8601 stamp (createdAt, updatedAt). */
  now: string;
  /** A new record id with a prefix ("sale", "pur", "plan", "org"). */
  newId(prefix: string): string;
  /** When set, a new sale approves itself this many milliseconds after it was created (ServerOptions.autoApproveSalesAfterMs). */
  autoApproveSalesAfterMs?: number;
}

/** The result of a rule: a status and a JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

export const ok = (body: unknown, status = 200): Answer => ({ status, body });
