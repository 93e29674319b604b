/** Service plans: a product's plan context, reading, saving and copying plans. */
import * as z from 'zod/mini';
import { nameKey, normalizeName } from '../schemas/common.js';
import { PLANS_DEFAULT_SORT, plansQuerySchema, type PlanRow } from '../schemas/lists.js';
import { copyNameError, planProductError, servicePlanSchema, type ServicePlan } from '../schemas/plan.js';
import { parseBody } from './body.js';
import { type ListSpec, pageOf, parseListQuery } from './list-page.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { versionOnSave } from './plan-versions.js';
import { can } from './principal.js';
import { invalidField, Refusal } from './refusal.js';
import type { PlanCatalog, RepositoryReads, RepositoryTransaction } from './repository.js';

const planNotFound = () => new Refusal(404, 'This service plan was not found.', { code: 'plan-not-found' });
const productNotFound = () => new Refusal(404, 'This product was not found.', { code: 'product-not-found' });

export async function planContext(repo: RepositoryReads, ctx: RequestContext, productId: string): Promise<Answer> {
  const catalog = await repo.planCatalog(ctx.scope, productId);
  if (!catalog) throw productNotFound();
  const plans = (await repo.plans(ctx.scope, productId)).map((p) => ({ id: p.id!, name: p.name, billingType: p.billingType, active: p.active, sku: p.sku }));
  return ok({ ...catalog, plans });
}

export async function getPlan(repo: RepositoryReads, ctx: RequestContext, planId: string): Promise<Answer> {
  const plan = await repo.plan(ctx.scope, planId);
  if (!plan) throw planNotFound();
  return ok(plan);
}

function mayEdit(ctx: RequestContext): void {
  if (!can(ctx.principal, 'edit-plans')) throw new Refusal(403, 'You are not allowed to edit service plans.', { code: 'no-permission' });
}

/** Creates a plan of `productId` (planId null) or saves plan `planId`, with every rule of the plan schema. */
export async function savePlan(tx: RepositoryTransaction, ctx: RequestContext, target: { productId: string } | { planId: string }, body: unknown): Promise<Answer> {
  mayEdit(ctx);
  const existing = 'planId' in target ? await tx.plan(ctx.scope, target.planId) : null;
  if ('planId' in target && !existing) throw planNotFound();
  const productId = existing?.productId ?? (target as { productId: string }).productId;
  const catalog = await tx.planCatalog(ctx.scope, productId);
  if (!catalog) throw productNotFound();
  const input = parseBody(servicePlanSchema({ currencies: catalog.currencies, newPlan: !existing }), body);
  const otherProduct = planProductError(input.productId, productId, 'en');
  if (otherProduct) throw invalidField('productId', otherProduct);
  // A save over a version the client did not load is refused: it would drop someone else's changes.
  if (existing?.etag && input.etag !== existing.etag) {
    throw new Refusal(409, 'This service plan was changed by someone else since it was loaded.', { code: 'conflict' });
  }
  // A plan with subscriptions on its version gets a new one (plan-versions.ts); the client's `version` is not taken.
  const plan: ServicePlan = { ...input, id: existing?.id ?? ctx.newId('plan'), updatedAt: ctx.now, version: await versionOnSave(tx, ctx, existing), etag: ctx.newId('v') };
  await tx.savePlan(ctx.scope, ctx.principal.organizationId, plan);
  return ok(plan, existing ? 200 : 201);
}

const copySchema = z.object({ name: z.string() });

export async function copyPlan(tx: RepositoryTransaction, ctx: RequestContext, planId: string, body: unknown): Promise<Answer> {
  mayEdit(ctx);
  const source = await tx.plan(ctx.scope, planId);
  if (!source) throw planNotFound();
  // The copy's name follows a plan name's rules, with the message the copy dialog shows.
  const given = parseBody(copySchema, body).name;
  const badName = copyNameError(given, 'en');
  if (badName) throw invalidField('name', badName);
  const name = normalizeName(given);
  const copy: ServicePlan = { ...source, id: ctx.newId('plan'), name, updatedAt: ctx.now, version: 1, etag: ctx.newId('v') };
  await tx.savePlan(ctx.scope, ctx.principal.organizationId, copy);
  return ok(copy, 201);
}

const PLAN_LIST: ListSpec<PlanRow> = {
  searchable: (r) => [r.name, r.sku],
  filters: { productId: (r, v) => r.productId === v, status: (r, v) => r.active === (v === 'active'), billingType: (r, v) => r.billingType === v },
  sorts: {
    name: (r) => nameKey(r.name),
    billingType: (r) => r.billingType,
    sku: (r) => nameKey(r.sku),
    // Active first when ascending.
    active: (r) => (r.active ? 0 : 1),
    updatedAt: (r) => r.updatedAt ?? '',
  },
  defaultSort: PLANS_DEFAULT_SORT,
  id: (r) => r.id,
};

function planRow(p: ServicePlan, catalog: PlanCatalog | null): PlanRow {
  const row: PlanRow = {
    id: p.id!,
    productId: p.productId,
    name: p.name,
    billingType: p.billingType,
    sku: p.sku,
    active: p.active,
    periods: p.periods.map((x) => ({ duration: x.duration, endless: x.endless, trial: x.trial })),
    resources: p.resources.map((r) => catalog?.resources.find((c) => c.id === r.resourceId)?.name ?? r.resourceId),
  };
  if (p.updatedAt !== undefined) row.updatedAt = p.updatedAt;
  return row;
}

/**
 * GET /plans: the service plans the principal sees, of one product (`productId`) or all. A seller
 * has tens of plans, so they are filtered, sorted and paged here, by the list model's rules.
 */
export async function listPlans(repo: RepositoryReads, ctx: RequestContext, url: string): Promise<Answer> {
  const query = parseListQuery(plansQuerySchema, ['productId', 'status', 'billingType'], url);
  const productId = query.filters.productId;
  if (productId && !(await repo.planCatalog(ctx.scope, productId))) throw productNotFound();
  const plans = productId ? await repo.plans(ctx.scope, productId) : await repo.allPlans(ctx.scope);
  const catalogs = new Map<string, PlanCatalog | null>();
  for (const id of new Set(plans.map((p) => p.productId))) catalogs.set(id, await repo.planCatalog(ctx.scope, id));
  return ok(pageOf(plans.map((p) => planRow(p, catalogs.get(p.productId) ?? null)), query, PLAN_LIST));
}

const activeSchema = z.object({ active: z.boolean() });

/**
 * PUT /plans/{id}/active: activates or deactivates a plan (a new etag, as any save). A deactivated
 * plan is not sold any more; its subscriptions continue until their expiration date and cannot
 * be renewed.
 */
export async function setPlanActive(tx: RepositoryTransaction, ctx: RequestContext, planId: string, body: unknown): Promise<Answer> {
  mayEdit(ctx);
  const { active } = parseBody(activeSchema, body);
  const plan = await tx.plan(ctx.scope, planId);
  if (!plan) throw planNotFound();
  const saved: ServicePlan = { ...plan, active, updatedAt: ctx.now, etag: ctx.newId('v') };
  await tx.savePlan(ctx.scope, ctx.principal.organizationId, saved);
  return ok(saved);
}
