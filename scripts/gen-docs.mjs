// Generates docs/widgets/<tag>.md from the custom elements manifest (the JSDoc in the code):
// attributes, properties, methods, events, parts, CSS properties and slots, with a usage example.
// `node scripts/gen-docs.mjs --check` fails when a page is stale (npm test runs it).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sourcePath } from './cem-public-api.mjs';

// cem resolves --outdir against the working directory, so the manifest goes to a cache folder here.
const out = 'node_modules/.cache/ck-cem';
execFileSync('npx', ['cem', 'analyze', '--outdir', out], { stdio: 'ignore' }); // options: custom-elements-manifest.config.mjs
const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));

// Each widget's usage: html, then js, with `assumes`: what the js snippet takes from the page
// (scripts/check-docs-code.mjs type-checks the snippet with it; an HTML comment in the page).
/**
 * Who sees cost (issue 23): the widgets that show the seller's cost and margin say where, and that
 * the backend sends cost only to a user allowed to see it.
 */
const WHO_SEES_COST = (what) =>
  `For a user allowed to see cost (a principal with the backend's \`see-cost\` permission: a reseller's or distributor's staff) it shows ${what}. The backend sends cost to such a user only: a page embedded for a customer (a principal without \`see-cost\`) never receives it, not merely hides it, and nothing of it shows. The rules, the rounding and worked examples are in [Channel economics](../billing.md#channel-economics).`;

const USAGE = {
  'service-plan-editor': {
    module: 'channelkit/service-plan-editor/define',
    html: '<service-plan-editor product-id="prod-backup"></service-plan-editor>\n<!-- edit an existing plan -->\n<service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly"></service-plan-editor>\n<!-- distributors: read only -->\n<service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly" readonly></service-plan-editor>',
    js: "editor.addEventListener('plan-saved', (e) => console.log('saved', e.detail.plan.id));",
    assumes: "const editor = document.querySelector('service-plan-editor')!;",
    adapter: 'PlanAdapter',
  },
  'sale-wizard': {
    module: 'channelkit/sale-wizard/define',
    html: '<sale-wizard draft-key="new-sale"></sale-wizard>',
    js: "wizard.addEventListener('sale-created', (e) => showSale(e.detail.sale)); // status 'pending-approval'",
    assumes: "const wizard = document.querySelector('sale-wizard')!; declare function showSale(sale: unknown): void;",
    adapter: 'SaleAdapter',
    cost: WHO_SEES_COST('the seller\'s cost, the price and the margin (amount and share of the price) of each distribution line and of the sale, in its review (part `economics`)'),
  },
  'license-purchase': {
    module: 'channelkit/license-purchase/define',
    html: '<!-- behind your own Buy button in the Active tab -->\n<button id="buy">Buy</button>\n<license-purchase id="purchase"></license-purchase>',
    js: "buy.addEventListener('click', () => purchase.start());\npurchase.addEventListener('licenses-purchased', (e) => refresh(e.detail.purchase.licenses));",
    assumes: "const buy = document.querySelector('#buy')!; const purchase = document.querySelector('license-purchase')!; declare function refresh(licenses: unknown[]): void;",
    adapter: 'LicenseAdapter',
    cost: WHO_SEES_COST('the seller\'s cost, the price and the margin (amount and share of the price) of the licenses charged, in its preview (part `economics`); a co-termed license\'s cost is prorated like its price'),
  },
  'order-form': {
    module: 'channelkit/order-form/define',
    html: '<order-form></order-form>\n<!-- or straight into a Cloud order -->\n<order-form kind="cloud"></order-form>',
    js: "form.addEventListener('order-created', (e) => console.log(e.detail.order.id));\nform.addEventListener('renew-requested', () => location.assign('/licenses/renew'));",
    assumes: "const form = document.querySelector('order-form')!;",
    adapter: 'OrderAdapter',
    cost: WHO_SEES_COST('the seller\'s cost, the price and the margin (amount and share of the price) of what the payment method charges (the pre-paid period, or a month of the post-paid estimate), in its price summary (part `economics`)'),
  },
  'sales-list': {
    module: 'channelkit/sales-list/define',
    html: '<!-- Sales management; the provider needs a RestListAdapter (channelkit/adapter/lists) -->\n<sales-list></sales-list>\n<!-- from the host\'s URL, with the wizard opened in place -->\n<sales-list status="pending-approval" sort="createdAt" sort-direction="desc" create-in-place></sales-list>',
    js: "list.addEventListener('list-query-change', (e) => history.replaceState(null, '', '?' + new URLSearchParams({ status: e.detail.query.filters.status ?? '' })));\nlist.addEventListener('sale-register-requested', () => location.assign('/sales/new'));",
    assumes: "const list = document.querySelector('sales-list')!;",
    adapter: 'ListAdapter',
  },
  'license-list': {
    module: 'channelkit/license-list/define',
    html: '<!-- the Active tab of an account; the provider needs a RestListAdapter (channelkit/adapter/lists) -->\n<license-list account-id="acc-contoso-hq" status="active"></license-list>\n<!-- Buy opens <license-purchase> in place -->\n<license-list account-id="acc-contoso-hq" create-in-place></license-list>',
    js: "list.addEventListener('license-buy-requested', (e) => location.assign(`/accounts/${e.detail.accountId}/buy`));",
    assumes: "const list = document.querySelector('license-list')!;",
    adapter: 'ListAdapter',
  },
  'service-plan-list': {
    module: 'channelkit/service-plan-list/define',
    html: '<!-- a product\'s Billing section; the provider needs a RestListAdapter (channelkit/adapter/lists) -->\n<service-plan-list product-id="prod-backup"></service-plan-list>\n<!-- plans open in <service-plan-editor> in place -->\n<service-plan-list product-id="prod-backup" create-in-place></service-plan-list>',
    js: "list.addEventListener('plan-open-requested', (e) => location.assign(e.detail.planId ? `/plans/${e.detail.planId}` : '/plans/new'));\nlist.addEventListener('product-dashboard-requested', (e) => location.assign(`/products/${e.detail.productId}`));",
    assumes: "const list = document.querySelector('service-plan-list')!;",
    adapter: 'ListAdapter & PlanAdapter',
  },
  'subscription-change': {
    module: 'channelkit/subscription-change/define',
    html: '<!-- an order\'s or an account\'s subscription; the provider needs a RestListAdapter (channelkit/adapter/lists) -->\n<subscription-change subscription-id="SUB-100001"></subscription-change>',
    js: "change.addEventListener('subscription-changed', (e) => console.log(e.detail.result.applies, e.detail.result.dueNow));",
    assumes: "const change = document.querySelector('subscription-change')!;",
    adapter: 'SubscriptionAdapter',
    cost: WHO_SEES_COST('the seller\'s cost and margin of a period as the subscription is, the margin before and after the previewed change, and asks for an explicit confirmation before a change to a price below cost; where the adapter has `setPriceOverride` it also offers a price negotiated for this subscription with its dates (part `negotiated-price`; the backend accepts it from a principal with `see-cost` and `set-prices`), confirmed the same way below cost'),
  },
  'subscription-list': {
    module: 'channelkit/subscription-list/define',
    html: '<!-- the Orders screen; the provider needs a RestListAdapter (channelkit/adapter/lists) -->\n<subscription-list></subscription-list>\n<!-- a subscription opens <subscription-change> in place -->\n<subscription-list create-in-place></subscription-list>',
    js: "list.addEventListener('subscription-open-requested', (e) => location.assign(`/subscriptions/${e.detail.subscriptionId}`));",
    assumes: "const list = document.querySelector('subscription-list')!;",
    adapter: 'SubscriptionAdapter',
  },
  'channelkit-provider': {
    module: 'channelkit/provider/define',
    html: '<channelkit-provider locale="es" theme="dark">\n  <sale-wizard></sale-wizard>\n</channelkit-provider>',
    js: "import { RestAdapter } from 'channelkit/adapter';\nprovider.adapter = new RestAdapter({ baseUrl: '/api', headers: () => ({ Authorization: `Bearer ${token}` }) });",
    assumes: "const provider = document.querySelector('channelkit-provider')!; declare const token: string;",
    adapter: null,
  },
};

