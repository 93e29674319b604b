import type { OrderQuote } from '../../../src/core/quotes.js';
import type { AdapterError } from '../../../src/adapter/errors.js';
import type { Order, OrderOptions } from '../../../src/schemas/order.js';
import type { OrderMessage } from '../messages.js';
import type { OrderDraft, OrderKind } from '../model.js';

/** What the views read from <order-form>; the element implements it. */
export interface OrderFormView {
  readonly kind: OrderKind | null;
  readonly draft: OrderDraft;
  readonly options: OrderOptions | null;
  readonly quote: OrderQuote | null;
  /** The backend answered with another price: the summary says so. */
  readonly priceNotice: boolean;
  readonly submitted: boolean;
  readonly busy: boolean;
  readonly failure: AdapterError | null;
  readonly order: Order | null;
  readonly localeCode: string;
  m(key: OrderMessage, params?: Record<string, string | number>): string;
  err(path: string): string;
  on(path: string): (e: CustomEvent<{ value: unknown }>) => void;
  money(currency: string, minor: number): string;
  date(date: string): string;
}
