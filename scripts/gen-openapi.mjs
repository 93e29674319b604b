// Generates docs/openapi.yaml: the REST contract RestAdapter speaks and the demo backend serves.
// Component schemas come from channelkit/schemas (z.toJSONSchema), so they cannot drift from
// what the widgets validate. `node scripts/gen-openapi.mjs --check` fails when the file is stale.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'ck-openapi-'));
const out = join(dir, 'schemas.mjs');
await build({
  stdin: { contents: "export * from './src/schemas/index.ts'; export * from './src/schemas/lists.ts'; export * as z from 'zod/mini';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'silent',
});
const s = await import(pathToFileURL(out).href);
const { z } = s;

const json = (schema, io = 'output') => {
  const j = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete j.$schema;
  return j;
};

const schemas = {
  Organization: json(s.organizationSchema),
  SellerContext: json(s.sellerContextSchema),
  Distribution: json(s.distributionSchema),
  SaleInput: json(s.saleInputSchema, 'input'),
  Sale: json(s.saleSchema),
  Contract: json(s.contractSchema),
  Account: json(s.accountSchema),
  Product: json(s.productSchema),
  Stock: json(s.stockSchema),
  ActiveLicenses: json(s.activeLicensesSchema),
  PurchaseInput: json(s.purchaseInputSchema, 'input'),
  Purchase: json(s.purchaseSchema),
  OrderOptions: json(s.orderOptionsSchema),
  OrderInput: json(s.orderInputSchema, 'input'),
  Order: json(s.orderSchema),
  PlanContext: json(s.planContextSchema),
  ServicePlan: json(s.servicePlanShape),
  SalePage: json(s.listResponses.listSales),
  SaleDetail: json(s.saleDetailSchema),
  SaleStatusChange: json(s.saleStatusChangeInputSchema, 'input'),
  LicensePage: json(s.listResponses.listLicenses),
  PlanPage: json(s.listResponses.listPlans),
  Money: json(s.moneySchema()),
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        properties: {
          message: { type: 'string', description: 'A sentence for the user.' },
          code: { type: 'string', description: 'Machine-readable reason: lti-required, contract-inactive, no-permission, product-not-in-contract, domain-taken, quote-changed, ...' },
          fields: { type: 'object', additionalProperties: { type: 'string' }, description: 'Message per field path, e.g. "customer.email" or "lines.0.users".' },
          quote: {
            type: 'object',
            description: "With 409 quote-changed: the backend's own quote for today, in the shape of `expected` plus `quotedOn`; a client may show it and send it back as `expected`.",
            properties: { quotedOn: { type: 'string', format: 'date' }, total: { $ref: '#/components/schemas/Money' }, startDate: { type: 'string', format: 'date' }, endDate: { type: 'string', format: 'date' }, firstChargeDate: { type: 'string', format: 'date' } },
          },
        },
      },
    },
  },
};

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (name) => ({ type: 'array', items: ref(name) });
const ok = (schema, status = '200', description = 'OK') => ({ [status]: { description, content: { 'application/json': { schema } } } });
const errors = (...codes) => Object.fromEntries(codes.map((c) => [c, { $ref: `#/components/responses/E${c}` }]));
const idem = { $ref: '#/components/parameters/IdempotencyKey' };
const body = (name) => ({ required: true, content: { 'application/json': { schema: typeof name === 'string' ? ref(name) : name } } });
const p = (name, where = 'path') => ({ name, in: where, required: true, schema: { type: 'string' } });

/** The list model's URL parameters (src/schemas/lists.ts), then the list's own filters. */
const listParams = (sorts, filters) => [
  { name: 'search', in: 'query', required: false, description: 'Part of a name, any case.', schema: { type: 'string', maxLength: s.MAX_SEARCH_LENGTH } },
  ...Object.entries(filters).map(([name, schema]) => ({ name, in: 'query', required: false, schema })),
  { name: 'sort', in: 'query', required: false, schema: { type: 'string', enum: [...sorts] } },
  { name: 'direction', in: 'query', required: false, schema: { type: 'string', enum: ['asc', 'desc'], default: 'asc' } },
  { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: s.MAX_PAGE_SIZE, default: s.DEFAULT_LIST_PAGE_SIZE } },
];
const oneOf = (values) => ({ type: 'string', enum: [...values] });

