import type { MessageParams } from '../../src/i18n/catalog.js';
import type { FormBinding } from '../../src/ui/controllers/form-state.js';
import type { StepFlow } from '../../src/ui/controllers/step-flow.js';
import type { Checkout } from './checkout.js';
import type { LicenseData } from './data.js';
import type { LicenseMessage } from './messages.js';
import type { LicenseContext, LicenseDraft, StepId } from './model.js';

/** What the views read from <license-purchase>; the element implements it. */
export interface LicensePurchaseView {
  /** The shadow root: the fields on screen, in order (the error summary lists them so). */
  readonly renderRoot: ParentNode;
  readonly form: FormBinding;
  readonly flow: StepFlow<StepId>;
  readonly draft: LicenseDraft;
  readonly context: LicenseContext;
  /** The loads, and the account save. */
  readonly data: LicenseData;
  /** The preview's quote, Buy, its failure and notices. */
  readonly checkout: Checkout;
  readonly restored: boolean;
  readonly droppedDraft: boolean;
  readonly localeCode: string;
  m(key: LicenseMessage, params?: MessageParams): string;
  /** A choice that resets what depends on it (contract, product). */
  choose(path: 'contractId' | 'productId', value: unknown): void;
  next(): Promise<void>;
  saveAccount(): Promise<void>;
  buy(): Promise<void>;
  money(currency: string, minor: number): string;
  date(date: string): string;
}
