import { Task } from '@lit/task';
import { html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { SaleAdapter } from '../../src/adapter/types.js';
import { WidgetElement } from '../../src/context/widget-element.js';
import { catalogVersion, type MessageParams } from '../../src/i18n/catalog.js';
import { type BillingMethod, type Distribution, type SellerContext, saleResponses } from '../../src/schemas/sale.js';
import type { CkSelectDetail, ComboboxOption } from '../../src/ui/combobox.js';
import { confirmDiscard, discardDialog } from '../../src/ui/confirm-dialog.js';
import { DraftKeeper } from '../../src/ui/controllers/draft-keeper.js';
import { focusAfterRender, FormState } from '../../src/ui/controllers/form-state.js';
import { StepFlow } from '../../src/ui/controllers/step-flow.js';
import type { CkSteps } from '../../src/ui/steps.js';
import { PendingLine } from './pending-line.js';
import { SaleCreation } from './sale-creation.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type SaleMessage } from './messages.js';
import * as model from './model.js';
import { type SaleDraft, stepErrors } from './model.js';
import { saleWizardStyles } from './sale-wizard.styles.js';
import { STEPS, type StepName } from './steps.js';
import type { SaleWizardView } from './view.js';
import { saleWizardDependencies } from './views/dependencies.js';
import { renderSuccess } from './views/success.js';
import { rehearseNextStep, renderWizard } from './views/wizard.js';
import { noAdapterAlert, renderLoad } from '../../src/ui/widget-views.js';
import { WarmUp } from '../../src/ui/warm-up.js';

/**
 * Registers a per-user subscription sale in three steps and a review: the organization
 * (searched or created, with new contacts and users), the product distributions with their
 * live Sales Price, then status, dates, billing and name. Only sellers with the LTI service
 * can use it.
 *
 * @summary Subscription sale wizard.
 * @tagname sale-wizard
 * @fires sale-created - The sale was registered (status Pending Approval); detail `{ sale }`; if the widget was removed before the answer came, it fires on the `<channelkit-provider>` it was in (or `document`).
 * @fires step-change - The user moved to another step; detail `{ step, name }`.
 * @csspart step-heading - The heading of the current step (from ck-steps).
 * @csspart next-button - The Next steps button.
 * @csspart submit-button - The Create new sale button.
 * @csspart success - The registered sale.
 * @csspart done-heading - The heading that says what happened, after registering (focus moves there).
 * @csspart error-summary - The problems that stopped Next or Create, each a link to its field.
 * @csspart skeleton - The shapes of the view drawn while its data loads (aria-busy).
 * @cssprop --ck-skeleton-color - The loading shapes.
 * @cssprop --ck-color-primary - Actions, focus and selection.
 */
export class SaleWizard extends WidgetElement<SaleAdapter> implements SaleWizardView {
  protected static override responses = saleResponses;
  static override styles = saleWizardStyles;
  static override dependencies = saleWizardDependencies;

  /** Keep the unfinished sale in sessionStorage under this key, so a reload resumes it. */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined = undefined;
  @state() restored = false;
  /** A stored draft could not be used (wrong shape, too old): say so once. */
  @state() droppedDraft = false;
  @query('ck-steps') private stepper?: CkSteps;

  /** The draft; the errors of the step shown, once per draft, step, day, language and catalog (a render asks for every field's). */
  readonly form: FormState<SaleDraft> = new FormState<SaleDraft>(this, model.emptyDraft(''), {
    validate: (draft) => stepErrors(this.flow.current, draft, this.distributions, this.today(), this.loc, this.seller?.billingMethods),
    keys: () => [this.flow.current, this.today(), this.loc, catalogVersion(), this.contextTask.value],
  });
  readonly flow: StepFlow<StepName> = new StepFlow<StepName>(this, this.form, 'account', {
    steps: () => STEPS,
    errorsOf: (step) => stepErrors(step, this.draft, this.distributions, this.today(), this.loc, this.seller?.billingMethods),
    changed: () => (this.pending.submitted = false),
    settle: (step) => {
      if (step === 'distribution') this.pending.settle();
    },
  });
  /** The distribution line being composed: its rules and Add apart from the step's. */
  readonly pending: PendingLine = new PendingLine(this);
  readonly creation: SaleCreation = new SaleCreation(this, { api: () => this.api, keep: () => this.keeper.save(), reprice: () => void this.contextTask.run() });
  /** The unfinished sale, starting empty on today's date, with its step and the key of a create in flight. */
  private readonly keeper = new DraftKeeper<SaleDraft>(this, 'sale-wizard', {
    version: model.SALE_DRAFT_VERSION, schema: model.saleDraftSchema, clock: () => this.now, form: this.form, flow: this.flow, submission: this.creation.submission,
    initial: () => model.emptyDraft(this.today()), restored: ({ draft }) => model.hasInput(draft, this.today()),
  });

  private readonly warmingStep = new WarmUp(this, () => rehearseNextStep(this, SaleWizard.elementStyles), () => !!this.seller); // the next step, once loaded
  private readonly contextTask = this.track(
    new Task(this, {
      args: () => [this.api] as const,
      task: async ([api], { signal }) => {
        if (!api?.getSellerContext || !api.listDistributions) return null;
        const [seller, distributions] = await Promise.all([api.getSellerContext(signal), api.listDistributions(signal)]);
        return { seller, distributions } as { seller: SellerContext; distributions: Distribution[] };
      },
    }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    const r = this.keeper.restore();
    if (r) ({ restored: this.restored, dropped: this.droppedDraft } = r);
  }

  get draft(): SaleDraft {
    return this.form.draft;
  }
  set draft(draft: SaleDraft) {
    this.form.draft = draft;
  }
  /** The step shown. */
  get step(): StepName {
    return this.flow.current;
  }
  /** Shows a step (review's Edit buttons use it). */
  goTo(step: StepName): void {
    this.flow.goTo(step);
  }
  /** Validates the step and moves to the next one; stays and focuses the first invalid field otherwise. */
  next(): Promise<boolean> {
    return this.flow.next();
  }
  /** Goes back one step, keeping every value. */
  back(): void {
    this.flow.back();
  }
  get seller(): SellerContext | null {
    return this.contextTask.value?.seller ?? null;
  }
  get distributions(): Distribution[] {
    return this.contextTask.value?.distributions ?? [];
  }
  get billingMethods(): BillingMethod[] {
    return this.seller?.billingMethods ?? [];
  }
  m(key: SaleMessage, params?: MessageParams): string {
    return msg(this.loc, key, params);
  }
  err(path: string): string {
    return path.startsWith('pending.') ? this.pending.err(path) : this.form.err(path);
  }

  readonly searchOrganizations = async (query: string, signal: AbortSignal): Promise<ComboboxOption[]> => {
    const orgs = (await this.api?.searchOrganizations?.(query, signal)) ?? [];
    return orgs.map((o) => model.organizationOption(o, this.loc));
  };

  readonly onOrganization = (e: CustomEvent<CkSelectDetail>): void => {
    const o = e.detail.option;
    this.form.clearServerErrors('organizationId');
    this.draft = { ...this.draft, organizationId: o?.value ?? '', organizationLabel: o?.label ?? '' };
  };

  addPerson(kind: 'contacts' | 'users'): void {
    this.draft = model.withPerson(this.draft, kind);
    void focusAfterRender(this, `[data-path="${kind}.${this.draft[kind].length - 1}.firstName"]`);
  }

  removePerson(kind: 'contacts' | 'users', index: number): void {
    this.draft = model.withoutPerson(this.draft, kind, index);
    this.form.clearServerErrors();
    void focusAfterRender(this, `[data-action="${kind === 'contacts' ? 'add-contact' : 'add-user'}"]`);
  }

  /** Creates the sale. Every step is checked first; a second call while one is in flight does nothing. */
  create(): Promise<void> {
    return this.creation.create();
  }

  /** Enter in a field moves on (Next), and on the review creates the sale. */
  protected override onEnter(): void {
    void (this.flow.isLast ? this.create() : this.next());
  }

  /** Back to an empty first step (after a sale, or Start over). */
  private startOver(): void {
    this.creation.submission.reset();
    this.form.reset(model.emptyDraft(this.today()));
    this.restored = false;
    this.flow.goTo('account');
  }

  async discard(): Promise<void> {
    if (!(await confirmDiscard(this.renderRoot, model.hasInput(this.draft, this.today())))) return;
    this.startOver();
    this.droppedDraft = false;
    this.keeper.clear();
  }

  protected override render() {
    if (!this.api) return noAdapterAlert(this.loc, this.awaitingProvider);
    const done = this.creation.created;
    const again = () => {
      this.startOver();
      void this.updateComplete.then(() => this.stepper?.focusHeading());
    };
    return html`<div class="panel">
      <h2 class="title">${this.m('title')}</h2>
      ${done ? renderSuccess(this, done, again) : renderLoad(this.loc, this.contextTask, this.m('loadFailedTitle'), () => renderWizard(this), this.seller, ['steps', 'heading', 'text', 'wide*2', 'section', 'text', 'actions', 'actions'])}
      ${discardDialog(this.loc)}
    </div>`;
  }
}
