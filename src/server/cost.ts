/**
 * Cost on the create flows' priced items (order plans, contract products, distributions): only a
 * principal allowed to see it (`see-cost`) receives it. For anyone else the field is left out of
 * the answer, not merely hidden, so a customer-facing embed never receives the seller's cost.
 */
import type { RequestContext } from './context.js';
import { can } from './principal.js';

export function costFor<T extends { cost?: unknown }>(ctx: RequestContext, items: readonly T[]): T[] {
  if (can(ctx.principal, 'see-cost')) return [...items];
  return items.map(({ cost: _, ...rest }) => rest as T);
}
