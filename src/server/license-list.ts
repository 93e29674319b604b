/**
 * An account's licenses as the list shows them: grouped into batches (one product, contract,
 * start and end date and stored status; the memory repository groups with batchLicenses, the SQL
 * one with GROUP BY), and the order and filters of their rows (src/server/list-page.ts).
 */
import type { License } from '../schemas/license.js';
import { nameKey } from '../schemas/common.js';
import { type LicenseBatch, licenseMatches, LICENSES_DEFAULT_SORT, type LicenseRow, type LicenseState } from '../schemas/lists.js';
import type { ListSpec } from './list-page.js';
import type { ContractProduct } from './repository.js';

/** Licenses grouped into batches, in the order each batch's first license was added; the product's name from the contract's products. */
export function batchLicenses(licenses: readonly License[], products: readonly ContractProduct[]): LicenseBatch[] {
  const batches = new Map<string, LicenseBatch>();
  for (const l of licenses) {
    const key = [l.productId, l.contractId, l.startDate, l.endDate, l.status].join('|');
    const b = batches.get(key);
    if (b) b.quantity += 1;
    else {
      const productName = products.find((p) => p.contractId === l.contractId && p.id === l.productId)?.name ?? l.productId;
      batches.set(key, { productId: l.productId, productName, contractId: l.contractId, startDate: l.startDate, endDate: l.endDate, status: l.status, quantity: 1 });
    }
  }
  return [...batches.values()];
}

export const LICENSE_LIST: ListSpec<LicenseRow> = {
  searchable: (r) => [r.productName],
  filters: { status: (r, v) => licenseMatches(r.state, v as LicenseState), productId: (r, v) => r.productId === v },
  sorts: {
    product: (r) => [nameKey(r.productName), r.productId, r.endDate],
    quantity: (r) => r.quantity,
    startDate: (r) => r.startDate,
    endDate: (r) => r.endDate,
    daysLeft: (r) => r.endDate,
  },
  defaultSort: LICENSES_DEFAULT_SORT,
  id: (r) => r.id,
};
