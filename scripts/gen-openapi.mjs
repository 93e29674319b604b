// Generates docs/openapi.yaml: the REST contract RestAdapter speaks and the demo backend serves.
// Component schemas come from channelkit/schemas (z.toJSONSchema), so they cannot drift from
// what the widgets validate; the operations are a table (openapi-operations.mjs), the words the
// schemas lack another (openapi-descriptions.mjs). `node scripts/gen-openapi.mjs --check` fails
// when the file is stale, a property has no description, or the server answers an unlisted code.
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ERROR_CODES, PROPERTY_DESCRIPTIONS, PROPERTY_DESCRIPTIONS_AT } from './openapi-descriptions.mjs';
import { operations, ref, TAGS } from './openapi-operations.mjs';

const dir = mkdtempSync(join(tmpdir(), 'ck-openapi-'));
const out = join(dir, 'schemas.mjs');
await build({
  stdin: {
    contents: "export * from './src/schemas/index.ts'; export * from './src/schemas/lists.ts'; export * from './src/schemas/subscription.ts'; export { isCalendarDate, isCurrencyCode } from './src/core/index.ts'; export * as z from 'zod/mini';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'silent',
});
const s = await import(pathToFileURL(out).href);
const { z } = s;

// ---- component schemas: from the zod schemas, with shared parts as named components ----------

/** Schemas made by a function (a new instance per use) are recognised by shape or by their check. */
const hasCheck = (def, fn) => def.type === 'string' && (def.checks ?? []).some((c) => c === fn || c._zod.def.fn === fn);
const hasKeys = (def, keys) => def.type === 'object' && Object.keys(def.shape).sort().join() === keys;
const BY_SHAPE = [
  ['CalendarDate', (def) => hasCheck(def, s.calendarDateCheck)],
  ['CurrencyCode', (def) => hasCheck(def, s.isCurrencyCode)],
  ['LanguageCode', (def) => hasCheck(def, s.isLanguageCode)],
  ['Money', (def) => hasKeys(def, 'currency,minor')],
  ['Duration', (def) => hasKeys(def, 'quantity,unit')],
  ['ExpectedQuote', (def) => hasKeys(def, 'endDate,firstChargeDate,total')],
];
/** Component name -> [zod schema, io]: every schema instance used in more than one place, and each body and answer. */
const COMPONENTS = {
  Organization: [s.organizationSchema],
  NewOrganization: [s.newOrganizationSchema, 'input'],
  NewContact: [s.newContactSchema, 'input'],
  NewUser: [s.newUserSchema, 'input'],
  BillingMethod: [s.billingMethodSchema],
  PriceTier: [s.priceTierSchema],
  SellerContext: [s.sellerContextSchema],
  Distribution: [s.distributionSchema],
  SaleLineInput: [s.saleLineInputSchema, 'input'],
  SaleInput: [s.saleInputSchema, 'input'],
  Sale: [s.saleSchema],
  SaleRow: [s.saleRowSchema],
  SaleUser: [s.saleUserSchema],
  SaleStatusHistoryEntry: [s.saleStatusChangeSchema],
  SaleDetail: [s.saleDetailSchema],
  SaleStatusChange: [s.saleStatusChangeInputSchema, 'input'],
  SalePage: [s.listResponses.listSales],
  Contract: [s.contractSchema],
  Account: [s.accountSchema],
  Product: [s.productSchema],
  Stock: [s.stockSchema],
  ActiveLicenses: [s.activeLicensesSchema],
  License: [s.licenseSchema],
  PurchaseInput: [s.purchaseInputSchema, 'input'],
  Purchase: [s.purchaseSchema],
  LicenseRow: [s.licenseRowSchema],
  LicensePage: [s.listResponses.listLicenses],
  DataCenter: [s.dataCenterSchema],
  PlanPackage: [s.planPackageSchema],
  OrderOptions: [s.orderOptionsSchema],
  CustomerDetails: [s.customerDetailsSchema, 'input'],
  CloudOrderInput: [s.cloudOrderInputSchema, 'input'],
  SaasOrderInput: [s.saasOrderInputSchema, 'input'],
  OrderInput: [s.orderInputSchema, 'input'],
  Order: [s.orderSchema],
  ProductResource: [s.productResourceSchema],
  PlanSummary: [s.planSummarySchema],
  PlanContext: [s.planContextSchema],
  PlanPeriod: [s.planPeriodSchema],
  PlanResource: [s.planResourceSchema],
  ServicePlan: [s.servicePlanShape],
  PlanRow: [s.planRowSchema],
  PlanPage: [s.listResponses.listPlans],
  PlanVersionSummary: [s.planVersionSummarySchema],
  PlanVersions: [s.planVersionsSchema],
  VersionMoveRow: [s.versionMoveRowSchema],
  VersionMove: [s.versionMoveSchema],
  Subscription: [s.subscriptionSchema],
  SubscriptionPlan: [s.subscriptionPlanSchema],
  SubscriptionDetail: [s.subscriptionDetailSchema],
  SubscriptionChangeInput: [s.subscriptionChangeInputSchema, 'input'],
  SubscriptionChangeResult: [s.subscriptionChangeResultSchema],
  SubscriptionPage: [s.subscriptionResponses.listSubscriptions],
  PriceListVersion: [s.priceListVersionSchema],
  PriceLists: [s.priceListsSchema],
  PriceOverride: [s.priceOverrideSchema],
  PriceOverrideInput: [s.priceOverrideInputSchema, 'input'],
  Money: [s.moneySchema()],
  Duration: [s.durationSchema()],
  ExpectedQuote: [s.expectedQuoteSchema()._zod.def.innerType],
  CalendarDate: [s.calendarDateSchema()],
  CurrencyCode: [s.currencyCodeSchema()],
  LanguageCode: [s.languageCodeSchema()],
};
const BY_INSTANCE = new Map(Object.entries(COMPONENTS).map(([name, [schema]]) => [schema, name]));

/** What JSON Schema cannot say about the schemas that check with a function. */
const FORMATS = {
  CalendarDate: { pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date, YYYY-MM-DD: a real day from 0001-01-01 to 9999-12-31 (2025-02-29 is refused). No time and no time zone.', examples: ['2026-03-01'] },
  CurrencyCode: { pattern: '^[A-Z]{3}$', description: 'An ISO 4217 currency code, e.g. USD, EUR, JPY.', examples: ['USD'] },
  LanguageCode: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$', description: 'A BCP 47 language tag, e.g. en or pt-BR.', examples: ['en'] },
};
const COMPONENT_DESCRIPTIONS = {
  Money: 'An amount of money: integer minor units of a currency (USD 12.50 is { "currency": "USD", "minor": 1250 }). Never a float.',
  Duration: 'A length of time in whole days, months or years.',
  ExpectedQuote: 'What the summary or review showed the user before they confirmed.',
  SalePage: 'One page of the sales list.',
  LicensePage: 'One page of an account’s licenses.',
  PlanPage: 'One page of the service plans list.',
  SubscriptionPage: 'One page of the subscriptions list.',
};

const ioOf = (name) => COMPONENTS[name][1] ?? 'output';
const refTo = (name, json) => {
  for (const k of Object.keys(json)) delete json[k];
  json.$ref = `#/components/schemas/${name}`;
};
function json(schema, io = 'output', self = null) {
  const j = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema, path }) => {
      const def = zodSchema._zod.def;
      const name = BY_INSTANCE.get(zodSchema) ?? BY_SHAPE.find(([, matches]) => matches(def))?.[0];
      if (!name || name === self || path.length === 0) return;
      if (ioOf(name) !== io && shape(component(name, io)) !== shape(component(name))) {
        throw new Error(`${self}: ${name} differs as ${io}; give it a component of its own for that`);
      }
      refTo(name, jsonSchema);
    },
  });
  delete j.$schema;
  return j;
}
/** A schema as JSON, less `additionalProperties: false` (an output object has it, an input object strips unknown keys). */
const shape = (schema) => JSON.stringify(schema, (key, value) => (key === 'additionalProperties' && value === false ? undefined : value));
function component(name, io = ioOf(name)) {
  return { ...json(COMPONENTS[name][0], io, name), ...FORMATS[name] };
}

