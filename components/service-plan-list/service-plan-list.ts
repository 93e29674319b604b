import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ListAdapter, PlanAdapter } from '../../src/adapter/types.js';
import { ListElement } from '../../src/context/list-element.js';
import { listResponses, type PlanRow } from '../../src/schemas/lists.js';
import { planResponses, type ServicePlan } from '../../src/schemas/plan.js';
import { CkAlert } from '../../src/ui/alert.js';
import { CkConfirmDialog } from '../../src/ui/confirm-dialog.js';
import type { ListPage, ListQuery } from '../../src/ui/controllers/list-query.js';
import { noMethodAlert, renderListScreen } from '../../src/ui/data-table.js';
import { CkTextField } from '../../src/ui/text-field.js';
import { failureAlert } from '../../src/ui/widget-views.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type PlanListMessage } from './messages.js';
import { PLAN_FILTERS } from './model.js';
import { PlanActions } from './plan-actions.js';
import { servicePlanListStyles } from './service-plan-list.styles.js';
import type { PlanListView } from './view.js';
import { renderDialogs, renderSavedBar } from './views/dialogs.js';
import { planColumns, planFilters } from './views/table.js';

type PlanListAdapter = Partial<ListAdapter & PlanAdapter>;

/**
 * A product's Billing section: its service plans with name, billing type, SKU, status, periods and
 * resources, searched, filtered, sorted and paged by the backend. A plan's name opens it (the
 * host's `plan-open-requested`, or with `create-in-place` `<service-plan-editor>` here, where a
 * save offers Continue and Go to Product Dashboard); Copy service plan asks for the copy's name
 * (the seed's pop-up) and shows the updated list; Activate / Deactivate says first what it means
 * for subscriptions. Needs an adapter with `listPlans` (RestListAdapter from channelkit/adapter/lists).
 *
 * @summary A product's service plans: open, copy, activate and deactivate.
 * @tagname service-plan-list
 * @fires plan-open-requested - A plan's name or New service plan was pressed (without `create-in-place`); detail `{ planId }` (null for a new plan).
 * @fires service-plan-copied - Copy service plan made a copy; detail `{ plan, sourceId }`.
 * @fires plan-active-changed - A plan was activated or deactivated; detail `{ plan }`.
 * @fires plan-continue-requested - After a save in place, Continue; detail `{ plan }`.
 * @fires product-dashboard-requested - After a save in place, Go to Product Dashboard; detail `{ productId }`.
 * @fires list-query-change - The user changed the search, the filter, the sort or the page; detail `{ query }` (for the host's URL).
 * @csspart heading - The list's heading.
 * @csspart list-bar - The search box, the filter and New service plan.
 * @csspart search - The search box.
 * @csspart filter - The status filter's select.
 * @csspart new-button - New service plan.
 * @csspart table - The table of plans.
 * @csspart sort-button - Each column's sort button.
 * @csspart row - Each plan's row.
 * @csspart new-mark - "New" (or "Updated"), beside the record just created (or changed) in place; its row is then marked.
 * @csspart row-button - The plan's name, which opens it.
 * @csspart copy-button - A row's Copy service plan.
 * @csspart active-button - A row's Activate or Deactivate.
 * @csspart empty - What is said when no plan matches.
 * @csspart pager - The pages.
 * @csspart saved-bar - After a save in place: Continue and Go to Product Dashboard.
 * @cssprop --ck-color-primary - Actions, focus and links.
 * @cssprop --ck-font-family - Font.
 */
export class ServicePlanList extends ListElement<PlanListAdapter, PlanRow> implements PlanListView {
  protected static override responses = { ...listResponses, copyPlan: planResponses.copyPlan };
  static override styles = servicePlanListStyles;
  static override dependencies = { 'ck-alert': CkAlert, 'ck-confirm-dialog': CkConfirmDialog, 'ck-text-field': CkTextField };

  /** The product whose plans are listed; empty lists every product's. */
  @property({ attribute: 'product-id' }) productId = '';
  /** Only `active` or `inactive` plans; empty for all. */
  @property() status = '';

