/** Device licenses under a contract: contracts, accounts, products, stock, active licenses and purchases. */
import type { CalendarDate } from '../core/dates.js';
import { licenseQuote } from '../core/quotes.js';
import { accountError, type Contract, contractBlock, contractError, type License, productError, type Purchase, purchaseInputSchema, quantityError } from '../schemas/license.js';
import { licenseRow, licensesQuerySchema } from '../schemas/lists.js';
import { parseBody } from './body.js';
import { LICENSE_LIST } from './license-list.js';
import { pageOf, parseListQuery } from './list-page.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { costFor } from './cost.js';
import { can } from './principal.js';
import { claimedToday, priceAsQuoted, readClaim } from './quote-check.js';
import { invalid, invalidField, Refusal } from './refusal.js';
import { addLicensesToSubscription } from './subscriptions.js';
import type { RepositoryReads, RepositoryTransaction } from './repository.js';

/** Contracts as this principal sees them: without the create-licenses permission, none allows creating licenses. */
async function visibleContracts(repo: RepositoryReads, ctx: RequestContext): Promise<Contract[]> {
  const all = await repo.contracts(ctx.scope);
  return can(ctx.principal, 'create-licenses') ? all : all.map((c) => ({ ...c, canCreateLicenses: false }));
}

export async function contracts(repo: RepositoryReads, ctx: RequestContext): Promise<Answer> {
  return ok(await visibleContracts(repo, ctx));
}

export async function accounts(repo: RepositoryReads, ctx: RequestContext): Promise<Answer> {
  return ok(await repo.accounts(ctx.scope));
}

const notFound = () => new Refusal(404, 'This contract no longer exists.', { code: 'contract-not-found' });

/** A contract licenses may be created under, or the refusal that says why not. */
async function usableContract(repo: RepositoryReads, ctx: RequestContext, contractId: string): Promise<Contract> {
  const c = (await visibleContracts(repo, ctx)).find((x) => x.id === contractId);
  if (!c) throw notFound();
  // The rule and message the widget applies to its list of contracts (src/schemas/license.ts).
  const block = contractBlock(c);
  if (block === 'inactive') throw new Refusal(409, contractError(c, 'en'), { code: 'contract-inactive' });
  if (block === 'no-permission') throw new Refusal(403, contractError(c, 'en'), { code: 'no-permission' });
  return c;
}

export async function saveContractAccount(tx: RepositoryTransaction, ctx: RequestContext, contractId: string, body: unknown): Promise<Answer> {
  await usableContract(tx, ctx, contractId);
  const given = (body as { accountId?: unknown } | null)?.accountId;
  const accountId = typeof given === 'string' ? given : '';
  const noAccount = accountError(accountId, await tx.accounts(ctx.scope), 'en');
  if (noAccount) throw invalidField('accountId', noAccount);
  await tx.setContractAccount(ctx.scope, contractId, accountId);
  return ok((await visibleContracts(tx, ctx)).find((x) => x.id === contractId));
}

export async function contractProducts(repo: RepositoryReads, ctx: RequestContext, contractId: string): Promise<Answer> {
  if (!(await repo.contracts(ctx.scope)).some((c) => c.id === contractId)) throw notFound();
  return ok(costFor(ctx, await repo.contractProducts(ctx.scope, contractId)));
}

export async function stock(repo: RepositoryReads, ctx: RequestContext, contractId: string, productId: string): Promise<Answer> {
  return ok({ productId, available: await repo.stock(ctx.scope, contractId, productId) });
}

/** The account's licenses of a product still active on `on`, summarised: how many, and the latest end. */
async function activeOn(repo: RepositoryReads, ctx: RequestContext, accountId: string, productId: string, on: CalendarDate) {
  const active = (await repo.licenses(ctx.scope, accountId, productId)).filter((l) => l.status === 'active' && l.endDate > on);
  const endDate = active.reduce<CalendarDate | null>((latest, l) => (latest === null || l.endDate > latest ? l.endDate : latest), null);
  return { accountId, productId, count: active.length, endDate };
}

