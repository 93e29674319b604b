import type { BillingMethod, Distribution, SellerContext } from '../../src/schemas/sale.js';
import type { CkSelectDetail, ComboboxOption } from '../../src/ui/combobox.js';
import type { FormState } from '../../src/ui/controllers/form-state.js';
import type { StepFlow } from '../../src/ui/controllers/step-flow.js';
import type { SaleMessage } from './messages.js';
import type { SaleDraft } from './model.js';
import type { PendingLine } from './pending-line.js';
import type { SaleCreation } from './sale-creation.js';
import type { StepName } from './steps.js';

/** What the views read from <sale-wizard> and call on it; the element implements it (views never import the element). */
export interface SaleWizardView {
  /** The shadow root: the fields on screen, in order (the error summary lists them so). */
  readonly renderRoot: ParentNode;
  /** The draft, its errors, backend errors and submitted state: fields bind to it with bindField. */
  readonly form: FormState<SaleDraft>;
  readonly flow: StepFlow<StepName>;
  readonly draft: SaleDraft;
  readonly seller: SellerContext | null;
  readonly distributions: Distribution[];
  readonly billingMethods: BillingMethod[];
  /** The distribution line being composed: `submitted` once Add distribution was pressed, `add()`, `remove(i)`. */
  readonly pending: Pick<PendingLine, 'submitted' | 'add' | 'remove'>;
  /** A stored draft was restored (say so, offer Start over) or dropped (say why). */
  readonly restored: boolean;
  readonly droppedDraft: boolean;
  /** The create: `busy` while in flight, `failure` when it failed other than on a field. */
  readonly creation: Pick<SaleCreation, 'busy' | 'failure'>;
  readonly localeCode: string;
  readonly todayDate: string;
  m(key: SaleMessage, params?: Record<string, string | number>): string;
  /** The message shown at `path` (the pending line's own rules included). */
  err(path: string): string;
  money(currency: string, minor: number): string;
  date(date: string): string;
  readonly searchOrganizations: (query: string, signal: AbortSignal) => Promise<ComboboxOption[]>;
  readonly onOrganization: (e: CustomEvent<CkSelectDetail>) => void;
  addPerson(kind: 'contacts' | 'users'): void;
  removePerson(kind: 'contacts' | 'users', index: number): void;
  create(): Promise<void>;
  discard(): Promise<void>;
}
