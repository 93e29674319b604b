/**
 * channelkit/conformance: the contract the widgets rely on, checked against any backend by URL.
 * Every endpoint's happy path, every seed rule's refusal, field paths of 422s, stale quotes, the
 * lists (paging, sort, filters, search, scope, approval, license states from the backend's today),
 * subscriptions (changes at the previewed total, stale quotes and etags, renewals, cancels),
 * plan versions (a save with subscribers, the move's preview and charge),
 * idempotency (replay, reuse with another body, parallel duplicates), malformed and oversized
 * bodies, and auth when configured. Runs anywhere fetch does; the CLI is cli.ts.
 */
import { Client } from './client.js';
import type { Check, CheckResult, ConformanceOptions, ConformanceReport, Env } from './check.js';
import { COST_CHECKS } from './cost-checks.js';
import { ConformanceFailure, Skip } from './expect.js';
import { Fixtures } from './fixtures.js';
import { IDEMPOTENCY_CHECKS } from './idempotency-checks.js';
import { LICENSE_CHECKS } from './license-checks.js';
import { LIST_CHECKS } from './list-checks.js';
import { ORDER_CHECKS } from './order-checks.js';
import { PLAN_CHECKS } from './plan-checks.js';
import { PLAN_VERSION_CHECKS } from './plan-version-checks.js';
import { READ_CHECKS } from './read-checks.js';
import { REQUEST_CHECKS } from './request-checks.js';
import { SALE_CHECKS } from './sale-checks.js';
import { SUBSCRIPTION_CHECKS } from './subscription-checks.js';

export type { CheckResult, ConformanceOptions, ConformanceReport } from './check.js';

const CHECKS: Check[] = [...READ_CHECKS, ...SALE_CHECKS, ...LICENSE_CHECKS, ...ORDER_CHECKS, ...PLAN_CHECKS, ...LIST_CHECKS, ...SUBSCRIPTION_CHECKS, ...COST_CHECKS, ...PLAN_VERSION_CHECKS, ...IDEMPOTENCY_CHECKS, ...REQUEST_CHECKS];

/** The names of every check, in order. */
export const CHECK_NAMES: readonly string[] = CHECKS.map(([name]) => name);

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const api = new Client(options);
  const env: Env = { api, fx: new Fixtures(api, options.planProductId ?? 'prod-backup'), options };
  const results: CheckResult[] = [];
  for (const [name, run] of CHECKS) {
    if (options.only && !name.toLowerCase().includes(options.only.toLowerCase())) continue;
    const start = performance.now();
    let result: CheckResult;
    try {
      await run(env);
      result = { name, status: 'passed', ms: Math.round(performance.now() - start) };
    } catch (e) {
      const status = e instanceof Skip ? 'skipped' : 'failed';
      const message = e instanceof Skip || e instanceof ConformanceFailure ? e.message : `unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
      result = { name, status, message, ms: Math.round(performance.now() - start) };
    }
    results.push(result);
    options.onResult?.(result);
  }
  const count = (s: CheckResult['status']) => results.filter((r) => r.status === s).length;
  return { results, passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}
