import type { AdapterError } from '../../src/adapter/errors.js';
import type { Money } from '../../src/core/money.js';
import type { SaleDetail } from '../../src/schemas/lists.js';
import type { SalesListMessage } from './messages.js';

/** What the views read from <sales-list>; the element implements it. */
export interface SalesListView {
  readonly localeCode: string;
  m(key: SalesListMessage, params?: Record<string, string | number>): string;
  amount(money: Money): string;
  date(date: string, style?: 'long' | 'medium' | 'short'): string;
}

/** What the detail view shows and does. */
export interface SaleDetailState {
  readonly sale: SaleDetail;
  /** The adapter can approve and reject. */
  readonly canDecide: boolean;
  readonly deciding: boolean;
  readonly failure: AdapterError | null;
  decide(approve: boolean): void;
  /** Sends the last decision again (after a failure). */
  retry(): void;
  back(): void;
}
