import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SubscriptionAdapter } from '../../src/adapter/types.js';
import { ListElement } from '../../src/context/list-element.js';
import { type Subscription, subscriptionResponses } from '../../src/schemas/subscription.js';
import { CkAlert } from '../../src/ui/alert.js';
import type { ListPage, ListQuery } from '../../src/ui/controllers/list-query.js';
import { noMethodAlert, renderListScreen } from '../../src/ui/data-table.js';
import { listElementStyles } from '../../src/ui/data-table.styles.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type SubscriptionListMessage } from './messages.js';
import type { SubscriptionListView } from './view.js';
import { subscriptionColumns, subscriptionFilters } from './views/table.js';

/**
 * The customers' running subscriptions (what orders and license purchases left), with their
 * plan, quantity, term end and any scheduled change, searched, filtered (from orders or licenses;
 * active or ended), sorted and paged by the backend. Opening one asks the host
 * (`subscription-open-requested`), or with `create-in-place` opens `<subscription-change>` here and
 * comes back with the subscription as changed. Needs an adapter with `listSubscriptions`
 * (RestListAdapter from channelkit/adapter/lists).
 *
 * @summary The customers' subscriptions, each opening its change.
 * @tagname subscription-list
 * @fires subscription-open-requested - The user opened a subscription (without `create-in-place`); detail `{ subscriptionId }`.
 * @fires list-query-change - The user changed the search, a filter, the sort or the page; detail `{ query }` (for the host's URL).
 * @csspart heading - The list's heading.
 * @csspart list-bar - The search box and the filters.
 * @csspart search - The search box.
 * @csspart filter - Each filter's select.
 * @csspart table - The table of subscriptions.
 * @csspart sort-button - Each column's sort button.
 * @csspart row - Each subscription.
 * @csspart new-mark - "New" (or "Updated"), beside the record just created (or changed) in place; its row is then marked.
 * @csspart row-button - The customer's name, which opens the change.
 * @csspart scheduled-mark - The mark of a scheduled change.
 * @csspart empty - What is said when no subscription matches.
 * @csspart pager - The pages.
 * @cssprop --ck-color-primary - Actions, focus and links.
 * @cssprop --ck-font-family - Font.
 */
export class SubscriptionList extends ListElement<Partial<SubscriptionAdapter>, Subscription> implements SubscriptionListView {
  protected static override responses = subscriptionResponses;
  static override styles = listElementStyles;
  static override dependencies = { 'ck-alert': CkAlert };

  /** Only subscriptions from `order`s or from `license` purchases; empty for all. */
  @property() source = '';
  /** Only `active` or `ended` subscriptions; empty for all. */
  @property() status = '';

  protected readonly filterNames = ['source', 'status'] as const;
  protected readonly method = 'listSubscriptions';
  /** The subscription whose change is open in place. */
  @state() private changing: string | null = null;

  m(key: SubscriptionListMessage, params?: Record<string, string | number>): string { return msg(this.loc, key, params); }
  protected fetchPage(api: Partial<SubscriptionAdapter>, query: ListQuery, signal: AbortSignal): Promise<ListPage<Subscription>> | null {
    return api.listSubscriptions ? api.listSubscriptions(query, signal) : null;
  }
  protected countText(total: number): string { return total ? this.m('count', { count: total }) : this.m('noMatch'); }

  private open(s: Subscription): void {
    if (!this.createInPlace) return void this.emit('subscription-open-requested', { subscriptionId: s.id });
    this.changing = s.id;
    void this.openCreation();
  }

  private readonly changed = (e: GlobalEventHandlersEventMap['subscription-changed']): void => {
    this.changing = null;
    void this.created(e.detail.result.subscription.id, this.m('changed'), 'updated');
  };

  protected override render() {
    return this.renderPanel(() => this.renderBody());
  }

  private renderBody() {
    if (this.creating && this.changing) {
      const flow = html`<subscription-change subscription-id=${this.changing} .draftKey=${this.draftKey} .adapter=${this.adapter as never} .clock=${this.clock} locale=${this.locale ?? ''} @subscription-changed=${this.changed}></subscription-change>`;
      return this.renderCreation(flow, '[part=row-button]');
    }
    const { query } = this.list;
    const body = this.canList
      ? renderListScreen({
          ...{ loc: this.loc, list: this.list, caption: this.m('caption'), columns: subscriptionColumns(this), filters: subscriptionFilters(this) },
          ...{ empty: query.search || Object.keys(query.filters).length ? this.m('empty') : this.m('emptyAll'), clear: this.clearFilters },
          ...{ rowId: (s: Subscription) => s.id, open: (s: Subscription) => this.open(s), marked: this.marked },
        })
      : noMethodAlert(this.loc, this.method);
    return html`<div class="stack">
      <div><h2 id="list-heading" tabindex="-1" part="heading">${this.m('title')}</h2><p class="lead">${this.m('lead')}</p></div>
      ${body}
    </div>`;
  }
}
