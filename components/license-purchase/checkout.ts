import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdapterError } from '../../src/adapter/errors.js';
import type { LicenseAdapter } from '../../src/adapter/types.js';
import type { Clock } from '../../src/core/clock.js';
import type { CalendarDate } from '../../src/core/dates.js';
import type { LicenseQuote } from '../../src/core/quotes.js';
import type { Purchase } from '../../src/schemas/license.js';
import { draftChecker } from '../../src/schemas/draft.js';
import { type Computed, computed } from '../../src/ui/computed.js';
import type { FormState } from '../../src/ui/controllers/form-state.js';
import type { StepFlow } from '../../src/ui/controllers/step-flow.js';
import { DraftStorage } from '../../src/ui/draft-storage.js';
import { QuoteMemo, type Quoted } from '../../src/ui/quote-memo.js';
import { Submission } from '../../src/ui/submission.js';
import type { LicenseData } from './data.js';
import { msg } from './messages.js';
import { hasInput, LICENSE_DRAFT_VERSION, licenseDraftSchema, type LicenseDraft, locateError, quote, type StepId, toInput } from './model.js';
import { STEP_IDS } from './steps.js';

interface CheckoutInputs {
  api: () => LicenseAdapter | undefined;
  form: FormState<LicenseDraft>;
  flow: StepFlow<StepId>;
  data: LicenseData;
  locale: () => string;
  /** Today, read once per quote. */
  today: () => CalendarDate;
  clock: () => Clock;
  /** Where the unfinished purchase is kept (undefined: nowhere), and whether the flow is open. */
  draftKey: () => string | undefined;
  open: () => boolean;
}

/**
 * The purchase: the preview's quote (made once per draft, loaded data and day, and what Buy
 * sends), Buy and what each answer means, and the unfinished purchase kept with the key of a
 * send in flight, so a reload resumes it.
 */
export class Checkout implements ReactiveController {
  readonly purchase: Submission<Purchase>;
  /** Explains why the user is back on the product step. */
  productNotice = '';
  /** Explains why the preview changed. */
  previewNotice = '';
  private readonly previewed = new QuoteMemo<LicenseQuote>();
  private readonly drafts: DraftStorage<LicenseDraft>;
  private wasOpen: boolean | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly i: CheckoutInputs,
  ) {
    this.purchase = new Submission<Purchase>(host);
    host.addController(this);
    this.drafts = new DraftStorage<LicenseDraft>({
      key: () => i.draftKey() && `license-purchase:${i.draftKey()}`,
      version: LICENSE_DRAFT_VERSION,
      check: draftChecker(licenseDraftSchema),
      clock: i.clock,
    });
  }

  /** The quote the preview shows and Buy sends, or why the core could not make it (a price times the quantity past 2^53). */
  get preview(): Computed<Quoted<LicenseQuote> | null> {
    const { form, data } = this.i;
    return computed(this.i.locale(), () => this.previewed.get([form.draft, ...Object.values(data.context)], this.i.today, (today) => quote(form.draft, data.context, today)));
  }

  /** A purchase that failed without field errors. */
  get failure(): AdapterError | null {
    return this.purchase.state === 'failed' && !Object.keys(this.purchase.serverErrors).length ? this.purchase.error : null;
  }

  /** Restores a stored unfinished purchase (once per key); what the element says about it. */
  restore(): { restored: boolean; dropped: boolean } | null {
    return this.drafts.restoreOnce(({ draft, step, submission }) => {
      this.i.form.reset(draft);
      if (step && (STEP_IDS as readonly string[]).includes(step)) this.i.flow.restore(step as StepId);
      this.purchase.resume(submission);
      return hasInput(draft);
    });
  }

  /** Opening or closing the flow keeps or forgets the unfinished purchase. */
  hostUpdated(): void {
    if (this.i.open() === this.wasOpen) return;
    this.wasOpen = this.i.open();
    this.persist();
  }

  persist(): void {
    if (this.purchase.state === 'done' || !this.i.open()) this.drafts.clear();
    else this.drafts.save({ draft: this.i.form.draft, step: this.i.flow.current, submission: this.purchase.pending() ?? undefined });
  }

  /**
   * Buys what the preview shows; the purchase, or null. A second call while one is in flight does
   * nothing. A refusal is shown where it belongs: field errors on their steps, a product gone from
   * the contract on the product step, a changed quote as a new preview; the rest as a failure.
   */
  async buy(): Promise<Purchase | null> {
    const { form, flow, data } = this.i;
    const api = this.i.api();
    const previewed = this.preview;
    const p = previewed.ok ? previewed.value : null;
    // While stock and active licenses reload (after a 409), the preview is not final yet.
    if (!api?.purchaseLicenses || !p || this.purchase.busy || data.reloadingDetails || !(await flow.checkAll())) return null;
    const input = toInput(form.draft, p.quote, p.quotedOn);
    this.previewNotice = '';
    const running = this.purchase.run(input, (key, signal) => api.purchaseLicenses(input, key, signal));
    // The key travels with the stored draft before any answer can be lost.
    this.persist();
    const result = await running;
    this.persist();
    const error = this.purchase.error;
    if (result || !error || (await flow.route(this.purchase.serverErrors, locateError))) return result;
    if (error.code === 'product-not-in-contract') {
      this.productNotice = msg(this.i.locale(), 'productGone');
      this.purchase.reset();
      void data.productsTask.run();
      flow.goTo('product');
    } else if (error.code === 'quote-changed') {
      this.purchase.reset();
      this.previewed.clear();
      this.previewNotice = msg(this.i.locale(), 'quoteChanged');
      void data.detailsTask.run();
    } else if (!error.retryable) void data.contractsTask.run();
    this.host.requestUpdate();
    return null;
  }
}