export async function activeLicenses(repo: RepositoryReads, ctx: RequestContext, accountId: string, productId: string): Promise<Answer> {
  return ok(await activeOn(repo, ctx, accountId, productId, ctx.today));
}

/**
 * GET /accounts/{id}/license-batches: the account's licenses, one row per product, contract and
 * dates, with their state on the server's today. An account has few such rows, so they are
 * filtered, sorted and paged here, by the list model's rules.
 */
export async function listLicenses(repo: RepositoryReads, ctx: RequestContext, accountId: string, url: string): Promise<Answer> {
  const query = parseListQuery(licensesQuerySchema, ['status', 'productId'], url);
  if (!(await repo.accounts(ctx.scope)).some((a) => a.id === accountId)) throw new Refusal(404, 'This account was not found.', { code: 'account-not-found' });
  // Running licenses name their subscription (one per account, contract and product), which Renew and Add licenses change.
  const subscriptions = (await repo.subscriptionsOfSource(ctx.scope, 'license', accountId)).filter((s) => s.status === 'active');
  const rows = (await repo.licenseBatches(ctx.scope, accountId)).map((b) => {
    const row = licenseRow(b, ctx.today);
    const sub = row.state === 'expired' ? undefined : subscriptions.find((s) => s.planId === b.productId && s.contractId === b.contractId);
    return { ...row, subscriptionId: sub?.id ?? null };
  });
  return ok(pageOf(rows, query, LICENSE_LIST));
}

export async function purchase(tx: RepositoryTransaction, ctx: RequestContext, body: unknown): Promise<Answer> {
  const input = parseBody(purchaseInputSchema, body);
  const contract = await usableContract(tx, ctx, input.contractId);
  const products = await tx.contractProducts(ctx.scope, contract.id);
  const notInContract = productError(contract, input.productId, products, 'en');
  if (notInContract) throw new Refusal(409, notInContract, { code: 'product-not-in-contract' });
  const product = products.find((p) => p.id === input.productId)!;
  // The rules the widget checks too, by the same functions: the contract's quantity limits (or the default cap), a known account.
  const quantity = quantityError(contract, input.quantity, 'en');
  if (quantity) throw invalid({ quantity }, 'The quantity is outside the contract’s limits.');
  const noAccount = accountError(input.accountId, await tx.accounts(ctx.scope), 'en');
  if (noAccount) throw invalidField('accountId', noAccount);
  const fromStock = input.useStock ? await tx.takeStock(ctx.scope, contract.id, product.id, input.quantity) : 0;
  const claim = readClaim(body);
  // Existing licenses as they stand on each date a quote may be made for.
  const existingOn = new Map<CalendarDate, Awaited<ReturnType<typeof activeOn>>>();
  for (const on of new Set([ctx.today, claimedToday(claim, ctx.today)])) existingOn.set(on, await activeOn(tx, ctx, input.accountId, product.id, on));
  const { quote: q } = priceAsQuoted(claim, ctx.today, (today) => {
    const quote = licenseQuote({
      today,
      currency: contract.currency,
      unitPrice: product.unitPrice,
      termMonths: contract.termMonths,
      quantity: input.quantity,
      fromStock,
      existing: existingOn.get(today)!,
      contractEndDate: contract.endDate,
      // The buyer may choose a full term over ending with the existing licenses.
      coTerm: input.coTerm,
    });
    return { quote, figures: { total: quote.total, startDate: quote.startDate, endDate: quote.endDate } };
  });
  const purchaseId = ctx.newId('pur');
  const licenses: License[] = Array.from({ length: input.quantity }, (_, i) => ({
    id: `${purchaseId}-${i + 1}`,
    productId: product.id,
    accountId: input.accountId,
    contractId: contract.id,
    startDate: q.startDate,
    endDate: q.endDate,
    status: 'active',
    fromStock: i < fromStock,
  }));
  const record: Purchase = { id: purchaseId, licenses, total: q.total, createdAt: ctx.now };
  await tx.insertPurchase(ctx.principal.organizationId, record);
  await addLicensesToSubscription(tx, ctx, contract, products, product, input.accountId);
  return ok(record, 201);
}
