import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ListAdapter } from '../../src/adapter/types.js';
import { ListElement } from '../../src/context/list-element.js';
import { type LicenseRow, listResponses } from '../../src/schemas/lists.js';
import { CkAlert } from '../../src/ui/alert.js';
import type { ListPage, ListQuery } from '../../src/ui/controllers/list-query.js';
import { noMethodAlert, renderListScreen } from '../../src/ui/data-table.js';
import type {} from './events.js'; // the event map its emits are typed by
import { licenseListStyles } from './license-list.styles.js';
import { type LicenseListMessage, msg } from './messages.js';
import { LICENSE_FILTERS, rowIdOf } from './model.js';
import type { LicenseListView } from './view.js';
import { licenseColumns, licenseFilters } from './views/table.js';

/**
 * The Active tab of an account: its device licenses grouped by product, each line with its
 * quantity, start and end dates, the days left and an "expires this month" mark, filtered by
 * Active (every license still running), Expiring or Expired, sorted and paged by the backend.
 * Buy asks the host (`license-buy-requested`), or with `create-in-place` opens
 * `<license-purchase>` here and comes back with the new licenses listed (co-termed with the
 * existing ones). Running licenses offer Renew and Add licenses: their subscription in
 * `<subscription-change>` (in place with `create-in-place`, else `subscription-open-requested`).
 * Needs an adapter with `listLicenses` (RestListAdapter from channelkit/adapter/lists).
 *
 * @summary An account's device licenses (the Active tab), with Buy.
 * @tagname license-list
 * @fires license-buy-requested - The user pressed Buy (without `create-in-place`); detail `{ accountId }`.
 * @fires subscription-open-requested - Renew or Add licenses was pressed (without `create-in-place`); detail `{ subscriptionId }`.
 * @fires list-query-change - The user changed the search, the filter, the sort or the page; detail `{ query }` (for the host's URL).
 * @csspart heading - The list's heading.
 * @csspart list-bar - The search box, the filter and Buy.
 * @csspart search - The search box.
 * @csspart filter - The status filter's select.
 * @csspart buy-button - Buy.
 * @csspart renew-button - A row's Renew.
 * @csspart add-button - A row's Add licenses.
 * @csspart table - The table of licenses.
 * @csspart group - The rows of one product.
 * @csspart sort-button - Each column's sort button.
 * @csspart row - Each line of licenses.
 * @csspart new-mark - "New" (or "Updated"), beside the record just created (or changed) in place; its row is then marked.
 * @csspart expires-mark - The "expires this month" mark.
 * @csspart empty - What is said when no license matches.
 * @csspart pager - The pages.
 * @cssprop --ck-color-primary - Actions, focus and links.
 * @cssprop --ck-font-family - Font.
 */
export class LicenseList extends ListElement<Partial<ListAdapter>, LicenseRow> implements LicenseListView {
  protected static override responses = listResponses;
  static override styles = licenseListStyles;
  static override dependencies = { 'ck-alert': CkAlert };

  /** The account whose licenses are listed. */
  @property({ attribute: 'account-id' }) accountId = '';
  /** Only `active` (every license still running), `expiring` or `expired` licenses; empty for all. */
  @property() status = '';

  /** The subscription whose Renew or Add licenses is open in place. */
  @state() private changing: { id: string; action: 'change' | 'renew' } | null = null;

  protected readonly filterNames = LICENSE_FILTERS;
  protected readonly method = 'listLicenses';

  m(key: LicenseListMessage, params?: Record<string, string | number>): string { return msg(this.loc, key, params); }
  protected fetchPage(api: Partial<ListAdapter>, query: ListQuery, signal: AbortSignal): Promise<ListPage<LicenseRow>> | null {
    return api.listLicenses && this.accountId ? api.listLicenses(this.accountId, query, signal) : null;
  }
  protected countText(total: number): string { return total ? this.m('count', { count: total }) : this.m('noMatch'); }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another account: its licenses from the first page.
    if (changed.has('accountId') && changed.get('accountId') !== undefined) this.list.setQuery({ page: 1 });
  }

  private buy(): void {
    this.changing = null;
    if (this.createInPlace) void this.openCreation();
    else this.emit('license-buy-requested', { accountId: this.accountId });
  }

  /** Renew or Add licenses: the row's subscription in <subscription-change>, in place or by the host. */
  changeLicenses(row: LicenseRow, action: 'change' | 'renew'): void {
    if (!row.subscriptionId) return;
    if (!this.createInPlace) return void this.emit('subscription-open-requested', { subscriptionId: row.subscriptionId });
    this.changing = { id: row.subscriptionId, action };
    void this.openCreation();
  }

  private readonly licensesChanged = (): void => {
    this.changing = null;
    void this.created(null, this.m('changed'));
  };

  private readonly purchased = (e: GlobalEventHandlersEventMap['licenses-purchased']): void => {
    const licenses = e.detail.purchase.licenses;
    const mine = licenses.find((l) => l.accountId === this.accountId);
    void this.created(mine ? rowIdOf(mine) : null, this.m('bought', { count: licenses.length }));
  };

  protected override render() {
    return this.renderPanel(() => this.renderBody());
  }

  private renderBody() {
    if (this.creating && this.changing) {
      const change = html`<subscription-change subscription-id=${this.changing.id} action=${this.changing.action} .draftKey=${this.draftKey} .adapter=${this.adapter as never} .clock=${this.clock} locale=${this.locale ?? ''} @subscription-changed=${this.licensesChanged}></subscription-change>`;
      return this.renderCreation(change, '[part=buy-button]');
    }
    if (this.creating) {
      // The list's own adapter, if it has one, serves the purchase too (typed as the purchase's: this class cannot name it).
      const flow = html`<license-purchase open .draftKey=${this.draftKey} .adapter=${this.adapter as never} .clock=${this.clock} locale=${this.locale ?? ''} @licenses-purchased=${this.purchased}></license-purchase>`;
      return this.renderCreation(flow, '[part=buy-button]');
    }
    const buy = html`<button type="button" class="btn primary" part="buy-button" @click=${() => this.buy()}>${this.m('buy')}</button>`;
    const { query } = this.list;
    let body: unknown = noMethodAlert(this.loc, this.method);
    if (this.canList && !this.accountId) body = html`<ck-alert variant="info" part="no-account">${this.m('noAccount')}</ck-alert>`;
    else if (this.canList) {
      body = renderListScreen({
        ...{ loc: this.loc, list: this.list, caption: this.m('caption'), columns: licenseColumns(this), filters: licenseFilters(this), actions: buy },
        ...{ empty: query.search || Object.keys(query.filters).length ? this.m('empty') : this.m('emptyAll'), clear: this.clearFilters },
        ...{ rowId: (r: LicenseRow) => r.id, group: (r: LicenseRow) => r.productName, marked: this.marked },
      });
    }
    return html`<div class="stack">
      <div><h2 id="list-heading" tabindex="-1" part="heading">${this.m('title')}</h2><p class="lead">${this.m('lead')}</p></div>
      ${body}
    </div>`;
  }
}
