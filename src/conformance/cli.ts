#!/usr/bin/env node
/**
 * channelkit-conformance: runs the conformance suite against a backend and exits 1 when a check
 * fails. `--print-seed` prints the data the suite expects the backend to hold (the demo seed,
 * as JSON per seller organization), for hosts that load fixtures their own way.
 */
import { parseArgs } from 'node:util';
import { todayFrom } from '../core/clock.js';
import { demoTenants } from '../server/seed.js';
import { runConformance } from './suite.js';

const USAGE = `Usage: channelkit-conformance --base-url http://127.0.0.1:8787/api [options]

  --base-url URL            the API root (required)
  --header "Name: value"    sent with every request (repeatable), e.g. the auth of a seller
  --require-auth            the backend requires auth: requests without the headers must get 401
  --without-lti-header "Name: value"
                            auth of a seller without the LTI service (checks lti-required; repeatable)
  --without-approval-header "Name: value"
                            auth of a user without the approve-sales permission (checks the 403; repeatable)
  --without-cost-header "Name: value"
                            auth of a user without the see-cost permission (checks no answer carries cost; repeatable)
  --plan-product ID         the product whose service plans are checked (default prod-backup)
  --oversized-bytes N       size of the body that must be refused with 413 (default 4194304)
  --parallel N              requests sent at once with one Idempotency-Key (default 50)
  --only TEXT               run only checks whose name contains TEXT
  --print-seed [DATE]       print the seed data the suite expects (dates relative to DATE, default today) and exit
  --json                    print the report as JSON`;

function headers(list: string[] | undefined): Record<string, string> | undefined {
  if (!list?.length) return undefined;
  return Object.fromEntries(
    list.map((h) => {
      const i = h.indexOf(':');
      if (i < 1) throw new Error(`--header wants "Name: value", got "${h}"`);
      return [h.slice(0, i).trim(), h.slice(i + 1).trim()];
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'base-url': { type: 'string' },
      header: { type: 'string', multiple: true },
      'require-auth': { type: 'boolean' },
      'without-lti-header': { type: 'string', multiple: true },
      'without-approval-header': { type: 'string', multiple: true },
      'without-cost-header': { type: 'string', multiple: true },
      'plan-product': { type: 'string' },
      'oversized-bytes': { type: 'string' },
      parallel: { type: 'string' },
      only: { type: 'string' },
      'print-seed': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values['print-seed']) {
    console.log(JSON.stringify(demoTenants(positionals[0] ?? todayFrom()), null, 2));
    return 0;
  }
  if (!values['base-url']) {
    console.error(USAGE);
    return 2;
  }
  const report = await runConformance({
    baseUrl: values['base-url'],
    headers: headers(values.header),
    requireAuth: values['require-auth'],
    withoutLtiHeaders: headers(values['without-lti-header']),
    withoutApprovalHeaders: headers(values['without-approval-header']),
    withoutCostHeaders: headers(values['without-cost-header']),
    planProductId: values['plan-product'],
    oversizedBytes: values['oversized-bytes'] ? Number(values['oversized-bytes']) : undefined,
    parallel: values.parallel ? Number(values.parallel) : undefined,
    only: values.only,
    onResult: values.json
      ? undefined
      : (r) => {
          const mark = r.status === 'passed' ? 'ok  ' : r.status === 'skipped' ? 'skip' : 'FAIL';
          console.log(`${mark} ${r.name} (${r.ms} ms)${r.message ? `\n       ${r.message}` : ''}`);
        },
  });
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(`\n${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
  return report.failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
