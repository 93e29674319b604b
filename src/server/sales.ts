/** Sales of per-user subscription plans: the seller, organizations, distributions, and creating a sale. */
import { sumMoney } from '../core/money.js';
import { saleCancellationDate, saleLineQuote } from '../core/quotes.js';
import { nameKey } from '../schemas/common.js';
import { activationDateError, billingMethodError, organizationError, saleInputSchema, saleLinesErrors, type Organization, type Sale } from '../schemas/sale.js';
import type { FieldErrors } from '../schemas/validate.js';
import { parseBody } from './body.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { can } from './principal.js';
import { claimedToday, priceAsQuoted, readClaim } from './quote-check.js';
import { invalid, invalidField, Refusal } from './refusal.js';
import type { RepositoryReads, RepositoryTransaction } from './repository.js';

/** Most organizations one search returns. */
export const SEARCH_LIMIT = 20;

async function sellerOf(repo: RepositoryReads, ctx: RequestContext) {
  const seller = await repo.seller(ctx.principal.organizationId);
  if (!seller) throw new Refusal(403, 'Your organization does not sell subscription plans.', { code: 'not-a-seller' });
  return seller;
}

export async function sellerContext(repo: RepositoryReads, ctx: RequestContext): Promise<Answer> {
  const seller = await sellerOf(repo, ctx);
  return ok({ organization: seller.organization, hasLtiService: seller.hasLtiService, billingMethods: seller.billingMethods });
}

/** The seller's own organization, its child organizations and the resellers under them whose name holds `query`. */
export async function searchOrganizations(repo: RepositoryReads, ctx: RequestContext, query: string): Promise<Answer> {
  // Names compare in one form (NFC, invisible characters out, case-folded): "con\u200Btoso" finds Contoso.
  const q = nameKey(query);
  const all = await repo.organizations(ctx.scope);
  return ok(all.filter((o) => !q || nameKey(o.name).includes(q)).slice(0, SEARCH_LIMIT));
}

export async function distributions(repo: RepositoryReads, ctx: RequestContext): Promise<Answer> {
  return ok(await repo.distributions(ctx.scope));
}

export async function createSale(tx: RepositoryTransaction, ctx: RequestContext, body: unknown): Promise<Answer> {
  const seller = await sellerOf(tx, ctx);
  if (!seller.hasLtiService) {
    throw new Refusal(403, 'Only organizations with the LTI service can register a sale for a subscription plan.', { code: 'lti-required' });
  }
  if (!can(ctx.principal, 'create-sales')) throw new Refusal(403, 'You are not allowed to register sales.', { code: 'no-permission' });
  const input = parseBody(saleInputSchema, body);
  const fields: FieldErrors = {};
  // The rules the widget checks too (src/schemas/sale.ts); only the backend knows every organization.
  const billing = billingMethodError(input.billingMethodId, seller.billingMethods, 'en');
  if (billing) fields.billingMethodId = billing;
  let organization: Organization | undefined;
  if (input.organization.kind === 'existing') {
    const id = input.organization.id;
    const all = await tx.organizations(ctx.scope);
    const gone = organizationError(id, all, 'en');
    if (gone) fields['organization.id'] = gone;
    organization = all.find((o) => o.id === id);
  }
  const catalog = await tx.distributions(ctx.scope);
  // The rules the widget checks too, by the same functions: sellable, each distribution once, users within limits, one currency.
  const lineErrors = saleLinesErrors(input.lines, catalog, 'en');
  Object.assign(fields, lineErrors);
  const priced = Object.keys(lineErrors).length
    ? []
    : input.lines.map((l) => {
        const d = catalog.find((x) => x.id === l.distributionId)!;
        const q = saleLineQuote(d, l.users);
        return { distributionId: d.id, distributionName: d.name, users: l.users, unitPrice: q.unitPrice, total: q.total };
      });
  const currency = priced[0]?.total.currency;
  const claim = readClaim(body);
  const notPast = activationDateError(input.activationDate, claimedToday(claim, ctx.today), 'en');
  if (notPast) fields.activationDate = notPast;
  if (fields.lines && Object.keys(fields).length === 1) throw invalidField('lines', fields.lines);
  if (Object.keys(fields).length) throw invalid(fields);
  const total = sumMoney(currency!, priced.map((l) => l.total));
  // A sale's price does not depend on the date; a stale quotedOn or another total is still a changed quote.
  priceAsQuoted(claim, ctx.today, () => ({ quote: null, figures: { total } }));
  if (input.organization.kind === 'new') {
    const o = input.organization.organization;
    organization = { id: ctx.newId('org'), name: o.name, kind: 'child', parentId: ctx.principal.organizationId, country: o.country };
    await tx.insertOrganization(ctx.principal.organizationId, organization);
  }
  const sale: Sale = {
    id: ctx.newId('sale'),
    status: 'pending-approval',
    name: input.name,
    organizationId: organization!.id,
    organizationName: organization!.name,
    activationDate: input.activationDate,
    cancellationDate: saleCancellationDate(input.activationDate),
    lines: priced,
    total,
    customerPo: input.customerPo,
    orderNumber: input.orderNumber,
    billingMethodId: input.billingMethodId,
    comment: input.comment,
    createdAt: ctx.now,
  };
  await tx.insertSale(ctx.principal.organizationId, sale);
  return ok(sale, 201);
}
