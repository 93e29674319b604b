/**
 * The demo's plan versions (issue 22): "Backup Standard — Annual" was saved with a higher price
 * per protected device while it had a subscriber, so it is at version 2 and version 1 keeps that
 * subscriber at its price until the vendor moves it (the plan editor shows both). Every other plan
 * is at version 1, and so are the service product's subscriptions.
 */
import type { ServicePlan } from '../../schemas/plan.js';
import type { SubscriptionRecord } from '../../server/repository.js';
import { SERVICE_PRODUCT } from './seed-subscriptions.js';

/** The plan with two versions, and its version 2's monthly fee per protected device (version 1: USD 4.50). */
export const VERSIONED_PLAN_ID = 'plan-backup-annual';
const VERSION_2_FEES: Record<string, number> = { USD: 480, EUR: 440, JPY: 720 };

export function seedPlanVersions(plans: readonly ServicePlan[], subscriptions: readonly SubscriptionRecord[]): { plans: ServicePlan[]; planVersions: ServicePlan[]; subscriptions: SubscriptionRecord[] } {
  const planVersions: ServicePlan[] = [];
  const current = plans.map((p): ServicePlan => {
    if (p.id !== VERSIONED_PLAN_ID) return { ...p, version: 1 };
    planVersions.push({ ...p, version: 1 });
    const resources = p.resources.map((r) => (r.fees.recurring ? { ...r, fees: { ...r.fees, recurring: { ...VERSION_2_FEES } } } : r));
    return { ...p, resources, version: 2, updatedAt: '2025-06-02T10:00:00.000Z' };
  });
  const onVersion1 = subscriptions.map((s) => (s.productKey === SERVICE_PRODUCT.key ? { ...s, planVersion: 1 } : s));
  return { plans: current, planVersions, subscriptions: onVersion1 };
}
