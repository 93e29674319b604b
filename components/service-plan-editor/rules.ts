/** Every rule of the plan draft, from the shared plan schema, and the warnings the editor shows. */
import { catalogVersion, translate } from '../../src/i18n/catalog.js';
import { nameKey } from '../../src/schemas/common.js';
import { type PlanContext, planProductError, repeatedResources, type ServicePlan, servicePlanSchema } from '../../src/schemas/plan.js';
import { type FieldErrors, validate } from '../../src/schemas/validate.js';
import { cached, toPlan } from './conversion.js';
import { msg } from './messages.js';
import type { PlanDraft, ResourceDraft } from './model.js';

const ruleCache = new WeakMap<ResourceDraft, Map<string, FieldErrors>>();

/** The last check of the plan without its resources, and what it was made of: a keystroke in a resource leaves it as it was. */
let lastHead: { parts: unknown[]; errors: FieldErrors } | null = null;

/** The plan's checks without its resources: run again only when something outside the resources changed. */
function headErrors(draft: PlanDraft, plan: ServicePlan, schema: ReturnType<typeof servicePlanSchema>, variant: string, locale: string): FieldErrors {
  const parts: unknown[] = [variant, ...Object.entries(draft).flatMap(([k, v]) => (k === 'resources' ? [] : [k, v]))];
  if (lastHead && lastHead.parts.length === parts.length && lastHead.parts.every((p, i) => p === parts[i])) return lastHead.errors;
  const head = validate(schema, { ...plan, resources: [] }, locale);
  lastHead = { parts, errors: head.ok ? {} : head.errors };
  return lastHead.errors;
}

/**
 * Every error of the draft, by path: what could not be read first, then every rule of the plan.
 * The plan without its resources is checked as a whole; each resource is checked on its own
 * (cached while it is unchanged), then the rule across resources (no resource twice).
 */
export function planErrors(draft: PlanDraft, ctx: PlanContext | null, locale: string, isNew: boolean): FieldErrors {
  const { plan, errors } = toPlan(draft, locale);
  const currencies = ctx?.currencies ?? [];
  const schema = servicePlanSchema({ currencies, newPlan: isNew });
  const variant = `${locale}|${catalogVersion()}|${currencies.join()}|${isNew}`;
  const all: FieldErrors = { ...headErrors(draft, plan, schema, variant, locale) };
  draft.resources.forEach((r, i) => {
    const own = cached(ruleCache, r, variant, () => {
      const one = validate(schema, { ...plan, periods: [], resources: [plan.resources[i]!] }, locale);
      return one.ok ? {} : Object.fromEntries(Object.entries(one.errors).filter(([k]) => k.startsWith('resources.0.') || k === 'resources.0').map(([k, v]) => [k.replace(/^resources\.0/, ''), v]));
    });
    for (const [k, v] of Object.entries(own)) all[`resources.${i}${k}`] = v;
  });
  // A plan stays with its product (a draft restored under another product says so, as a backend would).
  const otherProduct = ctx ? planProductError(plan.productId, ctx.product.id, locale) : '';
  if (otherProduct) all.productId ??= otherProduct;
  // The rule across resources (each resource above was checked alone).
  for (const i of repeatedResources(draft.resources)) all[`resources.${i}.resourceId`] ??= translate(locale, 'plan.duplicateResource');
  // Unreadable numbers come out of toPlan as NaN: their own message is the one to show.
  for (const [k, v] of Object.entries(errors)) all[k] = v;
  return all;
}

/** A warning (not an error) when another plan of the product has the same name. */
export function nameWarning(draft: PlanDraft, ctx: PlanContext | null, locale: string): string {
  const name = nameKey(draft.name);
  if (!name) return '';
  const other = ctx?.plans.find((p) => p.id !== draft.id && nameKey(p.name) === name);
  return other ? msg(locale, 'nameTaken', { name: other.name }) : '';
}

/** The product resources not yet in the plan (what "Add resource" offers). */
export function availableResources(draft: PlanDraft, ctx: PlanContext | null) {
  const used = new Set(draft.resources.map((r) => r.resourceId));
  return (ctx?.resources ?? []).filter((r) => !used.has(r.id));
}
