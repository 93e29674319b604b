/** Cloud and SaaS subscription orders: the options, and placing an order. */
import { quotePackage } from '../core/quotes.js';
import { checkDomain, domainTakenError } from '../schemas/domain.js';
import { checkOrderOffer, offeredPackage, type Order, orderInputSchema } from '../schemas/order.js';
import { parseBody } from './body.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { can } from './principal.js';
import { priceAsQuoted, readClaim } from './quote-check.js';
import { invalid, Refusal } from './refusal.js';
import type { RepositoryReads, RepositoryTransaction } from './repository.js';
import { startOrderSubscription } from './subscriptions.js';

/** Order numbers are ORD- and this plus a per-seller count. */
const ORDER_NUMBER_BASE = 100000;

export async function orderOptions(repo: RepositoryReads, ctx: RequestContext): Promise<Answer> {
  const seller = await repo.seller(ctx.principal.organizationId);
  return ok({ currencies: seller?.orderCurrencies ?? [], dataCenters: await repo.dataCenters(ctx.scope), packages: await repo.packages(ctx.scope), onPremiseSold: false });
}

export async function createOrder(tx: RepositoryTransaction, ctx: RequestContext, body: unknown): Promise<Answer> {
  if (!can(ctx.principal, 'create-orders')) throw new Refusal(403, 'You are not allowed to place orders.', { code: 'no-permission' });
  const input = parseBody(orderInputSchema, body);
  const offer = { packages: await tx.packages(ctx.scope), dataCenters: input.kind === 'cloud' ? await tx.dataCenters(ctx.scope) : [] };
  const refused = checkOrderOffer(input, offer);
  if (Object.keys(refused).length) throw invalid(refused, Object.values(refused)[0]);
  const pkg = offeredPackage(input, offer)!;
  let domain: string | null = null;
  if (input.kind === 'cloud') {
    const d = checkDomain(input.domain);
    domain = d.ok ? d.unicode : input.domain;
    if (d.ok && !(await tx.claimDomain(ctx.principal.organizationId, d.ascii))) {
      const message = domainTakenError('en');
      throw new Refusal(409, message, { code: 'domain-taken', fields: { domain: message } });
    }
  }
  const { quote: q } = priceAsQuoted(readClaim(body), ctx.today, (orderDate) => {
    // Sold in the currency: checkOrderOffer said so.
    const quote = quotePackage(pkg, input, orderDate)!;
    return { quote, figures: { total: quote.monthlyPrice, firstChargeDate: quote.firstChargeDate } };
  });
  const number = await tx.nextNumber(ctx.principal.organizationId, 'order');
  const order: Order = {
    id: `ORD-${String(ORDER_NUMBER_BASE + number)}`,
    kind: input.kind,
    status: 'active',
    packageId: pkg.id,
    currency: input.currency,
    paymentMethod: input.paymentMethod,
    postponedBilling: input.postponedBilling,
    firstChargeDate: q.firstChargeDate,
    companyName: input.customer.companyName,
    credentialsSentTo: input.kind === 'cloud' && input.sendCredentialsToCustomer ? [input.customer.email] : [],
    credentialsToAuthor: input.kind === 'cloud' && input.sendCredentialsToAuthor,
    domain,
    createdAt: ctx.now,
    monthlyPrice: q.monthlyPrice.minor,
  };
  await tx.insertOrder(ctx.principal.organizationId, order);
  // The first billed day: the order date, or a month later with postponed billing.
  await startOrderSubscription(tx, ctx, order, offer.packages, q.firstChargeBasis.from);
  return ok(order, 201);
}