const paths = {
  '/products/{productId}/plan-context': { get: { operationId: 'getPlanContext', tags: ['plans'], summary: "The product's resources, the vendor's currencies and languages, and the product's plans", parameters: [p('productId')], responses: { ...ok(ref('PlanContext')), ...errors(403, 404, 500) } } },
  '/products/{productId}/plans': { post: { operationId: 'createPlan', tags: ['plans'], summary: 'Create a service plan', parameters: [p('productId'), idem], requestBody: body('ServicePlan'), responses: { ...ok(ref('ServicePlan'), '201', 'Created (or the plan first created with this Idempotency-Key)'), ...errors(403, 422, 500) } } },
  '/plans/{planId}': {
    get: { operationId: 'getPlan', tags: ['plans'], parameters: [p('planId')], responses: { ...ok(ref('ServicePlan')), ...errors(403, 404, 500) } },
    put: { operationId: 'updatePlan', tags: ['plans'], summary: 'Save a service plan', parameters: [p('planId'), idem], requestBody: body('ServicePlan'), responses: { ...ok(ref('ServicePlan')), ...errors(403, 404, 409, 422, 500) } },
  },
  '/plans/{planId}/copy': { post: { operationId: 'copyPlan', tags: ['plans'], summary: 'Copy a service plan with its periods and resources', parameters: [p('planId'), idem], requestBody: body({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }), responses: { ...ok(ref('ServicePlan'), '201', 'Created'), ...errors(403, 404, 422, 500) } } },
  '/plans': { get: { operationId: 'listPlans', tags: ['plans', 'lists'], summary: 'Service plans of a product (productId) or of every product, a page at a time', parameters: listParams(s.PLAN_SORTS, { productId: { type: 'string' }, status: oneOf(['active', 'inactive']), billingType: oneOf(json(s.planRowSchema).properties.billingType.enum) }), responses: { ...ok(ref('PlanPage')), ...errors(403, 404, 422, 500) } } },
  '/plans/{planId}/active': { put: { operationId: 'setPlanActive', tags: ['plans'], summary: "Activate or deactivate a plan (a deactivated plan's subscriptions run until they expire and cannot be renewed)", parameters: [p('planId'), idem], requestBody: body({ type: 'object', required: ['active'], properties: { active: { type: 'boolean' } } }), responses: { ...ok(ref('ServicePlan')), ...errors(403, 404, 500) } } },
  '/seller': { get: { operationId: 'getSellerContext', tags: ['sales'], summary: "The seller's organization, whether it has the LTI service, and its billing methods", responses: { ...ok(ref('SellerContext')), ...errors(403, 500) } } },
  '/organizations': { get: { operationId: 'searchOrganizations', tags: ['sales'], summary: "Search the seller's own and child organizations and resellers by name", parameters: [{ name: 'q', in: 'query', required: false, schema: { type: 'string' } }], responses: { ...ok(arrayOf('Organization')), ...errors(403, 500) } } },
  '/distributions': { get: { operationId: 'listDistributions', tags: ['sales'], summary: 'The catalog of product distributions, each marked valid or not for a subscription plan', responses: { ...ok(arrayOf('Distribution')), ...errors(403, 500) } } },
  '/sales': {
    get: { operationId: 'listSales', tags: ['sales', 'lists'], summary: "The sales of the seller's own and child organizations, a page at a time", parameters: listParams(s.SALE_SORTS, { status: oneOf(s.SALE_STATUSES), scope: oneOf(s.SALE_SCOPES) }), responses: { ...ok(ref('SalePage')), ...errors(403, 422, 500) } },
    post: { operationId: 'createSale', tags: ['sales'], summary: 'Register a sale (status Pending Approval)', parameters: [idem], requestBody: body('SaleInput'), responses: { ...ok(ref('Sale'), '201', 'Created'), ...errors(403, 422, 500) } },
  },
  '/sales/{saleId}': { get: { operationId: 'getSale', tags: ['sales'], summary: "A sale's detail: distributions with key length and renewals, users, numbers, comment, status history", parameters: [p('saleId')], responses: { ...ok(ref('SaleDetail')), ...errors(403, 404, 500) } } },
  '/sales/{saleId}/approve': { post: { operationId: 'approveSale', tags: ['sales'], summary: 'Approve a sale Pending Approval (approve-sales permission); 409 sale-not-pending otherwise', parameters: [p('saleId'), idem], requestBody: body('SaleStatusChange'), responses: { ...ok(ref('SaleDetail')), ...errors(403, 404, 409, 500) } } },
  '/sales/{saleId}/reject': { post: { operationId: 'rejectSale', tags: ['sales'], summary: 'Reject a sale Pending Approval (approve-sales permission); 409 sale-not-pending otherwise', parameters: [p('saleId'), idem], requestBody: body('SaleStatusChange'), responses: { ...ok(ref('SaleDetail')), ...errors(403, 404, 409, 500) } } },
  '/contracts': { get: { operationId: 'listContracts', tags: ['licenses'], summary: "The reseller's contracts with status and create-license permission", responses: { ...ok(arrayOf('Contract')), ...errors(403, 500) } } },
  '/accounts': { get: { operationId: 'listAccounts', tags: ['licenses'], responses: { ...ok(arrayOf('Account')), ...errors(403, 500) } } },
  '/contracts/{contractId}/account': { put: { operationId: 'saveContractAccount', tags: ['licenses'], summary: 'Save the account purchases under this contract are tracked under', parameters: [p('contractId'), idem], requestBody: body({ type: 'object', required: ['accountId'], properties: { accountId: { type: 'string' } } }), responses: { ...ok(ref('Contract')), ...errors(403, 404, 409, 422, 500) } } },
  '/contracts/{contractId}/products': { get: { operationId: 'listContractProducts', tags: ['licenses'], summary: 'Products added under the contract, priced in its currency', parameters: [p('contractId')], responses: { ...ok(arrayOf('Product')), ...errors(403, 404, 500) } } },
  '/contracts/{contractId}/stock': { get: { operationId: 'getStock', tags: ['licenses'], parameters: [p('contractId'), p('productId', 'query')], responses: { ...ok(ref('Stock')), ...errors(403, 404, 500) } } },
  '/accounts/{accountId}/licenses': { get: { operationId: 'getActiveLicenses', tags: ['licenses'], summary: "The account's active licenses of a product: how many and when they end", parameters: [p('accountId'), p('productId', 'query'), { name: 'status', in: 'query', schema: { type: 'string', enum: ['active'] } }], responses: { ...ok(ref('ActiveLicenses')), ...errors(403, 404, 500) } } },
  '/accounts/{accountId}/license-batches': { get: { operationId: 'listLicenses', tags: ['licenses', 'lists'], summary: "The account's licenses, one row per product, contract and dates, with days left, state and the this-month mark from the server's today", parameters: [p('accountId'), ...listParams(s.LICENSE_SORTS, { status: oneOf(s.LICENSE_STATES), productId: { type: 'string' } })], responses: { ...ok(ref('LicensePage')), ...errors(403, 404, 422, 500) } } },
  '/license-purchases': { post: { operationId: 'purchaseLicenses', tags: ['licenses'], summary: 'Buy licenses; refused with 409 quote-changed when the price or dates differ from `expected`', parameters: [idem], requestBody: body('PurchaseInput'), responses: { ...ok(ref('Purchase'), '201', 'Created'), ...errors(403, 409, 422, 500) } } },
  '/order-options': { get: { operationId: 'getOrderOptions', tags: ['orders'], summary: 'Currencies, data centers and plan packages for Cloud and SaaS orders', responses: { ...ok(ref('OrderOptions')), ...errors(403, 500) } } },
  '/orders': { post: { operationId: 'createOrder', tags: ['orders'], summary: 'Order a Cloud or SaaS subscription; 409 domain-taken when the domain is in use', parameters: [idem], requestBody: body('OrderInput'), responses: { ...ok(ref('Order'), '201', 'Created'), ...errors(403, 409, 422, 500) } } },
};

