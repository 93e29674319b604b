/**
 * Sales of per-user subscription plans: the seller, organizations, distributions, creating a
 * sale, the sales list and a sale's detail, and approving or rejecting a pending sale.
 */
import { instantAfter } from '../core/clock.js';
import { sumMoney } from '../core/money.js';
import { saleCancellationDate, saleLineQuote } from '../core/quotes.js';
import { nameKey } from '../schemas/common.js';
import { SALE_SCOPES, saleStatusChangeInputSchema, salesQuerySchema, type SaleStatus } from '../schemas/lists.js';
import { activationDateError, billingMethodError, organizationError, saleInputSchema, saleLinesErrors, type Organization, type Sale } from '../schemas/sale.js';
import type { FieldErrors } from '../schemas/validate.js';
import { parseBody } from './body.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { costFor } from './cost.js';
import { withPlanVersions } from './plan-versions.js';
import { can } from './principal.js';
import { claimedToday, priceAsQuoted, readClaim } from './quote-check.js';
import { invalid, invalidField, Refusal } from './refusal.js';
import { parseListQuery } from './list-page.js';
import type { Repository, RepositoryReads, RepositoryTransaction, SaleRecord, Scope } from './repository.js';
import { saleDetail } from './sale-list.js';

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
  return ok(costFor(ctx, await withPlanVersions(repo, ctx, await repo.distributions(ctx.scope))));
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
        return { distributionId: d.id, distributionName: d.name, users: l.users, unitPrice: q.unitPrice, total: q.total, keyLengthDays: d.keyLengthDays };
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
    lines: priced.map(({ keyLengthDays: _, ...line }) => line),
    total,
    customerPo: input.customerPo,
    orderNumber: input.orderNumber,
    billingMethodId: input.billingMethodId,
    comment: input.comment,
    createdAt: ctx.now,
  };
  const record: SaleRecord = {
    ...sale,
    lines: priced,
    users: input.users.map((u) => ({ firstName: u.firstName, lastName: u.lastName, email: u.email })),
    statusHistory: [{ status: 'pending-approval', at: ctx.now, note: '' }],
  };
  if (ctx.autoApproveSalesAfterMs !== undefined) record.approveAt = instantAfter(ctx.now, ctx.autoApproveSalesAfterMs);
  await tx.insertSale(ctx.principal.organizationId, record);
  return ok(sale, 201);
}

// ---- the sales list, a sale's detail, approval -------------------------------------------------

/** The organizations whose sales a scope filter shows: the seller's own, its children's, or both. */
function salesScope(ctx: RequestContext, scope: (typeof SALE_SCOPES)[number] | undefined): Scope {
  if (scope === 'own') return [ctx.principal.organizationId];
  if (scope === 'children') return ctx.principal.childOrganizationIds;
  return ctx.scope;
}

/**
 * Approves the pending sales whose `approveAt` has passed (the demo's delayed approval): before
 * any read of sales, so every process and every repository shows the same status for the same
 * clock. Each is approved at its `approveAt`, once (setSaleStatus compares and sets).
 */
export async function settleDueSales(repo: Repository, ctx: RequestContext): Promise<void> {
  const due = await repo.dueSales(ctx.scope, ctx.now);
  if (!due.length) return;
  await repo.transaction(async (tx) => {
    for (const s of due) await tx.setSaleStatus(ctx.scope, s.id, 'pending-approval', { status: 'approved', at: s.approveAt, note: 'Approved automatically.' });
  });
}

/** GET /sales: a page of the sales in the scope filter's organizations (default: all the principal sees). */
export async function listSales(repo: RepositoryReads, ctx: RequestContext, url: string): Promise<Answer> {
  const query = parseListQuery(salesQuerySchema, ['status', 'scope'], url);
  const { scope, ...filters } = query.filters;
  const { items, total } = await repo.salesPage(salesScope(ctx, scope), { ...query, filters });
  return ok({ items, total, page: query.page, pageSize: query.pageSize });
}

const saleNotFound = () => new Refusal(404, 'This sale was not found.', { code: 'sale-not-found' });

export async function getSale(repo: RepositoryReads, ctx: RequestContext, saleId: string): Promise<Answer> {
  const sale = await repo.sale(ctx.scope, saleId);
  if (!sale) throw saleNotFound();
  return ok(saleDetail(sale));
}

const STATUS_WORDS: Record<SaleStatus, string> = { 'pending-approval': 'Pending Approval', approved: 'Approved', rejected: 'Rejected', cancelled: 'Cancelled' };

/** POST /sales/{id}/approve and /reject: a pending sale only, by a principal with `approve-sales`; the change goes in the status history. */
export async function decideSale(tx: RepositoryTransaction, ctx: RequestContext, saleId: string, to: 'approved' | 'rejected', body: unknown): Promise<Answer> {
  if (!can(ctx.principal, 'approve-sales')) throw new Refusal(403, 'You are not allowed to approve or reject sales.', { code: 'no-permission' });
  const { note } = parseBody(saleStatusChangeInputSchema, body);
  const sale = await tx.sale(ctx.scope, saleId);
  if (!sale) throw saleNotFound();
  const changed = sale.status === 'pending-approval' && (await tx.setSaleStatus(ctx.scope, saleId, 'pending-approval', { status: to, at: ctx.now, note }));
  if (!changed) {
    throw new Refusal(409, `This sale is ${STATUS_WORDS[sale.status]}: only a sale Pending Approval can be approved or rejected.`, { code: 'sale-not-pending' });
  }
  return ok(saleDetail((await tx.sale(ctx.scope, saleId))!));
}
