/** What a conformance run takes and gives: its options, each check's result, the report, and a check itself. */
import type { Client, ConformanceTarget } from './client.js';
import type { Fixtures } from './fixtures.js';

export interface ConformanceOptions extends ConformanceTarget {
  /** The backend requires auth: requests without `headers` must get 401. */
  requireAuth?: boolean;
  /** Headers of a principal whose seller lacks the LTI service (checks the lti-required refusal). */
  withoutLtiHeaders?: Record<string, string>;
  /** Headers of a principal without the approve-sales permission (checks the 403 of approving a sale). */
  withoutApprovalHeaders?: Record<string, string>;
  /** Headers of a principal without the see-cost permission (checks that no priced answer carries cost). */
  withoutCostHeaders?: Record<string, string>;
  /** The product whose service plans are checked. Default "prod-backup" (the seed's). */
  planProductId?: string;
  /** Size of the body that must be refused with 413. Default 4 MiB. */
  oversizedBytes?: number;
  /** Requests sent at once with one Idempotency-Key. Default 50. */
  parallel?: number;
  /** Run only checks whose name contains this. */
  only?: string;
  /** Called after each check. */
  onResult?: (result: CheckResult) => void;
}

export interface CheckResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  message?: string;
  ms: number;
}

export interface ConformanceReport {
  results: CheckResult[];
  passed: number;
  failed: number;
  skipped: number;
}

/** What every check gets: the API client, the data found through it, and the run's options. */
export interface Env {
  api: Client;
  fx: Fixtures;
  options: ConformanceOptions;
}

export type Check = [name: string, run: (env: Env) => Promise<void>];
