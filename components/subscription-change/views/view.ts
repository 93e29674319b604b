import type { AdapterError } from '../../../src/adapter/errors.js';
import type { Economics } from '../../../src/core/economics.js';
import type { SeatBatchRecord, SubscriptionChangeResult, SubscriptionDetail } from '../../../src/schemas/subscription.js';
import type { FormState } from '../../../src/ui/controllers/form-state.js';
import { percentText } from '../../../src/ui/economics-summary.js';
import type { SubscriptionChangeMessage } from '../messages.js';
import type { ChangeDraft, Margin, Preview } from '../model.js';
import type { NegotiatedPrice } from '../negotiated-price.js';

/** Why the preview was made again after Confirm: the backend's price differed, or the subscription changed. */
export type ChangeNotice = 'price-changed' | 'changed-elsewhere' | 'refund-closed' | null;

/** What the views read from <subscription-change>; the element implements it. */
export interface SubscriptionChangeView {
  /** The shadow root: the fields on screen, in order (the error summary lists them so). */
  readonly renderRoot: ParentNode;
  readonly form: FormState<ChangeDraft>;
  readonly detail: SubscriptionDetail | null;
  readonly preview: Preview;
  readonly notice: ChangeNotice;
  readonly restored: boolean;
  readonly busy: boolean;
  readonly failure: AdapterError | null;
  readonly result: SubscriptionChangeResult | null;
  /** Units added this term still in their refund window now. */
  readonly refundWindows: SeatBatchRecord[];
  /** One period's cost, price and margin now and after the preview; null unless the user may see cost. */
  readonly margin: Margin;
  /** The price negotiated for this subscription: its form (shown to a user allowed to see cost). */
  readonly negotiated: NegotiatedPrice;
  readonly localeCode: string;
  m(key: SubscriptionChangeMessage, params?: Record<string, string | number>): string;
  money(currency: string, minor: number): string;
  date(date: string): string;
  instant(iso: string): string;
}

/** What the form's buttons do. */
export interface SubscriptionChangeActions {
  submit(): void;
  cancelPending(): void;
  /** Saves the negotiated price, or removes it. */
  saveNegotiated(remove?: boolean): void;
}

/** "12 seats", "1 user account": a quantity in the subscription's unit. */
export const units = (v: Pick<SubscriptionChangeView, 'm'>, unit: string, count: number): string => v.m(`n.${unit}` as SubscriptionChangeMessage, { count });

/** "$46.00 (27.06%)": a period's margin and its share of the price. */
export function marginText(v: Pick<SubscriptionChangeView, 'm' | 'money' | 'localeCode'>, e: Economics): string {
  const amount = v.money(e.margin.currency, e.margin.minor);
  const percent = percentText(v.localeCode, e);
  return percent ? v.m('shortPercent', { amount, percent }) : amount;
}
