// Generates, from the custom elements manifest, the typings hosts' frameworks need:
//   components/react-jsx.ts   JSX types for React 19 (`<sale-wizard draft-key="x" onsale-created={(e) => e.detail.sale} />`),
//                             property-only inputs (`adapter`, `plan`, `clock`) included, as React 19 sets them as properties;
//   components/vue.ts         Vue's GlobalComponents, so vue-tsc checks the widgets' props and events in templates;
//   src/context/tags.ts       KIT_TAGS, the kit's public tags (Vue's isCustomElement, Angular, autoloaders).
// `node scripts/gen-react-types.mjs --check` fails when a file is stale (npm test runs it).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const out = 'node_modules/.cache/ck-cem';
execFileSync('npx', ['cem', 'analyze', '--outdir', out], { stdio: 'ignore' }); // options: custom-elements-manifest.config.mjs
const manifest = JSON.parse(readFileSync(`${out}/custom-elements.json`, 'utf8'));

// Event detail types, by event name (they live in each widget's events module).
const DETAILS = {
  'plan-saved': ["PlanSavedDetail", "./service-plan-editor/events.js"],
  'plan-copied': ["PlanCopiedDetail", "./service-plan-editor/events.js"],
  'plan-change': ["PlanChangeDetail", "./service-plan-editor/events.js"],
  'sale-created': ["SaleCreatedDetail", "./sale-wizard/events.js"],
  'step-change': ["StepChangeDetail", "../src/ui/step-change.js"],
  'licenses-purchased': ["LicensesPurchasedDetail", "./license-purchase/events.js"],
  'account-saved': ["AccountSavedDetail", "./license-purchase/events.js"],
  'order-created': ["OrderCreatedDetail", "./order-form/events.js"],
  'renew-requested': ["RenewRequestedDetail", "./order-form/events.js"],
  'order-kind-change': ["OrderKindChangeDetail", "./order-form/events.js"],
  'sale-register-requested': ["SaleRegisterRequestedDetail", "./sales-list/events.js"],
  'sale-decided': ["SaleDecidedDetail", "./sales-list/events.js"],
  'list-query-change': ["ListQueryChangeDetail", "../src/ui/controllers/list-query.js"],
  'license-buy-requested': ["LicenseBuyRequestedDetail", "./license-list/events.js"],
  'plan-open-requested': ["PlanOpenRequestedDetail", "./service-plan-list/events.js"],
  'service-plan-copied': ["ServicePlanCopiedDetail", "./service-plan-list/events.js"],
  'plan-active-changed': ["PlanActiveChangedDetail", "./service-plan-list/events.js"],
  'plan-continue-requested': ["PlanContinueRequestedDetail", "./service-plan-list/events.js"],
  'product-dashboard-requested': ["ProductDashboardRequestedDetail", "./service-plan-list/events.js"],
  'subscription-changed': ["SubscriptionChangedDetail", "./subscription-change/events.js"],
  'pending-change-cancelled': ["PendingChangeCancelledDetail", "./subscription-change/events.js"],
  'subscription-open-requested': ["SubscriptionOpenRequestedDetail", "../src/ui/subscription-events.js"],
};
const CLASSES = {
  'service-plan-editor': ['ServicePlanEditor', './service-plan-editor/service-plan-editor.js'],
  'sale-wizard': ['SaleWizard', './sale-wizard/sale-wizard.js'],
  'license-purchase': ['LicensePurchase', './license-purchase/license-purchase.js'],
  'order-form': ['OrderForm', './order-form/order-form.js'],
  'sales-list': ['SalesList', './sales-list/sales-list.js'],
  'license-list': ['LicenseList', './license-list/license-list.js'],
  'service-plan-list': ['ServicePlanList', './service-plan-list/service-plan-list.js'],
  'subscription-change': ['SubscriptionChange', './subscription-change/subscription-change.js'],
  'subscription-list': ['SubscriptionList', './subscription-list/subscription-list.js'],
  'channelkit-provider': ['ChannelkitProvider', '../src/context/provider.js'],
};
const attrType = (t) => {
  const text = (t ?? 'string').replace(/\s*\|\s*undefined/g, '').replace(/\s*\|\s*null/g, '');
  if (text === 'boolean') return 'boolean';
  if (/^('[^']*'\s*\|?\s*)+$/.test(text)) return text;
  if (text === 'OrderKind') return "'cloud' | 'saas'";
  return 'string';
};

const imports = new Map();
const need = (name, from) => {
  if (!imports.has(from)) imports.set(from, new Set());
  imports.get(from).add(name);
};

/** The source of a manifest module path (the manifest names the shipped dist/ modules). */
const sourceOf = (path) => path.replace(/^dist\//, '').replace(/\.js$/, '.ts');
/** Names declared `@property({ attribute: false })` in a source file: inputs set only as properties. */
const propertyOnly = (file) => new Set([...readFileSync(file, 'utf8').matchAll(/@property\(\{ attribute: false \}\)\s+(?:override\s+)?(\w+)/g)].map((m) => m[1]));

/** Per public tag: its class, attributes (with their property names), property-only inputs and events. */
const elements = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!CLASSES[d.tagName]) continue;
    const [cls, from] = CLASSES[d.tagName];
    need(cls, from);
    const props = (d.members ?? [])
      .filter((m) => m.kind === 'field' && !m.attribute && !m.static && !m.readonly)
      .filter((m) => propertyOnly(sourceOf(m.inheritedFrom?.module ?? mod.path)).has(m.name))
      .map((m) => m.name);
    const events = (d.events ?? []).map((e) => {
      const [type, f] = DETAILS[e.name] ?? ['unknown', null];
      if (f) need(type, f);
      return { name: e.name, type };
    });
    elements.push({ tag: d.tagName, cls, summary: d.summary ?? '', attributes: d.attributes ?? [], props, events });
  }
}
elements.sort((a, b) => a.tag.localeCompare(b.tag));
if (elements.length !== Object.keys(CLASSES).length) throw new Error(`the manifest has ${elements.length} of the ${Object.keys(CLASSES).length} public tags`);
const importLines = (prefix) =>
  [...imports.entries()].map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${prefix(from)}';`).join('\n');

