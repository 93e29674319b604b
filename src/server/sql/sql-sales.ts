/**
 * Sales in SQL: a page of the sales list (filtered, sorted and paged by PostgreSQL, in the order
 * src/server/sale-list.ts defines for memory), a sale's detail, and its writes. Text sorts and
 * searches by the name keys the server computed (nameKey of src/schemas), in code point order
 * (COLLATE "C"), then by id, so SQL and memory agree row for row.
 */
import { nameKey } from '../../schemas/common.js';
import { SALE_STATUSES, SALES_DEFAULT_SORT, type SaleRow, type SaleStatus } from '../../schemas/lists.js';
import type { SaleRecord, SalesPageQuery, Scope, StoredSale } from '../repository.js';
import { distributionsKey } from '../sale-list.js';
import type { Row, SqlQueryable } from './database.js';
import { num, str } from './sql-rows.js';

/** An instant as the ISO text the server stamps (toISOString), not a Date. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** ORDER BY of each sort key, given ASC or DESC. */
const ORDER: Record<string, (dir: string) => string> = {
  name: (d) => `s.name_key COLLATE "C" ${d}`,
  organization: (d) => `s.organization_key COLLATE "C" ${d}`,
  distributions: (d) => `s.distributions_key COLLATE "C" ${d}`,
  userCount: (d) => `s.user_count ${d}`,
  total: (d) => `s.currency COLLATE "C" ${d}, s.total ${d}`,
  status: (d) => `array_position(ARRAY[${SALE_STATUSES.map((x) => `'${x}'`).join(', ')}]::text[], s.status) ${d}`,
  activationDate: (d) => `s.activation_date ${d}`,
  cancellationDate: (d) => `s.cancellation_date ${d}`,
  createdAt: (d) => `s.created_at ${d}`,
};

