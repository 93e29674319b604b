// A service plan of many resources, for the plan editor's scaling test and benchmark (issues 21
// and 22): each resource with 4 fee types in 5 currencies, the recurring fee in 4 graduated tiers.
import type { PlanContext, ServicePlan } from '../../src/schemas/plan.js';

export const BIG_PLAN_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF'];

/** The product's `n` resources (for the plan context) and the plan 'plan-big' of product 'prod-backup' using them all. */
export function bigPlan(n: number): { resources: PlanContext['resources']; plan: ServicePlan } {
  const currencies = BIG_PLAN_CURRENCIES;
  const resources = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Resource ${i + 1}`, unit: 'unit' }));
  const fees = Object.fromEntries(currencies.map((c) => [c, 100]));
  const tiers = [10, 50, 100, null].map((upTo, k) => ({ upTo, prices: Object.fromEntries(currencies.map((c) => [c, 100 - 10 * k])) }));
  const plan: ServicePlan = {
    id: 'plan-big',
    productId: 'prod-backup',
    name: 'Big plan',
    active: true,
    description: { en: 'Many resources', es: '', de: '' },
    billingType: 'monthly-commitment',
    sku: 'BIG',
    periods: [{ id: 'p1', duration: { quantity: 1, unit: 'year' }, endless: false, trial: false, fees: Object.fromEntries(currencies.map((c) => [c, 0])) }],
    resources: resources.map((r) => ({ resourceId: r.id, included: 0, minimum: 1, limit: 100, unlimited: false, fees: { recurring: {}, setup: fees, renewal: fees, overuse: fees }, pricing: { recurring: { model: 'graduated', tiers } } })),
  };
  return { resources, plan };
}

/** Elements under `r`, shadow roots included. */
export function elementCount(r: ParentNode): number {
  let n = 0;
  for (const e of r.querySelectorAll('*')) n += 1 + (e.shadowRoot ? elementCount(e.shadowRoot) : 0);
  return n;
}
