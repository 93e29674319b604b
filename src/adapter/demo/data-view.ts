/** The demo backend's data as the demo seed's shape: a live view over the in-memory repository's rows. */
import type { MemoryRepository, MemoryState } from '../../server/memory-repository.js';
import { DEMO_PRINCIPAL, DEMO_PRINCIPAL_WITHOUT_LTI } from '../../server/seed.js';
import type { DemoData } from './seed.js';

/** The repository's tables, and a table's name. */
export type Tables = MemoryState;
export type Table = keyof Tables;

/**
 * The repository's live rows in the shape of the demo seed (DemoData): reading a field lists
 * them, editing a row edits the backend's data, assigning a field replaces the demo seller's rows.
 */
export function dataView(repo: MemoryRepository): DemoData {
  const t = (): Tables => repo.tables;
  const seller = DEMO_PRINCIPAL.organizationId;
  const rows = <K extends Table>(table: K, owner: string | null = seller) =>
    (t()[table] as Tables[K]).filter((r) => owner === null || r.sellerId === owner).map((r) => r.row) as Tables[K][number]['row'][];
  const replace = <K extends Table>(table: K, keep: (r: Tables[K][number]) => boolean, added: Tables[K][number][]) => {
    (t() as Record<Table, unknown[]>)[table] = [...(t()[table] as Tables[K][number][]).filter(keep), ...added];
  };
  const own = <K extends Table>(table: K) => ({
    get: () => rows(table),
    set: (list: Tables[K][number]['row'][]) =>
      replace(
        table,
        (r) => r.sellerId !== seller,
        list.map((row) => ({ sellerId: seller, row }) as Tables[K][number]),
      ),
  });
  const sellerRecord = (lti: boolean) => t().sellers.find((s) => s.row.hasLtiService === lti)!.row;
  const view = {};
  const define = (name: keyof DemoData, accessors: { get: () => unknown; set?: (v: never) => void }) =>
    Object.defineProperty(view, name, { enumerable: true, get: accessors.get, set: accessors.set ?? (() => undefined) });

  define('sellers', { get: () => ({ withLti: sellerRecord(true).organization, withoutLti: sellerRecord(false).organization }) });
  define('organizations', {
    // The seller sees its organizations and those of its children; the other demo seller is apart.
    get: () => rows('organizations', null).filter((o) => o.id !== DEMO_PRINCIPAL_WITHOUT_LTI.organizationId),
    set: (list: DemoData['organizations']) =>
      replace(
        'organizations',
        (r) => r.sellerId === DEMO_PRINCIPAL_WITHOUT_LTI.organizationId,
        list.map((row) => ({ sellerId: row.parentId ?? row.id, row })),
      ),
  });
  define('billingMethods', { get: () => sellerRecord(true).billingMethods, set: (v: DemoData['billingMethods']) => (sellerRecord(true).billingMethods = v) });
  define('orderCurrencies', { get: () => sellerRecord(true).orderCurrencies, set: (v: string[]) => (sellerRecord(true).orderCurrencies = v) });
  for (const name of ['distributions', 'contracts', 'accounts', 'licenses', 'dataCenters', 'packages', 'plans'] as const) define(name, own(name));
  define('planContext', { get: () => rows('planCatalogs')[0], set: (v: DemoData['planContext']) => own('planCatalogs').set([v]) });
  define('takenDomains', { get: () => rows('domains', null).map((d) => d.ascii) });
  define('contractProducts', {
    get: () =>
      new Proxy({} as DemoData['contractProducts'], {
        get: (_, contractId) => rows('contractProducts').filter((p) => p.contractId === contractId),
        set: (_, contractId, products: DemoData['contractProducts'][string]) => {
          replace(
            'contractProducts',
            (r) => r.row.contractId !== contractId,
            products.map((p) => ({ sellerId: seller, row: { ...p, contractId: String(contractId) } })),
          );
          return true;
        },
        ownKeys: () => [...new Set(rows('contractProducts').map((p) => p.contractId))],
        getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
      }),
  });
  define('stock', {
    get: () =>
      new Proxy({} as DemoData['stock'], {
        get: (_, key) => rows('stock').find((s) => `${s.contractId}|${s.productId}` === key)?.available,
        set: (_, key, available: number) => {
          const [contractId = '', productId = ''] = String(key).split('|');
          const found = rows('stock').find((s) => s.contractId === contractId && s.productId === productId);
          if (found) found.available = available;
          else t().stock.push({ sellerId: seller, row: { contractId, productId, available } });
          return true;
        },
        ownKeys: () => rows('stock').map((s) => `${s.contractId}|${s.productId}`),
        getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
      }),
  });
  return view as DemoData;
}
