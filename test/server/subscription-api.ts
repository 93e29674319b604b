// The subscriptions API as the tests call it: the widget's preview (changeQuote over the record's
// terms) and a change sent with that preview's figures.
import assert from 'node:assert/strict';
import { changeQuote } from '../../src/core/change-quote.js';
import type { CalendarDate } from '../../src/core/dates.js';
import { listPageSchema, listQueryParams } from '../../src/schemas/lists.js';
import { changeDate, requestedChange, subscriptionDetailSchema, subscriptionSchema, subscriptionTerms, type Subscription, type SubscriptionDetail } from '../../src/schemas/subscription.js';
import { createServer, type ServerOptions } from '../../src/server/app.js';
import type { Repository } from '../../src/server/repository.js';
import { DEMO_PRINCIPAL } from '../../src/server/seed.js';
import { pinned } from './support.js';

export function api(repository: Repository, options: Partial<ServerOptions> = {}) {
  const handler = createServer({ repository, defaultPrincipal: DEMO_PRINCIPAL, ...options });
  const call = async (path: string, init?: RequestInit) => {
    const r = await handler(new Request(`http://x/api${path}`, init));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read fields of many response shapes
    return { status: r.status, headers: r.headers, body: (await r.json()) as any };
  };
  const post = (path: string, body?: unknown, key: string = crypto.randomUUID()) =>
    call(path, { method: 'POST', headers: { 'Idempotency-Key': key, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const all = async (query: Parameters<typeof listQueryParams>[0] = {}): Promise<Subscription[]> => {
    const r = await call(`/subscriptions?${listQueryParams({ pageSize: 100, ...query })}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return listPageSchema(subscriptionSchema).parse(r.body).items;
  };
  const detail = async (id: string): Promise<SubscriptionDetail> => {
    const r = await call(`/subscriptions/${id}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return subscriptionDetailSchema.parse(r.body);
  };
  /** The preview the widget makes: changeQuote of the record's terms, on the record's change date. */
  const preview = (d: SubscriptionDetail, input: { kind: 'change' | 'renew'; quantity?: number; planId?: string }, today: CalendarDate, now?: string) =>
    changeQuote(subscriptionTerms(d.subscription, today, now), requestedChange(input, d.plans, d.subscription.planId)!, changeDate(d.subscription, today));
  /** A change as the widget sends it: its preview's total and term end, made today. */
  const change = (d: SubscriptionDetail, input: { kind: 'change' | 'renew'; quantity?: number; planId?: string }, today: CalendarDate, key?: string, now?: string) => {
    const q = preview(d, input, today, now);
    const refund = q.refund ? { refundQuantity: q.refund.quantity } : {};
    return post(`/subscriptions/${d.subscription.id}/changes`, { ...input, etag: d.subscription.etag, quotedOn: today, expected: { total: q.total, endDate: q.after.termEnd }, ...refund }, key);
  };
  return { call, post, all, detail, preview, change, handler };
}

export const at = (day: CalendarDate) => pinned(`${day}T12:00:00Z`);