const errorResponse = (description) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

// What every request may also answer (channelkit/server does; docs/server.md): 401 without valid
// credentials; and every creating or saving one: a malformed or mistyped body, a missing key, a body
// too large or not JSON, a changed quote or a reused key. Declared here once so each path stays readable.
for (const item of Object.values(paths)) {
  for (const op of Object.values(item)) {
    op.responses = { ...op.responses, ...errors(401), ...(op.requestBody ? errors(400, 409, 413, 415) : {}) };
    op.responses = Object.fromEntries(Object.entries(op.responses).sort(([a], [b]) => a.localeCompare(b)));
  }
}
const doc = {
  openapi: '3.1.0',
  info: {
    title: 'channelkit REST contract',
    version: '0.1.0',
    description:
      'The API RestAdapter calls and the demo backend implements. Amounts are integer minor units; dates are YYYY-MM-DD calendar dates. ' +
      'Every creating or saving request carries an Idempotency-Key; a repeated key must return the first result instead of creating a second record. ' +
      'Errors: 400/422 validation (with fields), 401 unauthorized (sign in again), 403 forbidden, 404 not found, 409 conflict, 429 rate limited (Retry-After in seconds or an HTTP date), 5xx server. Redirects are not followed: answer the API from its own URL. Generated by scripts/gen-openapi.mjs from src/schemas.',
  },
  servers: [{ url: '/api' }],
  paths,
  components: {
    parameters: { IdempotencyKey: { name: 'Idempotency-Key', in: 'header', required: true, description: 'Made once per user submission and reused on every retry of it.', schema: { type: 'string' } } },
    responses: {
      E400: errorResponse('Bad request: malformed JSON, a body of the wrong shape (with `fields`), text that cannot be stored (U+0000), or no Idempotency-Key (idempotency-key-missing).'),
      E401: errorResponse('Unauthorized: no valid credentials (unauthenticated); sign in again.'),
      E403: errorResponse('Forbidden: the user may not do this (e.g. code lti-required, no-permission).'),
      E404: errorResponse('Not found.'),
      E409: errorResponse('Conflict: the state changed (e.g. contract-inactive, product-not-in-contract, domain-taken, or quote-changed with the backend\'s quote in `error.quote`).'),
      E413: errorResponse('The body is larger than the backend accepts (body-too-large).'),
      E415: errorResponse('The body is not sent as application/json (unsupported-media-type).'),
      E422: errorResponse('Validation failed: `error.fields` has a message per field path; or idempotency-key-reused (the key was used for a different request); or, for a list, invalid-query (a parameter, sort key or filter value it cannot read, a pageSize over 100).'),
      E500: errorResponse('Server error; the client may retry with the same Idempotency-Key.'),
    },
    schemas,
  },
};

