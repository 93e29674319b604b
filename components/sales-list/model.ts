import { SALE_SCOPES, SALE_STATUSES, type SaleRow, type SaleStatus } from '../../src/schemas/lists.js';

/** The filters of Sales management: whose sales (scope) and their status. */
export const SALES_FILTERS = ['scope', 'status'] as const;
/** The scopes offered besides All. */
export const SCOPE_CHOICES = SALE_SCOPES.filter((s) => s !== 'all');
export { SALE_STATUSES };

/** How a status is shown: a badge tone. */
export function statusTone(status: SaleStatus): 'ok' | 'warn' | 'off' | '' {
  return status === 'approved' ? 'ok' : status === 'pending-approval' ? 'warn' : status === 'rejected' ? 'off' : '';
}

/** The distributions of a sale row, as one line. */
export const distributionText = (row: Pick<SaleRow, 'distributions'>): string => row.distributions.join(', ');

/** The calendar date of an instant as the backend stamped it (`createdAt`). */
export const dateOf = (instant: string): string => instant.slice(0, 10);
