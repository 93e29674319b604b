/**
 * The database schema, as numbered migrations shared by PostgreSQL and PGlite. A migration is
 * never edited once released: a change is a new entry. `migrate` (migrate.ts) applies the ones a
 * database lacks, each in its own transaction, and records them in schema_migrations.
 *
 * Every table carries seller_org_id, the seller organization a row belongs to, first in its key:
 * every query filters by it, so it can become the distribution key of a sharded PostgreSQL
 * (Citus and the like) without a rewrite. Money is bigint minor units, calendar dates are `date`,
 * instants `timestamptz`. Structured documents a user edits as a whole (a service plan) and the
 * responses replayed for idempotency keys are `json`, which keeps the text exactly as sent.
 * `seq` keeps the order rows were added in.
 */
import { PLAN_VERSIONS_MIGRATION, SERVICE_PLAN_REFERENCES_MIGRATION } from './sql-plan-versions.js';

export interface Migration {
  id: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: '0001_initial',
    sql: `
CREATE TABLE sellers (
  seller_org_id text PRIMARY KEY,
  has_lti_service boolean NOT NULL,
  order_currencies text[] NOT NULL
);
CREATE TABLE billing_methods (
  seller_org_id text NOT NULL, id text NOT NULL, name text NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE organizations (
  seller_org_id text NOT NULL, id text NOT NULL, name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('own', 'child', 'reseller')),
  parent_id text, country text, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE distributions (
  seller_org_id text NOT NULL, id text NOT NULL, name text NOT NULL,
  valid_for_subscription_plan boolean NOT NULL, currency text NOT NULL,
  unit_price bigint NOT NULL CHECK (unit_price >= 0),
  has_tiers boolean NOT NULL DEFAULT false,
  min_users integer, max_users integer, key_length_days integer NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE distribution_tiers (
  seller_org_id text NOT NULL, distribution_id text NOT NULL, position integer NOT NULL,
  up_to integer, unit_price bigint NOT NULL CHECK (unit_price >= 0),
  PRIMARY KEY (seller_org_id, distribution_id, position),
  FOREIGN KEY (seller_org_id, distribution_id) REFERENCES distributions (seller_org_id, id)
);
CREATE TABLE contracts (
  seller_org_id text NOT NULL, id text NOT NULL, name text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'expired', 'suspended')),
  can_create_licenses boolean NOT NULL, conditions text NOT NULL, currency text NOT NULL,
  term_months integer NOT NULL, start_date date NOT NULL, end_date date NOT NULL,
  min_quantity integer, max_quantity integer, product_ids text[] NOT NULL, account_id text, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE accounts (
  seller_org_id text NOT NULL, id text NOT NULL, name text NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE contract_products (
  seller_org_id text NOT NULL, contract_id text NOT NULL, id text NOT NULL, name text NOT NULL,
  sku text NOT NULL, description text NOT NULL, unit_price bigint NOT NULL CHECK (unit_price >= 0), seq bigserial,
  PRIMARY KEY (seller_org_id, contract_id, id),
  FOREIGN KEY (seller_org_id, contract_id) REFERENCES contracts (seller_org_id, id)
);
CREATE TABLE stock (
  seller_org_id text NOT NULL, contract_id text NOT NULL, product_id text NOT NULL,
  available integer NOT NULL CHECK (available >= 0),
  PRIMARY KEY (seller_org_id, contract_id, product_id)
);
CREATE TABLE purchases (
  seller_org_id text NOT NULL, id text NOT NULL, currency text NOT NULL, total bigint NOT NULL,
  created_at timestamptz NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE licenses (
  seller_org_id text NOT NULL, id text NOT NULL, purchase_id text, product_id text NOT NULL,
  account_id text NOT NULL, contract_id text NOT NULL, start_date date NOT NULL, end_date date NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'expired')), from_stock boolean NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE INDEX licenses_by_account ON licenses (seller_org_id, account_id, product_id);
CREATE TABLE data_centers (
  seller_org_id text NOT NULL, id text NOT NULL, name text NOT NULL, location text NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE packages (
  seller_org_id text NOT NULL, id text NOT NULL, kind text NOT NULL CHECK (kind IN ('cloud', 'saas')),
  name text NOT NULL, description text NOT NULL, max_users integer, prepaid_months integer NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE package_prices (
  seller_org_id text NOT NULL, package_id text NOT NULL, currency text NOT NULL,
  monthly_price bigint CHECK (monthly_price >= 0), per_user_price bigint CHECK (per_user_price >= 0), seq bigserial,
  PRIMARY KEY (seller_org_id, package_id, currency),
  FOREIGN KEY (seller_org_id, package_id) REFERENCES packages (seller_org_id, id)
);
CREATE TABLE taken_domains (
  ascii text PRIMARY KEY,
  seller_org_id text NOT NULL
);
CREATE TABLE plan_catalogs (
  seller_org_id text NOT NULL, product_id text NOT NULL, product_name text NOT NULL,
  resources json NOT NULL, currencies text[] NOT NULL, languages text[] NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, product_id)
);
CREATE TABLE plans (
  seller_org_id text NOT NULL, id text NOT NULL, product_id text NOT NULL, document json NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE sales (
  seller_org_id text NOT NULL, id text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending-approval', 'approved', 'rejected')),
  name text NOT NULL, organization_id text NOT NULL, organization_name text NOT NULL,
  activation_date date NOT NULL, cancellation_date date NOT NULL, currency text NOT NULL, total bigint NOT NULL,
  customer_po text NOT NULL, order_number text NOT NULL, billing_method_id text NOT NULL, comment text NOT NULL,
  created_at timestamptz NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE sale_lines (
  seller_org_id text NOT NULL, sale_id text NOT NULL, position integer NOT NULL,
  distribution_id text NOT NULL, distribution_name text NOT NULL, users integer NOT NULL,
  unit_price bigint NOT NULL, total bigint NOT NULL,
  PRIMARY KEY (seller_org_id, sale_id, position),
  FOREIGN KEY (seller_org_id, sale_id) REFERENCES sales (seller_org_id, id)
);
CREATE TABLE orders (
  seller_org_id text NOT NULL, id text NOT NULL, kind text NOT NULL CHECK (kind IN ('cloud', 'saas')),
  status text NOT NULL, package_id text NOT NULL, currency text NOT NULL, payment_method text NOT NULL,
  postponed_billing boolean NOT NULL, first_charge_date date NOT NULL, company_name text NOT NULL,
  credentials_sent_to text[] NOT NULL, credentials_to_author boolean, domain text,
  monthly_price bigint, users integer, created_at timestamptz NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE TABLE idempotency_keys (
  seller_org_id text NOT NULL, key text NOT NULL, fingerprint text NOT NULL,
  status integer NOT NULL, body json, created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (seller_org_id, key)
);
CREATE TABLE counters (
  seller_org_id text NOT NULL, name text NOT NULL, value bigint NOT NULL,
  PRIMARY KEY (seller_org_id, name)
);
`,
  },
  {
    // Order numbers from a sequence: a row counter serialized every order on its lock until commit
    // (35 orders/s from two processes); a sequence hands numbers out without waiting (they may skip).
    id: '0002_record_numbers_sequence',
    sql: `
CREATE SEQUENCE record_numbers;
SELECT setval('record_numbers', (SELECT COALESCE(max(value), 0) + 1 FROM counters), false);
DROP TABLE counters;
`,
  },
  {
    // The list screens (issue 11): sales cancelled, their users, key lengths and status history;
    // the sort and search keys of the sales list (written by the server: the case-folded name key
    // of src/schemas, so SQL and memory sort and search alike; rows from before get lower()), the
    // demo's delayed approval, and indexes so a page of 10,000 sales is read without a full sort.
    id: '0003_sales_lists',
    sql: `
ALTER TABLE sales DROP CONSTRAINT sales_status_check;
ALTER TABLE sales ADD CONSTRAINT sales_status_check CHECK (status IN ('pending-approval', 'approved', 'rejected', 'cancelled'));
ALTER TABLE sales ADD COLUMN name_key text, ADD COLUMN organization_key text, ADD COLUMN distributions_key text, ADD COLUMN user_count integer, ADD COLUMN approve_at timestamptz;
UPDATE sales SET name_key = lower(name), organization_key = lower(organization_name),
  distributions_key = COALESCE((SELECT lower(string_agg(l.distribution_name, ', ' ORDER BY l.position)) FROM sale_lines l WHERE l.seller_org_id = sales.seller_org_id AND l.sale_id = sales.id), ''),
  user_count = COALESCE((SELECT sum(l.users) FROM sale_lines l WHERE l.seller_org_id = sales.seller_org_id AND l.sale_id = sales.id), 0);
ALTER TABLE sales ALTER COLUMN name_key SET NOT NULL, ALTER COLUMN organization_key SET NOT NULL, ALTER COLUMN distributions_key SET NOT NULL, ALTER COLUMN user_count SET NOT NULL;
ALTER TABLE sale_lines ADD COLUMN key_length_days integer NOT NULL DEFAULT 180;
CREATE TABLE sale_users (
  seller_org_id text NOT NULL, sale_id text NOT NULL, position integer NOT NULL,
  first_name text NOT NULL, last_name text NOT NULL, email text NOT NULL,
  PRIMARY KEY (seller_org_id, sale_id, position),
  FOREIGN KEY (seller_org_id, sale_id) REFERENCES sales (seller_org_id, id)
);
CREATE TABLE sale_status_history (
  seller_org_id text NOT NULL, sale_id text NOT NULL, position integer NOT NULL,
  status text NOT NULL CHECK (status IN ('pending-approval', 'approved', 'rejected', 'cancelled')),
  at timestamptz NOT NULL, note text NOT NULL,
  PRIMARY KEY (seller_org_id, sale_id, position),
  FOREIGN KEY (seller_org_id, sale_id) REFERENCES sales (seller_org_id, id)
);
INSERT INTO sale_status_history (seller_org_id, sale_id, position, status, at, note)
  SELECT seller_org_id, id, 0, 'pending-approval', created_at, '' FROM sales;
INSERT INTO sale_status_history (seller_org_id, sale_id, position, status, at, note)
  SELECT seller_org_id, id, 1, status, created_at, '' FROM sales WHERE status <> 'pending-approval';
CREATE INDEX sales_by_created ON sales (seller_org_id, created_at, id);
CREATE INDEX sales_by_status ON sales (seller_org_id, status, created_at);
CREATE INDEX sales_by_name ON sales (seller_org_id, name_key COLLATE "C", id COLLATE "C");
CREATE INDEX sales_due ON sales (approve_at) WHERE approve_at IS NOT NULL;
`,
  },
  {
    // Subscriptions (issue 12): what orders and license purchases leave running, the catalog of
    // plans each may move to (keyed by product: an order kind's packages, a contract's products, a
    // service product), and one row per change made, with the quote it was priced with. A
    // scheduled change is columns of its subscription; settle_on is the first day something
    // changes by itself, written by the server, so the subscriptions due are found by an index.
    id: '0004_subscriptions',
    sql: `
CREATE TABLE subscription_plans (
  seller_org_id text NOT NULL, product_key text NOT NULL, id text NOT NULL, currency text NOT NULL, billing_type text NOT NULL,
  name text NOT NULL, unit_price bigint NOT NULL CHECK (unit_price >= 0), period_fee bigint NOT NULL CHECK (period_fee >= 0),
  renewal_fee bigint NOT NULL CHECK (renewal_fee >= 0), max_quantity integer, active boolean NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, product_key, id, currency, billing_type)
);
CREATE TABLE subscriptions (
  seller_org_id text NOT NULL, id text NOT NULL,
  source text NOT NULL CHECK (source IN ('order', 'license')), source_id text NOT NULL,
  customer_name text NOT NULL, product_name text NOT NULL, product_key text NOT NULL,
  plan_id text NOT NULL, plan_name text NOT NULL, billing_type text NOT NULL, currency text NOT NULL,
  unit text NOT NULL CHECK (unit IN ('user-accounts', 'licenses', 'seats')),
  quantity integer NOT NULL CHECK (quantity >= 0), period_max_quantity integer NOT NULL, period_max_until date NOT NULL, max_quantity integer,
  unit_price bigint NOT NULL CHECK (unit_price >= 0), period_fee bigint NOT NULL CHECK (period_fee >= 0), renewal_fee bigint NOT NULL CHECK (renewal_fee >= 0),
  anchor_date date NOT NULL, billing_day integer NOT NULL CHECK (billing_day BETWEEN 1 AND 31),
  period_months integer NOT NULL CHECK (period_months >= 1), term_months integer NOT NULL CHECK (term_months >= 1), term_end date NOT NULL,
  auto_renew boolean NOT NULL, renewable boolean NOT NULL, status text NOT NULL CHECK (status IN ('active', 'ended')),
  pending_effective_date date, pending_plan_id text, pending_plan_name text, pending_quantity integer,
  pending_unit_price bigint CHECK (pending_unit_price >= 0), pending_period_fee bigint CHECK (pending_period_fee >= 0),
  account_id text, contract_id text, settle_on date NOT NULL, etag text NOT NULL, created_at timestamptz NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id)
);
CREATE INDEX subscriptions_due ON subscriptions (seller_org_id, settle_on) WHERE status = 'active';
CREATE INDEX subscriptions_by_source ON subscriptions (seller_org_id, source, source_id);
CREATE TABLE subscription_changes (
  seller_org_id text NOT NULL, id text NOT NULL, subscription_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('change', 'renew')), applies text NOT NULL CHECK (applies IN ('now', 'period-end', 'term-end')),
  effective_date date NOT NULL, quote json NOT NULL, currency text NOT NULL,
  due_now bigint NOT NULL CHECK (due_now >= 0), credit_balance bigint NOT NULL CHECK (credit_balance >= 0),
  created_at timestamptz NOT NULL, seq bigserial,
  PRIMARY KEY (seller_org_id, id),
  FOREIGN KEY (seller_org_id, subscription_id) REFERENCES subscriptions (seller_org_id, id)
);
`,
  },
  {
    // Channel economics (issue 23): what a plan costs the seller (its distributor's price) and its
    // suggested retail price, per unit and per period like the price itself; null when unknown.
    id: '0005_plan_cost',
    sql: `
ALTER TABLE subscription_plans
  ADD COLUMN unit_cost bigint CHECK (unit_cost >= 0), ADD COLUMN period_cost bigint CHECK (period_cost >= 0),
  ADD COLUMN unit_list_price bigint CHECK (unit_list_price >= 0), ADD COLUMN period_list_price bigint CHECK (period_list_price >= 0);
`,
  },
  {
    // Refund windows (issue 23): a product's window in hours on its catalog plans (null: the
    // default 168), and on a commitment subscription the batches added whose window may be open
    // (JSON: a handful at most, always read and written with their subscription, whose etag guards
    // them, so two decreases cannot refund one batch twice) and its window.
    id: '0006_refund_windows',
    sql: `
ALTER TABLE subscription_plans ADD COLUMN refund_window_hours integer CHECK (refund_window_hours >= 0);
ALTER TABLE subscriptions ADD COLUMN batches json, ADD COLUMN refund_window_hours integer CHECK (refund_window_hours >= 0);
`,
  },
  {
    // Price lists per reseller tier (issue 23): the seller's tier, and the distributor's dated
    // versions of each tier's list (a version's prices by plan and currency, read whole with it).
    id: '0007_price_lists',
    sql: `
ALTER TABLE sellers ADD COLUMN price_tier text;
CREATE TABLE price_list_versions (
  seller_org_id text NOT NULL, tier text NOT NULL, effective_from date NOT NULL, prices json NOT NULL,
  PRIMARY KEY (seller_org_id, tier, effective_from)
);
`,
  },
  {
    // Cost on the create flows' priced items (issue 23): what a distribution's user, a contract's
    // license and an order plan cost the seller, shaped like their prices; null when unknown. Sent
    // only to a principal with see-cost.
    id: '0008_item_cost',
    sql: `
ALTER TABLE distributions ADD COLUMN unit_cost bigint CHECK (unit_cost >= 0);
ALTER TABLE contract_products ADD COLUMN unit_cost bigint CHECK (unit_cost >= 0);
ALTER TABLE package_prices ADD COLUMN monthly_cost bigint CHECK (monthly_cost >= 0), ADD COLUMN per_user_cost bigint CHECK (per_user_cost >= 0);
`,
  },
  // Plan versions (issue 22): sql-plan-versions.ts.
  PLAN_VERSIONS_MIGRATION,
  SERVICE_PLAN_REFERENCES_MIGRATION,
  {
    // A price negotiated for one subscription (issue 23): its unit price and dates, as JSON read and
    // written with the subscription (its etag guards it); null: none.
    id: '0011_price_override',
    sql: `
ALTER TABLE subscriptions ADD COLUMN price_override json;
`,
  },
];
