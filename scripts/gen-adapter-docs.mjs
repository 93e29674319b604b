// Generates two parts of docs/adapter.md (issue 15, point 10), between their markers:
//   - "Entities and their fields": every entity an adapter method takes or returns, field by field,
//     from the same component schemas docs/openapi.yaml is made of (scripts/gen-openapi.mjs: the zod
//     schemas of src/schemas as JSON Schema, each property described by scripts/openapi-descriptions.mjs,
//     so no description is written twice), with the fields a backend computes and the kit function
//     that computes each (COMPUTED below: each field must exist, each function must be exported);
//   - "A complete minimal adapter": docs/examples/minimal-adapter.ts as it is (type-checked by
//     scripts/check-examples.mjs, and as a block of the page by scripts/check-docs-code.mjs).
// `node scripts/gen-adapter-docs.mjs --check` (npm test) fails when the page is stale, when an entity
// is in no group below, or when COMPUTED names a field or a function that does not exist.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { schemas } from './gen-openapi.mjs';

const PAGE = 'docs/adapter.md';
const EXAMPLE = 'docs/examples/minimal-adapter.ts';

/** The entities by the adapter interface (and widgets) that use them; every component is in one. */
const GROUPS = [
  ['PlanAdapter', '<service-plan-editor>', ['PlanContext', 'ProductResource', 'PlanSummary', 'ServicePlan', 'PlanPeriod', 'PlanResource', 'PlanVersions', 'PlanVersionSummary', 'VersionMove', 'VersionMoveRow']],
  ['SaleAdapter', '<sale-wizard>', ['SellerContext', 'Organization', 'BillingMethod', 'Distribution', 'PriceTier', 'SaleInput', 'SaleLineInput', 'NewOrganization', 'NewContact', 'NewUser', 'Sale']],
  ['LicenseAdapter', '<license-purchase>', ['Contract', 'Account', 'Product', 'Stock', 'ActiveLicenses', 'PurchaseInput', 'Purchase', 'License']],
  ['OrderAdapter', '<order-form>', ['OrderOptions', 'DataCenter', 'PlanPackage', 'OrderInput', 'CloudOrderInput', 'SaasOrderInput', 'CustomerDetails', 'Order']],
  ['ListAdapter', '<sales-list>, <license-list>, <service-plan-list>', ['SalePage', 'SaleRow', 'SaleDetail', 'SaleUser', 'SaleStatusHistoryEntry', 'SaleStatusChange', 'LicensePage', 'LicenseRow', 'PlanPage', 'PlanRow']],
  ['SubscriptionAdapter', '<subscription-list>, <subscription-change>', ['SubscriptionPage', 'Subscription', 'SubscriptionDetail', 'SubscriptionPlan', 'SubscriptionChangeInput', 'SubscriptionChangeResult', 'PriceLists', 'PriceListVersion', 'PriceOverride', 'PriceOverrideInput']],
  ['Shared values', 'every widget', ['Money', 'Duration', 'ExpectedQuote', 'CalendarDate', 'CurrencyCode', 'LanguageCode', 'Error']],
];

/**
 * What a backend computes rather than stores as sent, by `Entity.path`: the kit's functions that
 * compute it (channelkit/server calls them; a backend of your own should, so it charges what the
 * widget showed) and, when it helps, how.
 */
const COMPUTED = {
  'Sale.lines[].unitPrice': [['saleLineQuote'], 'the distribution’s price (its tier) for the line’s users'],
  'Sale.lines[].total': [['saleLineQuote']],
  'Sale.total': [['saleLineQuote', 'sumMoney'], 'the lines’ totals summed'],
  'Sale.cancellationDate': [['saleCancellationDate'], 'from the activation date'],
  'SaleDetail.lines[].unitPrice': [['saleLineQuote']],
  'SaleDetail.lines[].total': [['saleLineQuote']],
  'SaleDetail.lines[].keyRenewalDates': [['keyRenewalDates']],
  'Purchase.total': [['licenseQuote'], 'on the pricing date (`pricingDate` of `quotedOn`), the stock taken first'],
  'License.startDate': [['licenseQuote']],
  'License.endDate': [['licenseQuote'], 'co-termed with the account’s licenses unless `coTerm` is false'],
  'Order.monthlyPrice': [['quotePackage'], 'on the pricing date (`pricingDate` of `quotedOn`)'],
  'Order.firstChargeDate': [['quotePackage']],
  'LicenseRow.daysLeft': [['licenseRow'], 'from the backend’s today'],
  'LicenseRow.state': [['licenseRow', 'licenseState']],
  'LicenseRow.expiresThisMonth': [['licenseRow', 'expiresThisMonth']],
  'SubscriptionChangeResult.applies': [['changeQuote']],
  'SubscriptionChangeResult.effectiveDate': [['changeQuote']],
  'SubscriptionChangeResult.dueNow': [['changeQuote'], 'on the pricing date (`pricingDate` of `quotedOn`)'],
  'SubscriptionChangeResult.creditBalance': [['changeQuote']],
  'Subscription.termEnd': [['changeQuote'], 'after a renewal'],
  'Subscription.pendingChange': [['changeQuote'], 'a decrease or a move scheduled for the period’s or the term’s end'],
  'VersionMoveRow.before': [['changeQuote', 'subscriptionTerms'], 'the next charge of the subscription as it is'],
  'VersionMoveRow.after': [['changeQuote', 'versionPrices'], 'a change to the same plan at the current version’s prices'],
  'VersionMoveRow.dueNow': [['changeQuote', 'versionPrices']],
  'VersionMoveRow.applies': [['changeQuote']],
};

