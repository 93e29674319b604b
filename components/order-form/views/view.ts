import type { OrderQuote } from '../../../src/core/quotes.js';
import type { AdapterError } from '../../../src/adapter/errors.js';
import type { Order, OrderOptions } from '../../../src/schemas/order.js';
import type { FormState } from '../../../src/ui/controllers/form-state.js';
import type { OrderMessage } from '../messages.js';
import type { OrderDraft, OrderEconomics, OrderKind } from '../model.js';
/** What the views read from <order-form>; the element implements it. */
export interface OrderFormView {
  /** The shadow root: the fields on screen, in order (the error summary lists them so). */
  readonly renderRoot: ParentNode;
  readonly kind: OrderKind | null;
  /** The draft, its errors, what is shown (`submitted`) and the field bindings (bindField). */
  readonly form: FormState<OrderDraft>;
  readonly options: OrderOptions | null;
  readonly quote: OrderQuote | null;
  /** The cost, price and margin of what the payment method charges; null unless the user may see cost. */
  readonly economics: OrderEconomics;
  /** The backend answered with another price: the summary says so. */
  readonly priceNotice: boolean;
  /** A stored draft was restored, or could not be used: the form says so. */
  readonly restored: boolean;
  readonly droppedDraft: boolean;
  readonly busy: boolean;
  readonly failure: AdapterError | null;
  readonly order: Order | null;
  readonly localeCode: string;
  m(key: OrderMessage, params?: Record<string, string | number>): string;
  money(currency: string, minor: number): string;
  date(date: string): string;
  /** The Plans field: it sets the chosen kind's package (the draft keeps one per kind). */
  pickPackage(e: CustomEvent<{ value: unknown }>): void;
}

/** What the form view's buttons do. */
export interface OrderFormActions {
  submit(): void;
  back(): void;
  startOver(): void;
}
