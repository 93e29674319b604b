/**
 * Subscriptions in SQL: the catalog of plans, the subscriptions (a scheduled change as columns of
 * its row) and their changes. Reads filter by the scope's seller_org_id; a save compares and sets
 * on the etag, so two requests that changed the same version cannot both land.
 */
import type { PriceListVersion } from '../../core/economics.js';
import type { PriceOverride, SeatBatchRecord } from '../../schemas/subscription.js';
import type { CatalogPlan, Scope, SubscriptionChangeRecord, SubscriptionRecord } from '../repository.js';
import type { Row, SqlQueryable } from './database.js';
import { planVersionReads, planVersionWrites } from './sql-plan-versions.js';
import { num, str } from './sql-rows.js';

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${column}`;
const COLUMNS = `seller_org_id, id, source, source_id, customer_name, product_name, product_key, plan_id, plan_name, billing_type, currency, unit,
  quantity, period_max_quantity, period_max_until, max_quantity, unit_price, period_fee, renewal_fee, anchor_date, billing_day, period_months,
  term_months, term_end, auto_renew, renewable, status, pending_effective_date, pending_plan_id, pending_plan_name, pending_quantity,
  pending_unit_price, pending_period_fee, account_id, contract_id, settle_on, etag, batches, refund_window_hours, plan_version, service_plan_id, price_override`;
const SELECT = `SELECT ${COLUMNS}, ${iso('created_at')} FROM subscriptions WHERE seller_org_id = ANY($1::text[])`;

function subscription(r: Row): SubscriptionRecord {
  return {
    id: str(r.id),
    source: r.source as SubscriptionRecord['source'],
    sourceId: str(r.source_id),
    customerName: str(r.customer_name),
    productName: str(r.product_name),
    planId: str(r.plan_id),
    planName: str(r.plan_name),
    ...(r.plan_version === null || r.plan_version === undefined ? {} : { planVersion: num(r.plan_version) }),
    billingType: r.billing_type as SubscriptionRecord['billingType'],
    currency: str(r.currency),
    unit: r.unit as SubscriptionRecord['unit'],
    quantity: num(r.quantity),
    periodMaxQuantity: num(r.period_max_quantity),
    maxQuantity: (r.max_quantity as number | null) ?? null,
    unitPrice: num(r.unit_price),
    periodFee: num(r.period_fee),
    renewalFee: num(r.renewal_fee),
    anchorDate: str(r.anchor_date),
    billingDay: num(r.billing_day),
    periodMonths: num(r.period_months),
    termMonths: num(r.term_months),
    termEnd: str(r.term_end),
    autoRenew: r.auto_renew as boolean,
    renewable: r.renewable as boolean,
    status: r.status as SubscriptionRecord['status'],
    pendingChange:
      r.pending_effective_date === null
        ? null
        : {
            effectiveDate: str(r.pending_effective_date),
            planId: str(r.pending_plan_id),
            planName: str(r.pending_plan_name),
            quantity: num(r.pending_quantity),
            unitPrice: num(r.pending_unit_price),
            periodFee: num(r.pending_period_fee),
          },
    etag: str(r.etag),
    productKey: str(r.product_key),
    periodMaxUntil: str(r.period_max_until),
    settleOn: str(r.settle_on),
    accountId: (r.account_id as string | null) ?? null,
    contractId: (r.contract_id as string | null) ?? null,
    createdAt: str(r.created_at),
    ...(r.service_plan_id === null || r.service_plan_id === undefined ? {} : { servicePlanId: str(r.service_plan_id) }),
    ...(r.batches === null || r.batches === undefined ? {} : { batches: (typeof r.batches === 'string' ? JSON.parse(r.batches) : r.batches) as SeatBatchRecord[] }),
    ...(r.refund_window_hours === null || r.refund_window_hours === undefined ? {} : { refundWindowHours: num(r.refund_window_hours) }),
    ...(r.price_override === null || r.price_override === undefined ? {} : { priceOverride: (typeof r.price_override === 'string' ? JSON.parse(r.price_override) : r.price_override) as PriceOverride }),
  };
}

/** The columns after seller_org_id, in COLUMNS' order, and created_at. */
function values(s: SubscriptionRecord): unknown[] {
  const p = s.pendingChange;
  return [
    s.id, s.source, s.sourceId, s.customerName, s.productName, s.productKey, s.planId, s.planName, s.billingType, s.currency, s.unit,
    s.quantity, s.periodMaxQuantity, s.periodMaxUntil, s.maxQuantity, s.unitPrice, s.periodFee, s.renewalFee, s.anchorDate, s.billingDay, s.periodMonths,
    s.termMonths, s.termEnd, s.autoRenew, s.renewable, s.status, p?.effectiveDate ?? null, p?.planId ?? null, p?.planName ?? null, p?.quantity ?? null,
    p?.unitPrice ?? null, p?.periodFee ?? null, s.accountId, s.contractId, s.settleOn, s.etag,
    s.batches ? JSON.stringify(s.batches) : null, s.refundWindowHours ?? null, s.planVersion ?? null, s.servicePlanId ?? null, s.priceOverride ? JSON.stringify(s.priceOverride) : null, s.createdAt,
  ];
}

const NAMES = [...COLUMNS.split(',').map((c) => c.trim()), 'created_at'];
const placeholders = (from: number, count: number) => Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');

function plan(r: Row): CatalogPlan {
  return {
    productKey: str(r.product_key),
    id: str(r.id),
    name: str(r.name),
    billingType: r.billing_type as CatalogPlan['billingType'],
    currency: str(r.currency),
    unitPrice: num(r.unit_price),
    periodFee: num(r.period_fee),
    renewalFee: num(r.renewal_fee),
    maxQuantity: (r.max_quantity as number | null) ?? null,
    active: r.active as boolean,
    economics:
      r.unit_cost === null || r.unit_cost === undefined
        ? null
        : { cost: { unitPrice: num(r.unit_cost), periodFee: num(r.period_cost) }, list: { unitPrice: num(r.unit_list_price), periodFee: num(r.period_list_price) } },
    ...(r.refund_window_hours === null || r.refund_window_hours === undefined ? {} : { refundWindowHours: num(r.refund_window_hours) }),
  };
}

export function subscriptionReads(q: SqlQueryable) {
  return {
    async subscriptions(scope: Scope) {
      return (await q.query(`${SELECT} ORDER BY seq`, [scope])).map(subscription);
    },
    async subscription(scope: Scope, subscriptionId: string) {
      const [r] = await q.query(`${SELECT} AND id = $2`, [scope, subscriptionId]);
      return r ? subscription(r) : null;
    },
    async subscriptionsOfSource(scope: Scope, source: SubscriptionRecord['source'], sourceId: string) {
      return (await q.query(`${SELECT} AND source = $2 AND source_id = $3 AND status = 'active' ORDER BY seq`, [scope, source, sourceId])).map(subscription);
    },
    async subscriptionsOfPlan(scope: Scope, productKey: string, planId: string) {
      return (await q.query(`${SELECT} AND ((product_key = $2 AND plan_id = $3) OR service_plan_id = $3) ORDER BY seq`, [scope, productKey, planId])).map(subscription);
    },
    ...planVersionReads(q),
    async dueSubscriptions(scope: Scope, today: string) {
      return (await q.query("SELECT id FROM subscriptions WHERE seller_org_id = ANY($1::text[]) AND status = 'active' AND settle_on <= $2 ORDER BY seq", [scope, today])).map((r) => str(r.id));
    },
    async subscriptionPlans(scope: Scope, productKey: string) {
      return (await q.query('SELECT * FROM subscription_plans WHERE seller_org_id = ANY($1::text[]) AND product_key = $2 ORDER BY seq', [scope, productKey])).map(plan);
    },
    async priceLists(scope: Scope, tier: string) {
      const rows = await q.query('SELECT * FROM price_list_versions WHERE seller_org_id = ANY($1::text[]) AND tier = $2 ORDER BY effective_from', [scope, tier]);
      return rows.map((r) => ({ tier: str(r.tier), effectiveFrom: str(r.effective_from), prices: (typeof r.prices === 'string' ? JSON.parse(r.prices) : r.prices) as PriceListVersion['prices'] }));
    },
  };
}

export function subscriptionWrites(q: SqlQueryable) {
  return {
    ...planVersionWrites(q),
    async saveSubscription(scope: Scope, sellerId: string, s: SubscriptionRecord, expectedEtag: string | null) {
      if (expectedEtag === null) {
        await q.query(`INSERT INTO subscriptions (${NAMES.join(', ')}) VALUES ($1, ${placeholders(2, NAMES.length - 1)})`, [sellerId, ...values(s)]);
        return true;
      }
      // Everything but the key (seller_org_id, id) and created_at is replaced.
      const set = NAMES.slice(2, -1).map((name, i) => `${name} = $${i + 4}`);
      const updated = await q.query(`UPDATE subscriptions SET ${set.join(', ')} WHERE seller_org_id = ANY($1::text[]) AND id = $2 AND etag = $3 RETURNING id`, [
        scope,
        s.id,
        expectedEtag,
        ...values(s).slice(1, -1),
      ]);
      return updated.length > 0;
    },
    async insertSubscriptionChange(scope: Scope, c: SubscriptionChangeRecord) {
      await q.query(
        `INSERT INTO subscription_changes (seller_org_id, id, subscription_id, kind, applies, effective_date, quote, currency, due_now, credit_balance, created_at)
         SELECT seller_org_id, $3, id, $4, $5, $6, $7::json, $8, $9, $10, $11 FROM subscriptions WHERE seller_org_id = ANY($1::text[]) AND id = $2`,
        [scope, c.subscriptionId, c.id, c.kind, c.applies, c.effectiveDate, JSON.stringify(c.quote), c.dueNow.currency, c.dueNow.minor, c.creditBalance.minor, c.createdAt],
      );
    },
    async addSubscriptionPlans(sellerId: string, plans: readonly CatalogPlan[]) {
      if (!plans.length) return;
      const params: unknown[] = [sellerId];
      const rows = plans.map((p) => {
        const e = p.economics;
        params.push(p.productKey, p.id, p.currency, p.billingType, p.name, p.unitPrice, p.periodFee, p.renewalFee, p.maxQuantity, p.active);
        params.push(e?.cost.unitPrice ?? null, e?.cost.periodFee ?? null, e?.list.unitPrice ?? null, e?.list.periodFee ?? null, p.refundWindowHours ?? null);
        return `($1, ${placeholders(params.length - 14, 15)})`;
      });
      await q.query(
        `INSERT INTO subscription_plans (seller_org_id, product_key, id, currency, billing_type, name, unit_price, period_fee, renewal_fee, max_quantity, active,
           unit_cost, period_cost, unit_list_price, period_list_price, refund_window_hours)
         VALUES ${rows.join(', ')} ON CONFLICT (seller_org_id, product_key, id, currency, billing_type) DO NOTHING`,
        params,
      );
    },
    async updateLicenses(scope: Scope, ids: readonly string[], patch: { productId?: string; endDate?: string }) {
      if (!ids.length) return;
      await q.query('UPDATE licenses SET product_id = COALESCE($3, product_id), end_date = COALESCE($4::date, end_date) WHERE seller_org_id = ANY($1::text[]) AND id = ANY($2::text[])', [
        scope,
        ids,
        patch.productId ?? null,
        patch.endDate ?? null,
      ]);
    },
  };
}