// ---- where each function lives: a public entry, or a source file --------------------------------

const dir = mkdtempSync(join(tmpdir(), 'ck-adapter-docs-'));
async function exportsOf(entry) {
  const out = join(dir, `${entry.replaceAll('/', '-')}.mjs`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'silent' });
  return Object.keys(await import(pathToFileURL(out).href));
}
const PUBLIC = [
  ['channelkit/core', await exportsOf('src/core/index.ts')],
  ['channelkit/schemas', await exportsOf('src/schemas/index.ts')],
];
const sources = readdirSync('src', { recursive: true }).filter((f) => String(f).endsWith('.ts')).map((f) => join('src', String(f)));
function whereIs(fn) {
  const entry = PUBLIC.find(([, names]) => names.includes(fn));
  if (entry) return entry[0];
  const file = sources.find((f) => new RegExp(`^export (?:async )?function ${fn}\\b`, 'm').test(readFileSync(f, 'utf8')));
  return file ? `${file}, not exported` : null;
}

// ---- the tables ----------------------------------------------------------------------------------

const problems = [];
const MAX = Number.MAX_SAFE_INTEGER;
const cell = (text) => String(text).replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
/** A description without the list some carry (Error's codes: its type lists them, the Errors section says what each does). */
const brief = (text = '') => text.replace(/:?\n- [\s\S]*$/, '.');
const anchor = (name) => name.toLowerCase();
const refName = (ref) => ref.replace('#/components/schemas/', '');
const isObject = (s) => s && (s.properties || s.type === 'object');

/** A property's type as a reader of TypeScript expects it. */
function typeOf(s) {
  if (s.$ref) return `[${refName(s.$ref)}](#${anchor(refName(s.$ref))})`;
  if (s.const !== undefined) return `'${s.const}'`;
  if (s.enum) return s.enum.map((v) => `'${v}'`).join(' | ');
  for (const key of ['anyOf', 'oneOf']) if (s[key]) return s[key].map(typeOf).join(' | ');
  if (Array.isArray(s.type)) return s.type.map((t) => typeOf({ ...s, type: t })).join(' | ');
  if (s.type === 'array') return `${/\|/.test(typeOf(s.items)) ? `(${typeOf(s.items)})` : typeOf(s.items)}[]`;
  if (s.type === 'object' && !s.properties) return `{ [key: string]: ${s.additionalProperties ? typeOf(s.additionalProperties) : 'unknown'} }`;
  if (s.type === 'object') {
    // A branch of a union, told apart by a constant: `{ kind: 'new', … }`.
    const label = Object.entries(s.properties).find(([, p]) => p.const !== undefined);
    return label ? `{ ${label[0]}: '${label[1].const}', … }` : 'object';
  }
  if (s.type === 'integer' || s.type === 'number') {
    const min = s.minimum ?? s.exclusiveMinimum;
    const range = min !== undefined && s.maximum !== undefined && s.maximum < MAX ? ` ${min}–${s.maximum}` : min !== undefined && min > -MAX ? ` ≥ ${min}` : '';
    return `${s.type}${range}`;
  }
  if (s.type === 'string') {
    const notes = [s.format === 'date-time' ? 'ISO instant' : s.format, s.maxLength ? `≤ ${s.maxLength} chars` : null].filter(Boolean);
    return notes.length ? `string (${notes.join(', ')})` : 'string';
  }
  return s.type ?? 'any';
}

/** The fields of an object schema as rows, nested objects and arrays of objects as `a.b` / `a[].b`. */
function rows(entity, s, prefix = '', when = '') {
  const out = [];
  const required = new Set(s.required ?? []);
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    const path = `${prefix}${key}`;
    const computed = COMPUTED[`${entity}.${path}`];
    const req = required.has(key) ? 'yes' : prop.default !== undefined ? `no (default ${JSON.stringify(prop.default)})` : 'no';
    const by = computed ? `${computed[0].map((fn) => `\`${fn}\``).join(', ')}${computed[1] ? `: ${computed[1]}` : ''}` : '';
    out.push({ path, type: typeOf(prop), req, description: `${when}${brief(prop.description)}`, by });
    for (const branch of [prop, prop.items, ...(prop.anyOf ?? []), ...(prop.oneOf ?? []), ...(prop.items?.anyOf ?? [])].filter((b) => b?.properties)) {
      const nested = branch === prop.items || prop.items?.anyOf?.includes(branch) ? `${path}[].` : `${path}.`;
      const label = Object.entries(branch.properties).find(([, p]) => p.const !== undefined);
      const branchWhen = (prop.oneOf ?? prop.anyOf ?? []).length > 1 && label ? `(when \`${path}.${label[0]}\` is '${label[1].const}') ` : '';
      out.push(...rows(entity, branch, nested, branchWhen));
    }
  }
  return out;
}