// A small YAML writer for JSON values (keys and strings quoted when needed).
const plain = /^[A-Za-z_$/{}][\w$./{}-]*$/;
const reserved = /^(true|false|null|yes|no|on|off|~)$/i;
const str = (v) => (plain.test(v) && !reserved.test(v) ? v : JSON.stringify(v));
function yaml(v, indent = '') {
  if (Array.isArray(v)) {
    if (!v.length) return ' []';
    return v.map((x) => `\n${indent}- ${yaml(x, indent + '  ').replace(/^\n\s*/, '')}`).join('');
  }
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    if (!keys.length) return ' {}';
    return keys.map((k) => `\n${indent}${str(k)}:${typeof v[k] === 'object' && v[k] !== null ? yaml(v[k], indent + '  ') : ' ' + yaml(v[k])}`).join('');
  }
  if (typeof v === 'string') return str(v);
  return String(v);
}
const text = `# Generated by scripts/gen-openapi.mjs from src/schemas — do not edit by hand.${yaml(doc)}\n`;
const file = 'docs/openapi.yaml';
if (process.argv.includes('--check')) {
  const current = readFileSync(file, 'utf8');
  if (current !== text) {
    console.error(`${file} is stale: run node scripts/gen-openapi.mjs`);
    process.exit(1);
  }
  console.log(`${file} is up to date`);
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