/** The component schemas, every property described: docs/openapi.yaml's, and docs/adapter.md's field tables (scripts/gen-adapter-docs.mjs). */
export const schemas = Object.fromEntries(Object.keys(COMPONENTS).map((name) => [name, component(name)]));
const codes = Object.keys(ERROR_CODES);
schemas.Error = {
  type: 'object',
  description: 'Every answer that is not 2xx: `{ "error": { "message", "code"?, "fields"?, "quote"? } }`.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      description: 'What went wrong.',
      required: ['message'],
      properties: {
        message: { type: 'string', description: 'A sentence for the user, in English.' },
        code: { type: 'string', enum: codes, description: `Machine-readable reason; absent for a 422 that only lists \`fields\`:\n${codes.map((c) => `- \`${c}\` (${ERROR_CODES[c][0]}): ${ERROR_CODES[c][1]}`).join('\n')}` },
        fields: { type: 'object', additionalProperties: { type: 'string' }, description: 'A message per field path, e.g. "customer.email" or "lines.0.users".' },
        quote: {
          type: 'object',
          description: "With 409 quote-changed: the backend's own quote for today, in the shape of `expected` plus `quotedOn`; a client may show it and send it back as `expected`.",
          required: ['quotedOn'],
          properties: { quotedOn: ref('CalendarDate'), total: ref('Money'), startDate: ref('CalendarDate'), endDate: ref('CalendarDate'), firstChargeDate: ref('CalendarDate') },
        },
      },
    },
  },
};
schemas.OrderInput = { description: 'A Cloud or a SaaS order, told apart by `kind`.', ...schemas.OrderInput, discriminator: { propertyName: 'kind', mapping: { cloud: '#/components/schemas/CloudOrderInput', saas: '#/components/schemas/SaasOrderInput' } } };
for (const [name, description] of Object.entries(COMPONENT_DESCRIPTIONS)) schemas[name] = { description, ...schemas[name] };

// ---- a description on every property ----------------------------------------------------------

const undescribed = [];
const usedAt = new Set();
function describe(schema, component, path) {
  if (!schema || typeof schema !== 'object') return;
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const at = path ? `${path}.${key}` : key;
    const particular = PROPERTY_DESCRIPTIONS_AT[`${component}.${at}`];
    if (particular) usedAt.add(`${component}.${at}`);
    const description = particular ?? prop.description ?? PROPERTY_DESCRIPTIONS[key];
    if (description) schema.properties[key] = { ...prop, description };
    else undescribed.push(`${component}.${at}`);
    describe(prop, component, at);
  }
  if (schema.items) describe(schema.items, component, `${path}[]`);
  if (typeof schema.additionalProperties === 'object') describe(schema.additionalProperties, component, `${path}{}`);
  for (const key of ['anyOf', 'oneOf', 'allOf']) for (const branch of schema[key] ?? []) describe(branch, component, path);
}
for (const [name, schema] of Object.entries(schemas)) describe(schema, name, '');

// ---- paths ------------------------------------------------------------------------------------

const named = (schema) => (typeof schema === 'string' ? ref(schema) : schema);
const content = (schema) => ({ 'application/json': { schema: named(schema) } });
const errors = (...statuses) => Object.fromEntries(statuses.map((c) => [c, { $ref: `#/components/responses/E${c}` }]));
const idem = { $ref: '#/components/parameters/IdempotencyKey' };

const paths = {};
for (const op of operations(s, json)) {
  const { path, method, body, ok: [answer, status = '200', said = 'OK'], errors: own = [], ...rest } = op;
  if (body) describe(named(body), op.operationId, '');
  // What every request may answer (channelkit/server does; docs/server.md): 400 for a request it
  // cannot read, 401 without valid credentials, 403 without the permission, 500; and every creating
  // or saving one: a wrong body or key (400, 422), a changed state or quote (409), a body too large
  // or not JSON (413, 415).
  const statuses = [...new Set([400, 401, 403, 500, ...(body ? [409, 413, 415, 422] : []), ...own])].sort();
  paths[path] ??= {};
  paths[path][method] = {
    ...rest,
    ...(body ? { parameters: [...(rest.parameters ?? []), idem] } : {}),
    ...(body ? { requestBody: { required: true, content: content(body) } } : {}),
    responses: { [status]: { description: said, content: content(answer) }, ...errors(...statuses) },
  };
}
const unused = Object.keys(PROPERTY_DESCRIPTIONS_AT).filter((k) => !usedAt.has(k));
if (unused.length) undescribed.push(...unused.map((k) => `${k} (described, but no such property)`));
if (undescribed.length) {
  console.error(`Properties without a description, or descriptions without a property (scripts/openapi-descriptions.mjs):\n  ${undescribed.join('\n  ')}`);
  process.exit(1);
}

// Every code the server answers is in ERROR_CODES (codes made at run time, like a ChangeRefusedError's, are listed there by hand).
const serverCodes = new Set();
for (const file of readdirSync('src/server', { recursive: true }).filter((f) => f.endsWith('.ts'))) {
  const text = readFileSync(join('src/server', file), 'utf8');
  for (const m of text.matchAll(/code: '([a-z][a-z-]*)'/g)) serverCodes.add(m[1]);
  for (const m of text.matchAll(/invalid\([^;]*?'([a-z]+(?:-[a-z]+)+)'\)/g)) serverCodes.add(m[1]);
}
const unlisted = [...serverCodes].filter((c) => !ERROR_CODES[c]);
if (unlisted.length) {
  console.error(`src/server answers error codes docs/openapi.yaml does not list: ${unlisted.join(', ')} (add them to ERROR_CODES in scripts/openapi-descriptions.mjs)`);
  process.exit(1);
}

const errorResponse = (status) => {
  const own = codes.filter((c) => ERROR_CODES[c][0] === status);
  return (description) => ({ description: own.length ? `${description} Codes: ${own.join(', ')}.` : description, content: { 'application/json': { schema: ref('Error') } } });
};

const doc = {
  openapi: '3.1.0',
  info: {
    title: 'channelkit REST contract',
    version: '0.1.0',
    description:
      'The API RestAdapter calls and channelkit/server (and the demo backend, the same handler) implements. Amounts are Money: integer minor units of a currency; dates are CalendarDate: YYYY-MM-DD calendar dates. ' +
      'Every request carries the host’s credentials as a bearer token (RestAdapter’s `headers` option). ' +
      'Every creating or saving request carries an Idempotency-Key; a repeated key must return the first result instead of creating a second record. ' +
      'Lists are paged: `page` from 1 and `pageSize` up to 100 ask for one page, which answers its `items` and the `total` of matching rows. ' +
      'Errors have one shape (Error) with a `code` from a fixed list: 400/422 validation (with fields), 401 unauthorized (sign in again), 403 forbidden, 404 not found, 409 conflict, 429 rate limited (Retry-After in seconds or an HTTP date), 5xx server. Redirects are not followed: answer the API from its own URL. Generated by scripts/gen-openapi.mjs from src/schemas.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/api', description: 'Relative to the host page: RestAdapter’s `baseUrl`.' }],
  security: [{ bearerAuth: [] }],
  tags: TAGS,
  paths,
  components: {
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', description: 'The host’s own token, checked by the backend’s auth hook (channelkit/server: `auth`). Without a hook channelkit/server serves the demo seller, on loopback only.' },
    },
    parameters: { IdempotencyKey: { name: 'Idempotency-Key', in: 'header', required: true, description: 'Made once per user submission and reused on every retry of it; at most 255 characters.', schema: { type: 'string', maxLength: 255 } } },
    responses: {
      E400: errorResponse(400)('Bad request: a request the backend cannot read (malformed JSON, a body of the wrong shape with `fields`, text that cannot be stored, a missing or too long Idempotency-Key).'),
      E401: errorResponse(401)('Unauthorized: no valid credentials; sign in again.'),
      E403: errorResponse(403)('Forbidden: the user or the organization may not do this.'),
      E404: errorResponse(404)('Not found.'),
      E409: errorResponse(409)("Conflict: the state changed since it was read (with quote-changed, the backend's quote is in `error.quote`)."),
      E413: errorResponse(413)('The body is larger than the backend accepts.'),
      E415: errorResponse(415)('The body is not sent as application/json.'),
      E422: errorResponse(422)('Validation failed: `error.fields` has a message per field path; or the key or the list query could not be used.'),
      E500: errorResponse(500)('Server error; the client may retry with the same Idempotency-Key.'),
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
if (!process.argv[1] || import.meta.url !== pathToFileURL(process.argv[1]).href) {
  // Imported (scripts/gen-adapter-docs.mjs): the schemas above, nothing written.
} else if (process.argv.includes('--check')) {
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
