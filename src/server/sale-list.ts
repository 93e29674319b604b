/**
 * The sales list's order and matching, for rows held in memory (the memory repository), and a
 * stored sale as its row and its detail. The SQL repository sorts by the same keys in SQL
 * (sql/sql-sales.ts): text by its case-folded name key in code point order, then the sale id.
 */
import { nameKey } from '../schemas/common.js';
import { keyRenewalDates, SALE_STATUSES, SALES_DEFAULT_SORT, type SaleDetail, type SaleRow, type SaleStatus } from '../schemas/lists.js';
import type { ListSpec } from './list-page.js';
import type { SaleRecord, StoredSale } from './repository.js';

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
