import { Task } from '@lit/task';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ListAdapter } from '../../src/adapter/types.js';
import { ListElement } from '../../src/context/list-element.js';
import type { Money } from '../../src/core/money.js';
import { listResponses, type SaleDetail, type SaleRow } from '../../src/schemas/lists.js';
import { CkAlert } from '../../src/ui/alert.js';
import type { ListPage, ListQuery } from '../../src/ui/controllers/list-query.js';
import { noMethodAlert, renderListScreen } from '../../src/ui/data-table.js';
import { Submission } from '../../src/ui/submission.js';
import { renderLoad } from '../../src/ui/widget-views.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type SalesListMessage } from './messages.js';
import { SALES_FILTERS } from './model.js';
import { salesListStyles } from './sales-list.styles.js';
import type { SalesListView } from './view.js';
import { renderSaleDetail } from './views/detail.js';
import { saleColumns, saleFilters } from './views/table.js';

/**
 * Sales management: every sale of the seller's own organization and of its child organizations,
 * searched, filtered by scope and status, sorted by any column and paged by the backend. A row
 * opens the sale's detail (distributions with key length and renewals, users, PO and order
 * numbers, comment, status history), with Approve and Reject when the adapter can. "Register new
 * sale" asks the host (`sale-register-requested`), or with `create-in-place` opens `<sale-wizard>`
 * here and comes back with the new sale first in the list. Needs an adapter with `listSales`
 * (RestListAdapter from channelkit/adapter/lists).
 *
 * @summary Sales management: the list of sales, their detail and approval.
 * @tagname sales-list
 * @fires sale-register-requested - The user pressed Register new sale (without `create-in-place`); detail `{}`.
 * @fires sale-decided - A sale was approved or rejected from its detail; detail `{ sale }`.
 * @fires list-query-change - The user changed the search, a filter, the sort or the page; detail `{ query }` (for the host's URL).
 * @csspart heading - The list's heading, or the sale's name in its detail.
 * @csspart list-bar - The search box, the filters and Register new sale.
 * @csspart search - The search box.
 * @csspart filter - Each filter's select.
 * @csspart register-button - Register new sale.
 * @csspart table - The table of sales.
 * @csspart sort-button - Each column's sort button.
 * @csspart row - Each sale's row.
 * @csspart new-mark - "New" (or "Updated"), beside the record just created (or changed) in place; its row is then marked.
 * @csspart row-button - The sale's name, which opens its detail.
 * @csspart empty - What is said when no sale matches.
 * @csspart pager - The pages.
 * @csspart detail - A sale's detail.
 * @csspart approve-button - Approve, in a pending sale's detail.
 * @csspart reject-button - Reject, in a pending sale's detail.
 * @cssprop --ck-color-primary - Actions, focus and links.
 * @cssprop --ck-font-family - Font.
 */
export class SalesList extends ListElement<Partial<ListAdapter>, SaleRow> implements SalesListView {
  protected static override responses = listResponses;
  static override styles = salesListStyles;
  static override dependencies = { 'ck-alert': CkAlert };

  /** Whose sales: `own`, `children`, or empty for all. */
  @property() scope = '';
  /** Only sales in this status (`pending-approval`, `approved`, `rejected`, `cancelled`), or empty for all. */
  @property() status = '';
  @state() private openId: string | null = null;
  /** The opened sale as an approval or rejection left it. */
  @state() private decided: SaleDetail | null = null;

  protected readonly filterNames = SALES_FILTERS;
  protected readonly method = 'listSales';
  private readonly deciding = new Submission<SaleDetail>(this);
  private lastDecision = true;

  private readonly detailTask = this.track(
    new Task(this, {
      args: () => [this.openId, this.api] as const,
      task: ([id, api], { signal }) => (id && api?.getSale ? api.getSale(id, signal) : null),
    }),
  );

