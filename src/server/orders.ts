/** Cloud and SaaS subscription orders: the options, and placing an order. */
import { orderQuote } from '../core/quotes.js';
import { checkDomain } from '../schemas/domain.js';
import { type Order, orderInputSchema } from '../schemas/order.js';
import { parseBody } from './body.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { can } from './principal.js';
import { priceAsQuoted, readClaim } from './quote-check.js';
import { invalidField, Refusal } from './refusal.js';
import type { RepositoryReads, RepositoryTransaction } from './repository.js';

/** Order numbers are ORD- and this plus a per-seller count. */
const ORDER_NUMBER_BASE = 100000;

export async function orderOptions(repo: RepositoryReads, ctx: RequestContext): Promise<Answer> {
  const seller = await repo.seller(ctx.principal.organizationId);
  return ok({ currencies: seller?.orderCurrencies ?? [], dataCenters: await repo.dataCenters(ctx.scope), packages: await repo.packages(ctx.scope), onPremiseSold: false });
}

export async function createOrder(tx: RepositoryTransaction, ctx: RequestContext, body: unknown): Promise<Answer> {
  if (!can(ctx.principal, 'create-orders')) throw new Refusal(403, 'You are not allowed to place orders.', { code: 'no-permission' });
  const input = parseBody(orderInputSchema, body);
  const pkg = (await tx.packages(ctx.scope)).find((p) => p.id === input.packageId && p.kind === input.kind);
  if (!pkg) throw invalidField('packageId', 'Choose a plan.');
  const monthly = pkg.monthlyPrice[input.currency];
  if (monthly === undefined) throw invalidField('currency', `This plan is not sold in ${input.currency}.`);
  let domain: string | null = null;
  if (input.kind === 'cloud') {
    if (!(await tx.dataCenters(ctx.scope)).some((d) => d.id === input.dataCenterId)) throw invalidField('dataCenterId', 'Choose a data location.');
    const d = checkDomain(input.domain);
    domain = d.ok ? d.unicode : input.domain;
    if (d.ok && !(await tx.claimDomain(ctx.principal.organizationId, d.ascii))) {
      const message = 'This domain is already used by another customer.';
      throw new Refusal(409, message, { code: 'domain-taken', fields: { domain: message } });
    }
  }
  const { quote: q } = priceAsQuoted(readClaim(body), ctx.today, (orderDate) => {
    const quote = orderQuote({
      currency: input.currency,
      monthlyPrice: monthly,
      perUserPrice: pkg.perUserPrice[input.currency] ?? 0,
      prepaidMonths: pkg.prepaidMonths,
      users: 0,
      orderDate,
      postponedBilling: input.postponedBilling,
      paymentMethod: input.paymentMethod,
    });
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
  return ok(order, 201);
}
