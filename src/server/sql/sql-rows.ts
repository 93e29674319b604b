/**
 * SQL rows as the schemas' objects, with the schemas' key order and optional fields left out
 * when empty, so a record reads the same from SQL as from memory.
 */
import type { Contract, License } from '../../schemas/license.js';
import type { Organization } from '../../schemas/sale.js';
import type { Row } from './database.js';

/** Sets `key` on `target` only when the value is not null (the schemas' optional fields). */
export function optional<T extends object, K extends string, V>(target: T, key: K, value: V | null | undefined): T & Partial<Record<K, V>> {
  if (value !== null && value !== undefined) (target as Record<string, unknown>)[key] = value;
  return target;
}

/** A column the schema says is text or a number (the database has its type). */
export const str = (v: unknown) => v as string;
export const num = (v: unknown) => v as number;

export function organization(r: Row): Organization {
  return optional({ id: str(r.id), name: str(r.name), kind: r.kind as Organization['kind'], parentId: (r.parent_id as string | null) ?? null }, 'country', r.country as string | null);
}

export function contract(r: Row): Contract {
  const c = {
    id: str(r.id),
    name: str(r.name),
    status: r.status as Contract['status'],
    canCreateLicenses: r.can_create_licenses as boolean,
    conditions: str(r.conditions),
    currency: str(r.currency),
    termMonths: num(r.term_months),
    startDate: str(r.start_date),
    endDate: str(r.end_date),
  };
  optional(c, 'minQuantity', r.min_quantity as number | null);
  optional(c, 'maxQuantity', r.max_quantity as number | null);
  return { ...c, productIds: r.product_ids as string[], accountId: (r.account_id as string | null) ?? null };
}

export function license(r: Row): License {
  return {
    id: str(r.id),
    productId: str(r.product_id),
    accountId: str(r.account_id),
    contractId: str(r.contract_id),
    startDate: str(r.start_date),
    endDate: str(r.end_date),
    status: r.status as License['status'],
    fromStock: r.from_stock as boolean,
  };
}
