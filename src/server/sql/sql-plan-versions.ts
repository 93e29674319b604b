/** Superseded plan versions in SQL (plan-versions.ts): kept whole, as the plan document was, never changed again. */
import type { ServicePlan } from '../../schemas/plan.js';
import type { Scope } from '../repository.js';
import type { Row, SqlQueryable } from './database.js';

const document = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as ServicePlan;

export function planVersionReads(q: SqlQueryable) {
  return {
    async planVersions(scope: Scope, planId: string) {
      return (await q.query('SELECT document FROM plan_versions WHERE seller_org_id = ANY($1::text[]) AND plan_id = $2 ORDER BY version', [scope, planId])).map((r) => document(r.document));
    },
  };
}

export function planVersionWrites(q: SqlQueryable) {
  return {
    async insertPlanVersion(sellerId: string, plan: ServicePlan) {
      await q.query('INSERT INTO plan_versions (seller_org_id, plan_id, version, document) VALUES ($1, $2, $3, $4::json)', [sellerId, plan.id, plan.version ?? 1, JSON.stringify(plan)]);
    },
  };
}

/** A package's or distribution's service plan (its row's service_plan_id), as the schemas' optional field. */
export const servicePlanOf = (r: Row): { servicePlanId?: string } => (typeof r.service_plan_id === 'string' ? { servicePlanId: r.service_plan_id } : {});

/**
 * The migration of plan versions (issue 22): each plan's superseded versions, and the version a
 * subscription of a service plan bought (null: a subscription of a plan without versions, or from
 * before them: version 1).
 */
export const PLAN_VERSIONS_MIGRATION = {
  id: '0009_plan_versions',
  sql: `
CREATE TABLE plan_versions (
  seller_org_id text NOT NULL, plan_id text NOT NULL, version integer NOT NULL CHECK (version >= 1), document json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (seller_org_id, plan_id, version)
);
ALTER TABLE subscriptions ADD COLUMN plan_version integer CHECK (plan_version >= 1);
CREATE INDEX subscriptions_by_plan ON subscriptions (seller_org_id, product_key, plan_id);
`,
};

/** Order packages and sale distributions name the service plan they sell; an order's subscription of such a package is that plan's subscriber. */
export const SERVICE_PLAN_REFERENCES_MIGRATION = {
  id: '0010_service_plan_references',
  sql: `
ALTER TABLE packages ADD COLUMN service_plan_id text;
ALTER TABLE distributions ADD COLUMN service_plan_id text;
ALTER TABLE subscriptions ADD COLUMN service_plan_id text;
CREATE INDEX subscriptions_by_service_plan ON subscriptions (seller_org_id, service_plan_id) WHERE service_plan_id IS NOT NULL;
`,
};
