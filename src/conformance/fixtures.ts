/**
 * What the suite needs from the backend's data, found through the API (the seed behind
 * `channelkit-conformance --print-seed` holds all of it): contracts in each state, distributions
 * valid and not, accounts, a product with plans, and the backend's "today" (read from a
 * 409 quote-changed, so the suite runs on any date and in any business time zone).
 */
import * as z from 'zod/mini';
import { accountSchema, activeLicensesSchema, contractSchema, productSchema, type Contract, type Product } from '../schemas/license.js';
import { orderOptionsSchema } from '../schemas/order.js';
import { distributionSchema, organizationSchema, sellerContextSchema } from '../schemas/sale.js';
import type { Client } from './client.js';
import { check, expectBody, expectError, Skip } from './expect.js';

export interface PurchaseBase {
  contract: Contract;
  product: Product;
  accountId: string;
  quantity: number;
}

export class Fixtures {
  private cache = new Map<string, Promise<unknown>>();
  constructor(
    private readonly api: Client,
    readonly planProductId: string,
  ) {}

  private once<T>(name: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(name) as Promise<T> | undefined;
    if (!p) this.cache.set(name, (p = load()));
    return p;
  }

  seller = () => this.once('seller', async () => expectBody(await this.api.get('/seller'), 200, sellerContextSchema, 'GET /seller'));
  organizations = () => this.once('orgs', async () => expectBody(await this.api.get('/organizations?q='), 200, z.array(organizationSchema), 'GET /organizations'));
  distributions = () => this.once('dists', async () => expectBody(await this.api.get('/distributions'), 200, z.array(distributionSchema), 'GET /distributions'));
  contracts = () => this.once('contracts', async () => expectBody(await this.api.get('/contracts'), 200, z.array(contractSchema), 'GET /contracts'));
  accounts = () => this.once('accounts', async () => expectBody(await this.api.get('/accounts'), 200, z.array(accountSchema), 'GET /accounts'));
  orderOptions = () => this.once('order-options', async () => expectBody(await this.api.get('/order-options'), 200, orderOptionsSchema, 'GET /order-options'));

  async products(contractId: string): Promise<Product[]> {
    return this.once(`products ${contractId}`, async () =>
      expectBody(await this.api.get(`/contracts/${encodeURIComponent(contractId)}/products`), 200, z.array(productSchema), `GET /contracts/${contractId}/products`),
    );
  }

  /** A contract in a state, or a skip naming what the data lacks. */
  async contract(kind: 'usable' | 'expired' | 'suspended' | 'no-permission' | 'limited'): Promise<Contract> {
    const all = await this.contracts();
    const usable = (c: Contract) => c.status === 'active' && c.canCreateLicenses && c.productIds.length > 0;
    const found = all.find((c) =>
      kind === 'usable'
        ? usable(c)
        : kind === 'limited'
          ? usable(c) && c.maxQuantity !== undefined
          : kind === 'no-permission'
            ? c.status === 'active' && !c.canCreateLicenses
            : c.status === kind,
    );
    if (!found) throw new Skip(`the data has no ${kind} contract (load the seed: channelkit-conformance --print-seed)`);
    return found;
  }

  /** A purchase that passes every rule: a usable contract, one of its products, an account. */
  purchaseBase = () =>
    this.once('purchase-base', async (): Promise<PurchaseBase> => {
      const contract = await this.contract('usable');
      const product = (await this.products(contract.id)).find((p) => contract.productIds.includes(p.id));
      const account = (await this.accounts())[0];
      if (!product || !account) throw new Skip('the data has no usable contract with a product and an account');
      return { contract, product, accountId: account.id, quantity: contract.minQuantity ?? 1 };
    });

  /** The backend's today, from the quote a 409 quote-changed carries. */
  today = () =>
    this.once('today', async () => {
      const q = await this.quoteFor(await this.purchaseBase());
      return q.quotedOn as string;
    });

  /** The backend's own quote for a purchase, from a deliberately wrong expected total. */
  async quoteFor(base: PurchaseBase, useStock = false): Promise<{ quotedOn: string; total: { currency: string; minor: number }; startDate: string; endDate: string }> {
    const r = await this.api.send('POST', '/license-purchases', purchaseBody(base, { startDate: '2000-01-01', endDate: '2000-01-01', total: { currency: base.contract.currency, minor: -1 } }, useStock));
    const error = expectError(r, 409, 'a purchase whose expected total is wrong', 'quote-changed');
    const quote = error.quote as Record<string, unknown> | undefined;
    check(quote && typeof quote.quotedOn === 'string', `a 409 quote-changed must carry the backend's quote with quotedOn: { error: { quote: { quotedOn, total, startDate, endDate } } }, got ${JSON.stringify(error)}`);
    return quote as never;
  }

  /** A distribution valid for a subscription plan, in the currency of most of them. */
  async validDistribution(where: (d: z.infer<typeof distributionSchema>) => boolean = () => true) {
    const d = (await this.distributions()).find((x) => x.validForSubscriptionPlan && where(x));
    if (!d) throw new Skip('the data has no distribution valid for a subscription plan that fits this check');
    return d;
  }
}

export function purchaseBody(base: PurchaseBase, expected: { startDate: string; endDate: string; total: { currency: string; minor: number } }, useStock = false, extra: Record<string, unknown> = {}) {
  return { contractId: base.contract.id, accountId: base.accountId, productId: base.product.id, quantity: base.quantity, note: '', useStock, expected, ...extra };
}

/** How many active licenses of the product the account holds. */
export async function activeCount(api: Client, accountId: string, productId: string): Promise<number> {
  const r = await api.get(`/accounts/${encodeURIComponent(accountId)}/licenses?productId=${encodeURIComponent(productId)}&status=active`);
  return expectBody(r, 200, activeLicensesSchema, 'GET active licenses').count;
}
