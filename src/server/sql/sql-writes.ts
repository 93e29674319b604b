/** The writes of the SQL repository, inside a transaction: each stamps the seller's seller_org_id. */
import type { License, Purchase } from '../../schemas/license.js';
import type { Order } from '../../schemas/order.js';
import type { RepositoryReads, RepositoryTransaction } from '../repository.js';
import type { SqlQueryable } from './database.js';
import { num, str } from './sql-rows.js';
import { saleWrites } from './sql-sales.js';
import { subscriptionWrites } from './sql-subscriptions.js';
import { licensesFromStock } from '../../core/quotes.js';

/** The repository's writes over a transaction. */
export function writes(q: SqlQueryable): Omit<RepositoryTransaction, keyof RepositoryReads> {
  const insertLicense = (sellerId: string, l: License, purchaseId: string | null) =>
    q.query(
      `INSERT INTO licenses (seller_org_id, id, purchase_id, product_id, account_id, contract_id, start_date, end_date, status, from_stock)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [sellerId, l.id, purchaseId, l.productId, l.accountId, l.contractId, l.startDate, l.endDate, l.status, l.fromStock],
    );
  return {
    async claimKey(sellerId, key, fingerprint) {
      const inserted = await q.query(
        'INSERT INTO idempotency_keys (seller_org_id, key, fingerprint, status) VALUES ($1, $2, $3, 0) ON CONFLICT (seller_org_id, key) DO NOTHING RETURNING key',
        [sellerId, key, fingerprint],
      );
      if (inserted.length) return null;
      const [r] = await q.query('SELECT fingerprint, status, body FROM idempotency_keys WHERE seller_org_id = $1 AND key = $2', [sellerId, key]);
      return { fingerprint: str(r!.fingerprint), response: { status: num(r!.status), body: r!.body } };
    },
    async saveResponse(sellerId, key, response) {
      await q.query('UPDATE idempotency_keys SET status = $3, body = $4::json WHERE seller_org_id = $1 AND key = $2', [sellerId, key, response.status, JSON.stringify(response.body)]);
    },
    async insertOrganization(sellerId, o) {
      await q.query('INSERT INTO organizations (seller_org_id, id, name, kind, parent_id, country) VALUES ($1, $2, $3, $4, $5, $6)', [sellerId, o.id, o.name, o.kind, o.parentId, o.country ?? null]);
    },
    ...saleWrites(q),
    ...subscriptionWrites(q),
    async setContractAccount(scope, contractId, accountId) {
      await q.query('UPDATE contracts SET account_id = $3 WHERE seller_org_id = ANY($1::text[]) AND id = $2', [scope, contractId, accountId]);
    },
    async takeStock(scope, contractId, productId, wanted) {
      const [r] = await q.query('SELECT seller_org_id, available FROM stock WHERE seller_org_id = ANY($1::text[]) AND contract_id = $2 AND product_id = $3 FOR UPDATE', [scope, contractId, productId]);
      if (!r) return 0;
      const taken = licensesFromStock(num(r.available), wanted);
      await q.query('UPDATE stock SET available = available - $4 WHERE seller_org_id = $1 AND contract_id = $2 AND product_id = $3', [r.seller_org_id, contractId, productId, taken]);
      return taken;
    },
    async insertPurchase(sellerId, p: Purchase) {
      await q.query('INSERT INTO purchases (seller_org_id, id, currency, total, created_at) VALUES ($1, $2, $3, $4, $5)', [sellerId, p.id, p.total.currency, p.total.minor, p.createdAt]);
      for (const l of p.licenses) await insertLicense(sellerId, l, p.id);
    },
    async claimDomain(sellerId, ascii) {
      return (await q.query('INSERT INTO taken_domains (ascii, seller_org_id) VALUES ($1, $2) ON CONFLICT (ascii) DO NOTHING RETURNING ascii', [ascii, sellerId])).length > 0;
    },
    // One sequence for every counter and seller: numbers are unique and never wait for another
    // transaction; they may skip (a rolled-back create does not give its number back).
    async nextNumber() {
      const [r] = await q.query("SELECT nextval('record_numbers') AS value");
      return num(r!.value);
    },
    async insertOrder(sellerId, o: Order) {
      await q.query(
        `INSERT INTO orders (seller_org_id, id, kind, status, package_id, currency, payment_method, postponed_billing, first_charge_date, company_name,
           credentials_sent_to, credentials_to_author, domain, monthly_price, users, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12, $13, $14, $15, $16)`,
        [sellerId, o.id, o.kind, o.status, o.packageId, o.currency, o.paymentMethod, o.postponedBilling, o.firstChargeDate, o.companyName, o.credentialsSentTo, o.credentialsToAuthor ?? null, o.domain, o.monthlyPrice ?? null, o.users ?? null, o.createdAt],
      );
    },
    async savePlan(scope, sellerId, plan) {
      const updated = await q.query('UPDATE plans SET document = $3::json, product_id = $4 WHERE seller_org_id = ANY($1::text[]) AND id = $2 RETURNING id', [scope, plan.id, JSON.stringify(plan), plan.productId]);
      if (!updated.length) await q.query('INSERT INTO plans (seller_org_id, id, product_id, document) VALUES ($1, $2, $3, $4::json)', [sellerId, plan.id, plan.productId, JSON.stringify(plan)]);
    },
  };
}
