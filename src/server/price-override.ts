/**
 * PUT /subscriptions/{id}/price-override: a customer price negotiated for one subscription, with
 * its start and end dates, or none. The change quote and the next charge resolve it by date
 * (subscriptionTerms: a billing period is charged at the price in force on its first day).
 */
import { priceOverrideInputSchema } from '../schemas/subscription.js';
import { parseBody } from './body.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { can } from './principal.js';
import { Refusal } from './refusal.js';
import type { RepositoryTransaction } from './repository.js';
import { publicSubscription, scheduled } from './subscription-records.js';
import { conflict, found } from './subscriptions.js';

/** Sets or removes the negotiated price: for a principal allowed to see cost and to set prices. */
export async function setPriceOverride(tx: RepositoryTransaction, ctx: RequestContext, subscriptionId: string, body: unknown): Promise<Answer> {
  if (!can(ctx.principal, 'see-cost') || !can(ctx.principal, 'set-prices')) throw new Refusal(403, 'You are not allowed to set a subscription’s price.', { code: 'no-permission' });
  const input = parseBody(priceOverrideInputSchema, body);
  const s = await found(tx, ctx, subscriptionId);
  if (input.etag !== s.etag) throw conflict();
  if (s.status !== 'active') throw new Refusal(409, 'This subscription has ended: its price cannot be changed.', { code: 'ended' });
  const after = scheduled({ ...s, priceOverride: input.priceOverride, etag: ctx.newId('v') });
  if (!(await tx.saveSubscription(ctx.scope, ctx.principal.organizationId, after, s.etag))) throw conflict();
  return ok(publicSubscription(after));
}
