/** Cloud and SaaS subscription orders: the options, and placing an order. */
import type { CalendarDate } from '../core/dates.js';
import { resolvePrice } from '../core/economics.js';
import { quotePackage } from '../core/quotes.js';
import { checkDomain, domainTakenError } from '../schemas/domain.js';
import { checkOrderOffer, offeredPackage, type Order, orderInputSchema, type PlanPackage } from '../schemas/order.js';
import type { PriceLists } from '../schemas/subscription.js';
import { parseBody } from './body.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { costFor } from './cost.js';
import { withPlanVersions } from './plan-versions.js';
import { can } from './principal.js';
import { priceAsQuoted, readClaim } from './quote-check.js';
import { invalid, Refusal } from './refusal.js';
import type { RepositoryReads, RepositoryTransaction } from './repository.js';
import { priceListsOf, startOrderSubscription } from './subscriptions.js';

/** Order numbers are ORD- and this plus a per-seller count. */
const ORDER_NUMBER_BASE = 100000;

/**
 * The plans as priced on `date`: a plan's monthly price in a currency is the seller's tier's price
 * list version in force that day where it prices the plan, else the plan's own (resolvePrice, the
 * function the subscriptions' plans are priced by). The per-user price is the plan's own.
 */
export function packagesOn(packages: readonly PlanPackage[], lists: PriceLists, date: CalendarDate): PlanPackage[] {
  const price = (p: PlanPackage, currency: string, planPrice: number) => resolvePrice({ planId: p.id, currency, date, tier: lists.tier, planPrice }, lists.versions).unitPrice;
  return packages.map((p) => ({ ...p, monthlyPrice: Object.fromEntries(Object.entries(p.monthlyPrice).map(([c, m]) => [c, price(p, c, m)])) }));
}

/** GET /order-options: the plans at today's prices, with their cost for a principal allowed to see it. */
export async function orderOptions(repo: RepositoryReads, ctx: RequestContext): Promise<Answer> {
  const seller = await repo.seller(ctx.principal.organizationId);
  const packages = packagesOn(await repo.packages(ctx.scope), await priceListsOf(repo, ctx), ctx.today);
  return ok({ currencies: seller?.orderCurrencies ?? [], dataCenters: await repo.dataCenters(ctx.scope), packages: costFor(ctx, await withPlanVersions(repo, ctx, packages)), onPremiseSold: false });
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
  const lists = await priceListsOf(tx, ctx);
  const { date: pricedOn, quote: q } = priceAsQuoted(readClaim(body), ctx.today, (orderDate) => {
    // Sold in the currency: checkOrderOffer said so. Priced as GET /order-options priced it that day.
    const quote = quotePackage(offeredPackage(input, { packages: packagesOn([pkg], lists, orderDate) })!, input, orderDate)!;
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
  await startOrderSubscription(tx, ctx, order, offer.packages, q.firstChargeBasis.from, packagesOn(offer.packages, lists, pricedOn));
  return ok(order, 201);
}
