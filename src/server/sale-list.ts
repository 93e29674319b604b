/**
 * The sales list's order and matching, for rows held in memory (the memory repository), and a
 * stored sale as its row and its detail. The SQL repository sorts by the same keys in SQL
 * (sql/sql-sales.ts): text by its case-folded name key in code point order, then the sale id.
 */
import { nameKey } from '../schemas/common.js';
import { keyRenewalDates, SALE_STATUSES, SALES_DEFAULT_SORT, type SaleDetail, type SaleRow, type SaleStatus } from '../schemas/lists.js';
import { type ListSpec, pageOf } from './list-page.js';
import type { SalesPageQuery, SaleRecord, Scope, StoredSale } from './repository.js';

export function saleRow(s: SaleRecord, sellerOrganizationId: string): SaleRow {
  return {
    id: s.id,
    name: s.name,
    status: s.status,
    organizationId: s.organizationId,
    organizationName: s.organizationName,
    sellerOrganizationId,
    distributions: s.lines.map((l) => l.distributionName),
    userCount: s.lines.reduce((n, l) => n + l.users, 0),
    total: s.total,
    activationDate: s.activationDate,
    cancellationDate: s.cancellationDate,
    createdAt: s.createdAt,
  };
}

export function saleDetail(s: StoredSale): SaleDetail {
  return {
    ...saleRow(s, s.sellerOrganizationId),
    lines: s.lines.map((l) => ({ ...l, keyRenewalDates: keyRenewalDates(s.activationDate, s.cancellationDate, l.keyLengthDays) })),
    users: s.users,
    customerPo: s.customerPo,
    orderNumber: s.orderNumber,
    billingMethodId: s.billingMethodId,
    comment: s.comment,
    statusHistory: s.statusHistory,
  };
}

/** The text a sale's distributions sort by. */
export const distributionsKey = (names: readonly string[]) => nameKey(names.join(', '));

export const SALE_LIST: ListSpec<SaleRow> = {
  searchable: (r) => [r.name, r.organizationName],
  filters: { status: (r, v) => r.status === (v as SaleStatus) },
  sorts: {
    name: (r) => nameKey(r.name),
    organization: (r) => nameKey(r.organizationName),
    distributions: (r) => distributionsKey(r.distributions),
    userCount: (r) => r.userCount,
    total: (r) => [r.total.currency, r.total.minor],
    status: (r) => SALE_STATUSES.indexOf(r.status),
    activationDate: (r) => r.activationDate,
    cancellationDate: (r) => r.cancellationDate,
    createdAt: (r) => r.createdAt,
  },
  defaultSort: SALES_DEFAULT_SORT,
  id: (r) => r.id,
};

// ---- the memory repository's sales reads, over its rows -------------------------------------------

type SaleRows = readonly { sellerId: string; row: SaleRecord }[];

export function salesPageOf(rows: SaleRows, scope: Scope, query: SalesPageQuery): { items: SaleRow[]; total: number } {
  const { items, total } = pageOf(
    rows.filter((r) => scope.includes(r.sellerId)).map((r) => saleRow(r.row, r.sellerId)),
    query,
    SALE_LIST,
  );
  return { items, total };
}

export function saleOf(rows: SaleRows, scope: Scope, saleId: string): StoredSale | null {
  const found = rows.find((r) => scope.includes(r.sellerId) && r.row.id === saleId);
  return found ? { ...found.row, sellerOrganizationId: found.sellerId } : null;
}

/** Pending sales whose approveAt is not after `now`. */
export function dueSalesOf(sales: readonly SaleRecord[], now: string): { id: string; approveAt: string }[] {
  return sales.filter((s) => s.status === 'pending-approval' && s.approveAt !== undefined && s.approveAt <= now).map((s) => ({ id: s.id, approveAt: s.approveAt! }));
}