  /** The name the copy dialog proposes. */
  @state() copyName = '';
  /** The plan the activation question is about. */
  @state() asking: PlanRow | null = null;
  /** The plan open in the editor in place ('' for a new one), or null for the list. */
  @state() private editing: string | null = null;
  /** The plan the editor in place saved last. */
  @state() private saved: ServicePlan | null = null;

  protected readonly filterNames = PLAN_FILTERS;
  protected readonly method = 'listPlans';
  private readonly actions = new PlanActions(this);

  get busy(): boolean { return this.actions.busy; }
  override get api(): PlanListAdapter | undefined { return super.api; }
  m(key: PlanListMessage, params?: Record<string, string | number>): string { return msg(this.loc, key, params); }
  protected fetchPage(api: PlanListAdapter, query: ListQuery, signal: AbortSignal): Promise<ListPage<PlanRow>> | null {
    return api.listPlans ? api.listPlans(this.productId || null, query, signal) : null;
  }
  protected countText(total: number): string { return total ? this.m('count', { count: total }) : this.m('noMatch'); }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('productId') && changed.get('productId') !== undefined) this.list.setQuery({ page: 1 });
  }

  /** A copy (`new`) or (de)activation (`updated`) went through: the list again, the plan marked, `note` said with the count. */
  changed(id: string, note: string, as: 'new' | 'updated'): void {
    [this.marked, this.note] = [{ id, as }, note];
    void this.list.reload();
  }

  /** Opens a plan (`planId`) or a new one (null): in place with `create-in-place`, else the host's event. */
  async openPlan(planId: string | null): Promise<void> {
    if (!this.createInPlace) return void this.emit('plan-open-requested', { planId });
    this.saved = null;
    this.editing = planId ?? '';
    await this.openCreation();
  }

  private readonly planSaved = (e: GlobalEventHandlersEventMap['plan-saved']): void => {
    this.saved = e.detail.plan;
  };

  private async leave(event: 'continue' | 'dashboard'): Promise<void> {
    const plan = this.saved!;
    const as = this.editing === '' ? 'new' : 'updated';
    if (event === 'continue') this.emit('plan-continue-requested', { plan });
    else this.emit('product-dashboard-requested', { productId: plan.productId });
    this.editing = null;
    await this.created(plan.id, this.m('saved', { name: plan.name }), as);
  }

  protected override render() {
    return this.renderPanel(() => this.renderBody());
  }

  private renderBody() {
    if (this.creating && this.editing !== null) {
      // The list's own adapter, if it has one, serves the editor too (typed as the editor's: this class cannot name it).
      const editor = html`${this.saved ? renderSavedBar(this, this.saved.name, () => void this.leave('continue'), () => void this.leave('dashboard')) : nothing}
        <service-plan-editor product-id=${this.productId} plan-id=${this.editing} .draftKey=${this.draftKey} .adapter=${this.adapter as never} .clock=${this.clock} locale=${this.locale ?? ''} @plan-saved=${this.planSaved}></service-plan-editor>`;
      return this.renderCreation(editor, '[part=new-button]');
    }
    const { query } = this.list;
    const add = html`<button type="button" class="btn primary" part="new-button" @click=${() => void this.openPlan(null)}>${this.m('newPlan')}</button>`;
    const failure = this.actions.failure;
    return html`<div class="stack">
      <div><h2 id="list-heading" tabindex="-1" part="heading">${this.m('title')}</h2><p class="lead">${this.m('lead')}</p></div>
      ${failure ? failureAlert(this.loc, failure, this.m(this.actions.failedTitle), this.actions.retry, '') : nothing}
      ${this.canList
        ? renderListScreen({
            ...{ loc: this.loc, list: this.list, caption: this.m('caption'), columns: planColumns(this, this.rowActions), filters: planFilters(this), actions: add },
            ...{ empty: query.search || Object.keys(query.filters).length ? this.m('empty') : this.m('emptyAll'), clear: this.clearFilters },
            ...{ rowId: (r: PlanRow) => r.id, open: (r: PlanRow) => void this.openPlan(r.id), marked: this.marked },
          })
        : noMethodAlert(this.loc, this.method)}
      ${renderDialogs(this)}
    </div>`;
  }

  private readonly rowActions = { copy: (r: PlanRow) => void this.actions.copy(r), toggle: (r: PlanRow) => void this.actions.toggle(r) };
}
