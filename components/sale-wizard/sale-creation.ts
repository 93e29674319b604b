import type { ReactiveController } from 'lit';
import type { AdapterError } from '../../src/adapter/errors.js';
import type { SaleAdapter } from '../../src/adapter/types.js';
import type { Distribution, Sale } from '../../src/schemas/sale.js';
import { computed } from '../../src/ui/computed.js';
import { focusAfterRender, type FormHost, type FormState } from '../../src/ui/controllers/form-state.js';
import type { StepFlow } from '../../src/ui/controllers/step-flow.js';
import { QuoteMemo } from '../../src/ui/quote-memo.js';
import { Submission } from '../../src/ui/submission.js';
import type {} from './events.js';
import { locateServerError, type SaleDraft, saleTotal, toInput } from './model.js';
import type { StepName } from './steps.js';

/** What creating a sale needs of the wizard. */
export interface SaleCreationHost extends FormHost {
  readonly form: FormState<SaleDraft>;
  readonly flow: StepFlow<StepName>;
  readonly distributions: Distribution[];
  readonly localeCode: string;
  readonly todayDate: string;
  emit(name: 'sale-created', detail: { sale: Sale }): unknown;
  /** Says what happened and focuses the success screen's heading. */
  completed(heading: string): Promise<void>;
  m(key: 'doneHeading', params: { name: string }): string;
}

export interface SaleCreationOptions {
  api: () => SaleAdapter | undefined;
  /** Store the draft with the idempotency key now (before any answer can be lost), and forget it once created. */
  keep: () => void;
  /** The backend priced it differently: load its prices. */
  reprice: () => void;
}

/**
 * Creating the sale: every step checked first, the date the review was made on, one request at
 * a time under one idempotency key, and its answer: `sale-created`, a 422 sent to the step of
 * its fields, or a failure said above the buttons.
 */
export class SaleCreation implements ReactiveController {
  readonly submission: Submission<Sale>;
  private readonly reviewed = new QuoteMemo<string>();

  constructor(
    private readonly host: SaleCreationHost,
    private readonly options: SaleCreationOptions,
  ) {
    this.submission = new Submission<Sale>(host);
    host.addController(this);
  }

  hostConnected(): void {}

  get busy(): boolean {
    return this.submission.busy;
  }

  /** Why the last create failed, when it was not a field of the form. */
  get failure(): AdapterError | null {
    const s = this.submission;
    return s.state === 'failed' && !Object.keys(s.serverErrors).length ? s.error : null;
  }

  /** The sale once created. */
  get created(): Sale | null {
    return this.submission.state === 'done' ? this.submission.result : null;
  }

  /** Creates the sale. Every step is checked first; a second call while one is in flight does nothing. */
  async create(): Promise<void> {
    const { host, submission } = this;
    const api = this.options.api();
    if (!api?.createSale || submission.busy || !(await host.flow.checkAll()) || submission.busy) return;
    const draft = host.form.draft;
    // The date the review was made on: the same for a retry of the same draft, even after midnight.
    const quotedOn = this.reviewed.get([draft], () => host.todayDate, (today) => today)!.quotedOn;
    // A total the core refuses (past 2^53 minor units) is not sent: the review already says why.
    const total = computed(host.localeCode, () => saleTotal(draft, host.distributions));
    if (!total.ok) return;
    const input = toInput(draft, quotedOn, total.value);
    const running = submission.run(input, (key, signal) => api.createSale(input, key, signal));
    this.options.keep();
    const sale = await running;
    await host.updateComplete;
    if (sale) {
      this.options.keep();
      host.emit('sale-created', { sale });
      return host.completed(host.m('doneHeading', { name: sale.name }));
    }
    const first = await host.flow.route(submission.serverErrors, locateServerError);
    if (first?.path.startsWith('lines.')) return focusAfterRender(host, '[data-action=add-distribution]');
    if (first) return;
    // The backend priced it differently: load its prices so the review shows them; Create again sends them.
    if (submission.error?.code === 'quote-changed') {
      this.reviewed.clear();
      this.options.reprice();
    }
    return focusAfterRender(host, '#failure');
  }
}