const entries = elements.map(({ tag, cls, summary, attributes, props, events }) => {
  const lines = [
    ...attributes.map((a) => `        '${a.name}'?: ${attrType(a.type?.text)};`),
    ...props.map((p) => `        /** A property (React 19 sets it as one). */\n        '${p}'?: ${cls}['${p}'];`),
    ...events.map((e) => `        'on${e.name}'?: (event: CustomEvent<${e.type}>) => void;`),
  ];
  return `      /** ${summary} */\n      '${tag}': ElementProps<${cls}> & {\n${lines.join('\n')}\n      };`;
});
const text = `// Generated by scripts/gen-react-types.mjs from the custom elements manifest. Do not edit by hand.
/**
 * JSX types for React 19: \`import type {} from 'channelkit/react-jsx';\` once in a project, and the
 * widgets type-check as JSX elements, attributes and \`on<event>\` listeners included (React 19
 * adds listeners for custom elements' events from \`on\` + the event name).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${importLines((from) => from)}

type ElementProps<T> = DetailedHTMLProps<HTMLAttributes<T>, T>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;

// Vue: each tag as a component type whose props are the element's inputs (by property name, as Vue
// reads kebab-case attributes in templates) and whose emits are its events, the pattern of Vue's
// guide (Web Components and TypeScript).
const vueEntries = elements.map(({ tag, cls, attributes, props, events }) => {
  const inputs = [...new Set([...attributes.map((a) => a.fieldName), ...props])].map((n) => `'${n}'`).join(' | ');
  const emits = events.map((e) => `'${e.name}': CustomEvent<${e.type}>`).join('; ');
  return `    '${tag}': CustomElement<${cls}, ${inputs}, ${emits ? `{ ${emits} }` : 'Record<never, never>'}>;`;
});
const vue = `// Generated by scripts/gen-react-types.mjs from the custom elements manifest. Do not edit by hand.
/**
 * Vue 3 types: \`import type {} from 'channelkit/vue';\` once in a project, and vue-tsc checks the
 * widgets in templates: each input by type (\`open="yes"\` is an error), \`:adapter\` and the other
 * objects, and each \`@event\` handler with its event's detail. Tell Vue's compiler which tags are
 * custom elements with KIT_TAGS (channelkit/provider).
 */
import type { EmitFn, HTMLAttributes } from 'vue';
${importLines((from) => from)}

type EventMap = Record<string, Event>;

/** A custom element as Vue sees a component: \`$props\` its inputs and listeners, \`$emit\` its events (types only). */
type CustomElement<E extends HTMLElement, Inputs extends keyof E, Events extends EventMap> = new () => E & {
  /** @deprecated Types for templates only: there is no $props on the element. */
  $props: HTMLAttributes & Partial<Pick<E, Inputs>> & { [K in keyof Events as \`on\${Capitalize<CamelCase<K & string>>}\`]?: (event: Events[K]) => void };
  /** @deprecated Types for templates only: there is no $emit on the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

type CamelCase<S extends string> = S extends \`\${infer H}-\${infer T}\` ? \`\${H}\${Capitalize<CamelCase<T>>}\` : S;

declare module 'vue' {
  interface GlobalComponents {
${vueEntries.join('\n')}
  }
}
`;

const tags = `// Generated by scripts/gen-react-types.mjs from the custom elements manifest. Do not edit by hand.
/**
 * The kit's public tags, as its define modules register them: tell a framework's compiler which
 * tags are custom elements (Vue: \`isCustomElement: (tag) => KIT_TAGS.includes(tag)\`), so a host's
 * own kebab-case components stay components.
 */
export const KIT_TAGS: readonly string[] = [${elements.map((e) => `'${e.tag}'`).join(', ')}];

/** One of KIT_TAGS. */
export type KitTag = ${elements.map((e) => `'${e.tag}'`).join(' | ')};
`;

const files = { 'components/react-jsx.ts': text, 'components/vue.ts': vue, 'src/context/tags.ts': tags };
if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([file, body]) => !existsSync(file) || readFileSync(file, 'utf8') !== body);
  for (const [file] of stale) console.error(`${file} is stale: run node scripts/gen-react-types.mjs`);
  if (stale.length) process.exit(1);
  console.log(`${Object.keys(files).join(', ')} up to date`);
} else {
  for (const [file, body] of Object.entries(files)) writeFileSync(file, body);
  console.log(`wrote ${Object.keys(files).join(', ')}`);
}
