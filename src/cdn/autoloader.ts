/**
 * The no-bundler autoloader (dist/cdn/autoloader.js, built by scripts/build-cdn.mjs): one
 * `<script type="module" src=".../dist/cdn/autoloader.js">` and every channelkit tag in the page,
 * now or added later, gets defined. It loads only the modules of the tags it sees (as Shoelace's
 * autoloader does): each tag's define module lives next to it in autoload/, code-split so two
 * widgets on a page share lit, the kit's parts and the provider. It also exports the adapters, from
 * the same modules the widgets use (an AdapterError a widget checks is this one), for the page to
 * give its provider: `import { RestAdapter } from '.../dist/cdn/autoloader.js'`.
 */
import type { KitTag } from '../context/tags.js';

export * from '../adapter/index.js';
export { RestListAdapter } from '../adapter/lists.js';

/** Every public tag and its module, relative to this one. */
export const AUTOLOADED: Readonly<Record<KitTag, string>> = {
  'channelkit-provider': 'autoload/channelkit-provider.js',
  'order-form': 'autoload/order-form.js',
  'license-purchase': 'autoload/license-purchase.js',
  'sale-wizard': 'autoload/sale-wizard.js',
  'service-plan-editor': 'autoload/service-plan-editor.js',
  'sales-list': 'autoload/sales-list.js',
  'license-list': 'autoload/license-list.js',
  'service-plan-list': 'autoload/service-plan-list.js',
  'subscription-change': 'autoload/subscription-change.js',
  'subscription-list': 'autoload/subscription-list.js',
};

const loading = new Map<string, Promise<unknown>>();

/** Loads the module that defines `tag`, once; nothing for a tag that is not the kit's or is defined already. */
export function load(tag: string): Promise<unknown> | null {
  const file = Object.hasOwn(AUTOLOADED, tag) ? AUTOLOADED[tag as KitTag] : null;
  if (!file || customElements.get(tag)) return null;
  let pending = loading.get(tag);
  if (!pending) {
    pending = import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch((e: unknown) => {
      loading.delete(tag); // a later sighting tries again
      console.error(`channelkit: could not load <${tag}> from ${file}`, e);
    });
    loading.set(tag, pending);
  }
  return pending;
}

/** Loads the modules of the kit's undefined tags in `root` (itself included). */
export function discover(root: Document | Element): Promise<unknown[]> {
  const tags = new Set<string>();
  if (root instanceof Element && root.matches(':not(:defined)')) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) tags.add(el.localName);
  return Promise.all([...tags].map(load).filter((p) => p !== null));
}

/** What is in the page now, and what is added to it later. */
export const ready: Promise<unknown[]> = discover(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