function entitySection(name) {
  const s = schemas[name];
  const lines = [`#### ${name}`, ''];
  if (s.description) lines.push(cell(s.description), '');
  if (!isObject(s)) {
    if (s.oneOf) lines.push(`One of ${s.oneOf.map(typeOf).join(', ')}${s.discriminator ? `, told apart by \`${s.discriminator.propertyName}\`` : ''}.`, '');
    else lines.push(`A \`${typeOf({ ...s, description: undefined })}\`${s.pattern ? ` matching \`${s.pattern}\`` : ''}${s.examples ? `, e.g. \`${s.examples[0]}\`` : ''}.`, '');
    return lines;
  }
  const table = rows(name, s);
  const anyComputed = table.some((r) => r.by);
  lines.push(anyComputed ? '| field | type | required | description | the backend computes it with |' : '| field | type | required | description |');
  lines.push(anyComputed ? '|---|---|---|---|---|' : '|---|---|---|---|');
  for (const r of table) lines.push(`| \`${r.path}\` | ${cell(r.type)} | ${r.req} | ${cell(r.description)} |${anyComputed ? ` ${cell(r.by)} |` : ''}`);
  lines.push('');
  return lines;
}

const grouped = GROUPS.flatMap(([, , names]) => names);
for (const name of Object.keys(schemas)) if (!grouped.includes(name)) problems.push(`${name} is in no group of GROUPS (scripts/gen-adapter-docs.mjs): add it where its adapter method is`);
for (const name of grouped) if (!schemas[name]) problems.push(`GROUPS names ${name}, which gen-openapi has no component for`);

const found = new Set();
const fields = [
  '## Entities and their fields',
  '',
  'Every entity an adapter method takes or returns, generated from the schemas the widgets validate',
  'with (the same components as [openapi.yaml](openapi.yaml), with the same descriptions). Amounts are',
  '[Money](#money), integer minor units; dates are [CalendarDate](#calendardate) strings. An answer with',
  'fields a widget does not know fails its check (`bad-response`); an input object a backend receives',
  'may gain fields in a minor release. The last column names the kit function a backend computes the',
  'field with (`channelkit/server` does): compute it with the same function and the widget’s preview is',
  'what the backend charges.',
  '',
];
for (const [group, widgets, names] of GROUPS) {
  fields.push(`### ${group} (${widgets.split(', ').map((w) => `\`${w}\``).join(', ')})`, '');
  for (const name of names.filter((n) => schemas[n])) {
    const section = entitySection(name);
    fields.push(...section);
    for (const key of Object.keys(COMPUTED)) if (key.startsWith(`${name}.`) && section.some((l) => l.startsWith(`| \`${key.slice(name.length + 1)}\` |`))) found.add(key);
  }
}
for (const key of Object.keys(COMPUTED)) if (!found.has(key)) problems.push(`COMPUTED names ${key}, which is no field of the entities`);
const where = new Map();
for (const fn of new Set(Object.values(COMPUTED).flatMap(([fns]) => fns))) {
  const at = whereIs(fn);
  if (at) where.set(fn, at);
  else problems.push(`COMPUTED names ${fn}, which nothing in src/ exports`);
}
fields.push('The functions named above, and where they are:', '', '| function | in |', '|---|---|');
for (const [fn, at] of [...where].sort()) fields.push(`| \`${fn}\` | ${at.startsWith('channelkit/') ? `\`${at}\`` : at} |`);
fields.push('');

const example = readFileSync(EXAMPLE, 'utf8').trimEnd();
const minimal = [
  '## A complete minimal adapter',
  '',
  `Every method of every widget over a backend that is not the REST contract (one JSON endpoint per`,
  `method). It is [${EXAMPLE.replace('docs/', '')}](${EXAMPLE.replace('docs/', '')}), type-checked by \`npm test\`.`,
  '',
  '```ts',
  example,
  '```',
  '',
];

// ---- into the page ------------------------------------------------------------------------------

const region = (id, body) => `<!-- generated:${id} by scripts/gen-adapter-docs.mjs; do not edit by hand -->\n${body.join('\n')}\n<!-- /generated:${id} -->`;
const page = readFileSync(PAGE, 'utf8');
let text = page;
for (const [id, body] of [['fields', fields], ['minimal-adapter', minimal]]) {
  const re = new RegExp(`<!-- generated:${id} [^>]*-->\\n[\\s\\S]*?<!-- /generated:${id} -->`);
  if (!re.test(text)) problems.push(`${PAGE} has no <!-- generated:${id} … --> … <!-- /generated:${id} --> region`);
  text = text.replace(re, () => region(id, body));
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (text !== page) {
    console.error(`${PAGE} is stale: run node scripts/gen-adapter-docs.mjs`);
    process.exit(1);
  }
  console.log(`${PAGE}: entity fields and the minimal adapter up to date`);
} else {
  writeFileSync(PAGE, text);
  console.log(`wrote ${PAGE}`);
}