/** A LIKE pattern matching `text` anywhere, with LIKE's own characters escaped. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

function saleRow(r: Row): SaleRow {
  return {
    id: str(r.id),
    name: str(r.name),
    status: r.status as SaleStatus,
    organizationId: str(r.organization_id),
    organizationName: str(r.organization_name),
    sellerOrganizationId: str(r.seller_org_id),
    distributions: r.distributions as string[],
    userCount: num(r.user_count),
    total: { currency: str(r.currency), minor: num(r.total) },
    activationDate: str(r.activation_date),
    cancellationDate: str(r.cancellation_date),
    createdAt: str(r.created_at),
  };
}

const ROW_COLUMNS = `s.seller_org_id, s.id, s.name, s.status, s.organization_id, s.organization_name, s.user_count, s.currency, s.total,
  s.activation_date, s.cancellation_date, ${iso('s.created_at')} AS created_at,
  ARRAY(SELECT l.distribution_name FROM sale_lines l WHERE l.seller_org_id = s.seller_org_id AND l.sale_id = s.id ORDER BY l.position) AS distributions`;

export function saleReads(q: SqlQueryable) {
  return {
    async salesPage(scope: Scope, query: SalesPageQuery): Promise<{ items: SaleRow[]; total: number }> {
      const params: unknown[] = [scope];
      let where = 's.seller_org_id = ANY($1::text[])';
      if (query.filters.status) {
        params.push(query.filters.status);
        where += ` AND s.status = $${params.length}`;
      }
      const key = nameKey(query.search);
      if (key) {
        params.push(containing(key));
        where += ` AND (s.name_key LIKE $${params.length} ESCAPE '\\' OR s.organization_key LIKE $${params.length} ESCAPE '\\')`;
      }
      const [count] = await q.query(`SELECT count(*) AS n FROM sales s WHERE ${where}`, params);
      const sort = query.sort ?? SALES_DEFAULT_SORT;
      const order = `${ORDER[sort.key]!(sort.direction === 'desc' ? 'DESC' : 'ASC')}, s.id COLLATE "C" ASC`;
      const rows = await q.query(`SELECT ${ROW_COLUMNS} FROM sales s WHERE ${where} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
        ...params,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ]);
      return { items: rows.map(saleRow), total: num(count!.n) };
    },

    async sale(scope: Scope, saleId: string): Promise<StoredSale | null> {
      const [r] = await q.query(
        `SELECT ${ROW_COLUMNS}, s.customer_po, s.order_number, s.billing_method_id, s.comment, ${iso('s.approve_at')} AS approve_at
         FROM sales s WHERE s.seller_org_id = ANY($1::text[]) AND s.id = $2`,
        [scope, saleId],
      );
      if (!r) return null;
      const key = [r.seller_org_id, saleId];
      const lines = await q.query('SELECT * FROM sale_lines WHERE seller_org_id = $1 AND sale_id = $2 ORDER BY position', key);
      const users = await q.query('SELECT first_name, last_name, email FROM sale_users WHERE seller_org_id = $1 AND sale_id = $2 ORDER BY position', key);
      const history = await q.query(`SELECT status, ${iso('at')} AS at, note FROM sale_status_history WHERE seller_org_id = $1 AND sale_id = $2 ORDER BY position`, key);
      const row = saleRow(r);
      const currency = row.total.currency;
      const sale: StoredSale = {
        id: row.id,
        status: row.status,
        name: row.name,
        organizationId: row.organizationId,
        organizationName: row.organizationName,
        activationDate: row.activationDate,
        cancellationDate: row.cancellationDate,
        lines: lines.map((l) => ({
          distributionId: str(l.distribution_id),
          distributionName: str(l.distribution_name),
          users: num(l.users),
          unitPrice: { currency, minor: num(l.unit_price) },
          total: { currency, minor: num(l.total) },
          keyLengthDays: num(l.key_length_days),
        })),
        total: row.total,
        customerPo: str(r.customer_po),
        orderNumber: str(r.order_number),
        billingMethodId: str(r.billing_method_id),
        comment: str(r.comment),
        createdAt: row.createdAt,
        users: users.map((u) => ({ firstName: str(u.first_name), lastName: str(u.last_name), email: str(u.email) })),
        statusHistory: history.map((h) => ({ status: h.status as SaleStatus, at: str(h.at), note: str(h.note) })),
        sellerOrganizationId: row.sellerOrganizationId,
      };
      if (r.approve_at) sale.approveAt = str(r.approve_at);
      return sale;
    },

    async dueSales(scope: Scope, now: string) {
      const rows = await q.query(
        `SELECT id, ${iso('approve_at')} AS approve_at FROM sales WHERE seller_org_id = ANY($1::text[]) AND status = 'pending-approval' AND approve_at <= $2::timestamptz ORDER BY approve_at, id`,
        [scope, now],
      );
      return rows.map((r) => ({ id: str(r.id), approveAt: str(r.approve_at) }));
    },
  };
}

export function saleWrites(q: SqlQueryable) {
  return {
    async insertSale(sellerId: string, s: SaleRecord): Promise<void> {
      await q.query(
        `INSERT INTO sales (seller_org_id, id, status, name, organization_id, organization_name, activation_date, cancellation_date, currency, total,
           customer_po, order_number, billing_method_id, comment, created_at, name_key, organization_key, distributions_key, user_count, approve_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
        [
          sellerId,
          s.id,
          s.status,
          s.name,
          s.organizationId,
          s.organizationName,
          s.activationDate,
          s.cancellationDate,
          s.total.currency,
          s.total.minor,
          s.customerPo,
          s.orderNumber,
          s.billingMethodId,
          s.comment,
          s.createdAt,
          nameKey(s.name),
          nameKey(s.organizationName),
          distributionsKey(s.lines.map((l) => l.distributionName)),
          s.lines.reduce((n, l) => n + l.users, 0),
          s.approveAt ?? null,
        ],
      );
      const key = [sellerId, s.id];
      const ls = s.lines;
      await q.query(
        `INSERT INTO sale_lines (seller_org_id, sale_id, position, distribution_id, distribution_name, users, unit_price, total, key_length_days)
         SELECT $1, $2, t.* FROM unnest($3::int[], $4::text[], $5::text[], $6::int[], $7::bigint[], $8::bigint[], $9::int[]) AS t`,
        [...key, ls.map((_, i) => i), ls.map((l) => l.distributionId), ls.map((l) => l.distributionName), ls.map((l) => l.users), ls.map((l) => l.unitPrice.minor), ls.map((l) => l.total.minor), ls.map((l) => l.keyLengthDays)],
      );
      if (s.users.length) {
        await q.query(
          `INSERT INTO sale_users (seller_org_id, sale_id, position, first_name, last_name, email)
           SELECT $1, $2, t.* FROM unnest($3::int[], $4::text[], $5::text[], $6::text[]) AS t`,
          [...key, s.users.map((_, i) => i), s.users.map((u) => u.firstName), s.users.map((u) => u.lastName), s.users.map((u) => u.email)],
        );
      }
      const h = s.statusHistory;
      await q.query(
        `INSERT INTO sale_status_history (seller_org_id, sale_id, position, status, at, note)
         SELECT $1, $2, t.* FROM unnest($3::int[], $4::text[], $5::timestamptz[], $6::text[]) AS t`,
        [...key, h.map((_, i) => i), h.map((x) => x.status), h.map((x) => x.at), h.map((x) => x.note)],
      );
    },

    async setSaleStatus(scope: Scope, saleId: string, from: SaleStatus, change: { status: SaleStatus; at: string; note: string }): Promise<boolean> {
      const [r] = await q.query('UPDATE sales SET status = $4, approve_at = NULL WHERE seller_org_id = ANY($1::text[]) AND id = $2 AND status = $3 RETURNING seller_org_id', [scope, saleId, from, change.status]);
      if (!r) return false;
      await q.query(
        `INSERT INTO sale_status_history (seller_org_id, sale_id, position, status, at, note)
         SELECT $1, $2, COALESCE(max(position) + 1, 0), $3, $4::timestamptz, $5 FROM sale_status_history WHERE seller_org_id = $1 AND sale_id = $2`,
        [r.seller_org_id, saleId, change.status, change.at, change.note],
      );
      return true;
    },
  };
}