  m(key: SalesListMessage, params?: Record<string, string | number>): string { return msg(this.loc, key, params); }
  amount(money: Money): string { return this.money(money.currency, money.minor); }
  protected fetchPage(api: Partial<ListAdapter>, query: ListQuery, signal: AbortSignal): Promise<ListPage<SaleRow>> | null { return api.listSales ? api.listSales(query, signal) : null; }
  protected countText(total: number): string { return total ? this.m('count', { count: total }) : this.m('noMatch'); }

  /** Opens a sale's detail and moves the focus to its name. */
  async openSale(id: string): Promise<void> {
    [this.openId, this.decided] = [id, null];
    this.deciding.reset();
    await this.updateComplete; // the detail task starts in this update
    await this.detailTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-heading, #failure, ck-alert')?.focus();
  }

  private async back(): Promise<void> {
    const id = this.openId;
    this.openId = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id ?? '')}"] [part=row-button]`)?.focus();
  }

  /** Approves (or rejects) the opened sale; the list is loaded again with its new status. */
  async decide(approve: boolean): Promise<void> {
    const { api } = this;
    const sale = this.decided ?? this.detailTask.value;
    if (!sale || !api?.approveSale || !api.rejectSale) return;
    this.lastDecision = approve;
    const result = await this.deciding.run({ id: sale.id, approve }, (key, signal) => (approve ? api.approveSale!(sale.id, '', key, signal) : api.rejectSale!(sale.id, '', key, signal)));
    await this.updateComplete;
    if (!result) return void this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
    this.decided = result;
    this.emit('sale-decided', { sale: result });
    this.announcer.say(this.m(approve ? 'approvedNote' : 'rejectedNote'));
    void this.list.reload();
  }

  private register(): void {
    if (this.createInPlace) void this.openCreation();
    else this.emit('sale-register-requested', {});
  }

  private readonly saleCreated = (e: GlobalEventHandlersEventMap['sale-created']): void =>
    void this.created(e.detail.sale.id, this.m('registered', { name: e.detail.sale.name }));

  protected override render() {
    return this.renderPanel(() => this.renderBody());
  }

  private renderBody() {
    if (this.creating) {
      // The list's own adapter, if it has one, serves the wizard too (typed as the wizard's: this class cannot name it).
      const wizard = html`<sale-wizard .draftKey=${this.draftKey} .adapter=${this.adapter as never} .clock=${this.clock} locale=${this.locale ?? ''} @sale-created=${this.saleCreated}></sale-wizard>`;
      return this.renderCreation(wizard, '[part=register-button]');
    }
    if (this.openId) return renderLoad(this.loc, this.detailTask, this.m('detailFailed'), () => this.renderDetail(), this.detailTask.value?.id === this.openId);
    const register = html`<button type="button" class="btn primary" part="register-button" @click=${() => void this.register()}>${this.m('register')}</button>`;
    return html`<div class="stack">
      <div><h2 id="list-heading" tabindex="-1" part="heading">${this.m('title')}</h2><p class="lead">${this.m('lead')}</p></div>
      ${this.canList
        ? renderListScreen({
            ...{ loc: this.loc, list: this.list, caption: this.m('caption'), columns: saleColumns(this), filters: saleFilters(this), actions: register },
            ...{ empty: this.list.query.search || Object.keys(this.list.query.filters).length ? this.m('empty') : this.m('emptyAll'), clear: this.clearFilters },
            ...{ rowId: (r: SaleRow) => r.id, open: (r: SaleRow) => void this.openSale(r.id), marked: this.marked },
          })
        : noMethodAlert(this.loc, this.method)}
    </div>`;
  }

  private renderDetail() {
    const sale = this.decided ?? this.detailTask.value;
    if (!sale) return html``;
    const canDecide = !!(this.api?.approveSale && this.api.rejectSale);
    return renderSaleDetail(this, {
      ...{ sale, canDecide, deciding: this.deciding.busy, failure: this.deciding.state === 'failed' ? this.deciding.error : null },
      ...{ decide: (approve: boolean) => void this.decide(approve), retry: () => void this.decide(this.lastDecision), back: () => void this.back() },
    });
  }
}