// The manifest holds the public API only (scripts/cem-public-api.mjs leaves internals out).
const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) => (rows.length ? `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.map(esc).join(' | ')} |`).join('\n')}\n` : '_None._\n');

const pages = {};
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    const usage = USAGE[d.tagName];
    if (!usage) continue;
    const attrs = (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.type?.text ?? '', a.default ?? '', a.description ?? '']);
    const attrFields = new Set((d.attributes ?? []).map((a) => a.fieldName));
    const props = (d.members ?? [])
      .filter((m) => m.kind === 'field' && m.description && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !attrFields.has(m.name))
      .map((m) => [`\`${m.name}\``, (m.type?.text ?? '').replace(/^A \| undefined$/, `${usage.adapter ?? 'AnyAdapter'} | undefined`), m.description]);
    const methods = (d.members ?? [])
      .filter((m) => m.kind === 'method' && m.description && !m.static && m.privacy !== 'private' && m.privacy !== 'protected')
      .map((m) => [`\`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\``, m.description]);
    const events = (d.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? '']);
    const parts = (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
    const cssProps = (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
    const slots = (d.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description ?? '']);
    pages[d.tagName] = `<!-- Generated by scripts/gen-docs.mjs from the JSDoc in ${sourcePath(mod.path)}. Do not edit by hand. -->
# \`<${d.tagName}>\`

${d.summary ?? ''}

${(d.description ?? '').trim()}

## Use

\`\`\`html
<script type="module">
  import '${usage.module}';
</script>
${usage.html}
\`\`\`

<!-- assumes: ${usage.assumes} -->
\`\`\`js
${usage.js}
\`\`\`
${usage.adapter ? `\nIt needs a \`${usage.adapter}\` (see [the adapter guide](../adapter.md)): from a surrounding \`<channelkit-provider>\`, or its own \`adapter\` property.\n` : ''}${usage.cost ? `\n## Who sees cost\n\n${usage.cost}\n` : ''}
## Attributes

${table(['attribute', 'property', 'type', 'default', 'description'], attrs)}
## Properties

${table(['property', 'type', 'description'], props)}
## Methods

${table(['method', 'description'], methods)}
## Events

All events bubble and cross shadow roots (\`composed\`), and fire on user action only.

${table(['event', 'detail'], events)}
## CSS parts

${table(['part', 'what it is'], parts)}
## CSS custom properties

Every \`--ck-*\` token of [theming](../form-kit.md#theming) applies; these matter most here:

${table(['property', 'what it changes'], cssProps)}
## Slots

${table(['slot', 'content'], slots)}`;
  }
}

let stale = 0;
for (const [tag, text] of Object.entries(pages)) {
  const file = `docs/widgets/${tag}.md`;
  if (process.argv.includes('--check')) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`${file} is stale: run node scripts/gen-docs.mjs`);
      stale++;
    }
  } else writeFileSync(file, text);
}
if (Object.keys(pages).length !== Object.keys(USAGE).length) {
  console.error(`expected pages for ${Object.keys(USAGE).join(', ')}, found ${Object.keys(pages).join(', ')}`);
  process.exit(1);
}
if (stale) process.exit(1);
console.log(process.argv.includes('--check') ? 'docs/widgets are up to date' : `wrote ${Object.keys(pages).length} pages to docs/widgets/`);
