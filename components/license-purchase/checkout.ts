import type { AdapterError } from '../../src/adapter/errors.js';
import type { LicenseAdapter } from '../../src/adapter/types.js';
import type { Clock } from '../../src/core/clock.js';
import type { CalendarDate } from '../../src/core/dates.js';
import type { LicenseQuote } from '../../src/core/quotes.js';
import type { Purchase } from '../../src/schemas/license.js';
import { type Computed, computed } from '../../src/ui/computed.js';
import { DraftKeeper, type DraftKeeperHost } from '../../src/ui/controllers/draft-keeper.js';
import type { FormState } from '../../src/ui/controllers/form-state.js';
import type { StepFlow } from '../../src/ui/controllers/step-flow.js';
import { QuoteMemo, type Quoted } from '../../src/ui/quote-memo.js';
import { Submission } from '../../src/ui/submission.js';
import type { LicenseData } from './data.js';
import { msg } from './messages.js';
import { hasInput, LICENSE_DRAFT_VERSION, licenseDraftSchema, type LicenseDraft, locateError, quote, type StepId, toInput } from './model.js';

interface CheckoutInputs {
  api: () => LicenseAdapter | undefined;
  form: FormState<LicenseDraft>;
  flow: StepFlow<StepId>;
  data: LicenseData;
  locale: () => string;
  /** Today, read once per quote. */
  today: () => CalendarDate;
  clock: () => Clock;
  /** Whether the flow is open: the unfinished purchase is kept only then. */
  open: () => boolean;
}

/**
 * The purchase: the preview's quote (made once per draft, loaded data and day, and what Buy
 * sends), Buy and what each answer means, and the unfinished purchase kept with the key of a
 * send in flight, so a reload resumes it.
 */
export class Checkout {
  readonly purchase: Submission<Purchase>;
  /** Explains why the user is back on the product step. */
  productNotice = '';
  /** Explains why the preview changed. */
  previewNotice = '';
  private readonly previewed = new QuoteMemo<LicenseQuote>();
  private readonly drafts: DraftKeeper<LicenseDraft>;

  constructor(
    private readonly host: DraftKeeperHost,
    private readonly i: CheckoutInputs,
  ) {
    this.purchase = new Submission<Purchase>(host);
    this.drafts = new DraftKeeper<LicenseDraft>(host, 'license-purchase', {
      version: LICENSE_DRAFT_VERSION, schema: licenseDraftSchema, clock: i.clock, form: i.form, flow: i.flow, submission: this.purchase,
      keep: i.open, restored: ({ draft }) => hasInput(draft),
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

  /** Restores a stored unfinished purchase (on the first call); what the element says about it. */
  restore(): { restored: boolean; dropped: boolean } | null {
    return this.drafts.restore();
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
    this.drafts.save();
    const result = await running;
    this.drafts.save();
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
