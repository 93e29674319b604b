/**
 * Conformance checks of who receives cost (issue 23): the answers that price the create flows'
 * items (order options, distributions, a contract's products) and a subscription's detail carry
 * the seller's cost for a principal with `see-cost`, and no cost field at all for one without it
 * (a customer-facing embed must never receive it, not merely hide it).
 */
import * as z from 'zod/mini';
import type { Check, Env } from './check.js';
import { Client, type Reply } from './client.js';
import { check, expectStatus, fail, Skip } from './expect.js';

/** The JSON paths of every `cost` or `economics` key in a body. */
export function costPaths(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => costPaths(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [...(k === 'cost' || k === 'economics' ? [`${path}.${k}`] : []), ...costPaths(v, `${path}.${k}`)]);
}

/** The priced reads: order options, distributions, the usable contract's products and a subscription's detail. */
async function pricedReads(env: Env): Promise<string[]> {
  const { contract } = await env.fx.purchaseBase();
  const list = await env.api.get('/subscriptions?pageSize=1');
  expectStatus(list, 200, 'GET /subscriptions');
  const first = z.object({ items: z.array(z.object({ id: z.string() })) }).safeParse(list.body);
  const sub = first.success ? first.data.items[0] : undefined;
  return ['/order-options', '/distributions', `/contracts/${encodeURIComponent(contract.id)}/products`, ...(sub ? [`/subscriptions/${encodeURIComponent(sub.id)}`] : [])];
}

const items = (path: string, r: Reply): unknown[] => {
  const b = r.body as { packages?: unknown[]; economics?: unknown } | unknown[];
  if (Array.isArray(b)) return b;
  if (path === '/order-options') return b.packages ?? [];
  return [b];
};

export const COST_CHECKS: Check[] = [
  [
    'Cost: a principal without see-cost receives no cost field in the priced answers (order options, distributions, contract products, a subscription)',
    async (env) => {
      if (!env.options.withoutCostHeaders) throw new Skip('no --without-cost-header given');
      const customer = new Client({ ...env.api.target, headers: env.options.withoutCostHeaders });
      for (const path of await pricedReads(env)) {
        const r = await customer.get(path);
        expectStatus(r, 200, `GET ${path} without see-cost`);
        const found = costPaths(r.body);
        if (found.length) fail(`GET ${path} without see-cost sent cost: ${found.slice(0, 3).join(', ')}`);
      }
    },
  ],
  [
    'Cost: a principal with see-cost receives the seller’s cost of the priced items (order options, distributions, contract products)',
    async (env) => {
      const paths = (await pricedReads(env)).filter((p) => !p.startsWith('/subscriptions/'));
      const answers = await Promise.all(paths.map(async (path) => ({ path, r: await env.api.get(path) })));
      for (const { path, r } of answers) expectStatus(r, 200, `GET ${path}`);
      const withCost = answers.filter(({ path, r }) => items(path, r).some((i) => costPaths(i).length > 0));
      if (!withCost.length) throw new Skip('the backend sends no cost to this principal (give it see-cost and load the seed: channelkit-conformance --print-seed)');
      for (const { path } of answers) check(withCost.some((w) => w.path === path), `GET ${path}: no item carries its cost, while ${withCost[0]!.path} does`);
      // An order plan's cost is in the currencies it is priced in.
      const options = answers.find((a) => a.path === '/order-options')!.r.body as { packages: { id: string; monthlyPrice: Record<string, number>; cost?: { monthlyPrice: Record<string, number> } }[] };
      for (const p of options.packages) {
        const extra = Object.keys(p.cost?.monthlyPrice ?? {}).filter((c) => !(c in p.monthlyPrice));
        check(!extra.length, `GET /order-options: plan ${p.id} has a cost in ${extra.join(', ')}, where it has no price`);
      }
    },
  ],
];
