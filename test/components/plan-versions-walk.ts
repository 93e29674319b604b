// The states of a plan's versions in <service-plan-editor> (#22, point 5), for axe in every
// language and the dark theme (axe-languages.test.ts): the version with subscriptions on an older
// one, the move's review table, and a move the backend refused.
import { html, waitUntil } from '@open-wc/testing';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import { mount, root } from './helpers.js';
import type { Check } from './layout-walks.js';

export const versionsShown = (el: ServicePlanEditor) => waitUntil(() => root(el).querySelector('[part=versions] button'), 'the versions with Review move', { timeout: 4000 });
export const reviewShown = (el: ServicePlanEditor) => waitUntil(() => root(el).querySelector('[part=version-move-table]'), 'the move review', { timeout: 4000 });

/** The annual plan (version 2, its subscriber on version 1), its move reviewed, then refused by the backend. */
export async function walkPlanVersions(check: Check, locale = 'en') {
  const { el, store } = await mount<ServicePlanEditor>(html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-annual"></service-plan-editor>`, 'service-plan-editor', locale);
  await versionsShown(el);
  await check('versions', el);
  root(el).querySelector<HTMLButtonElement>('[part=versions] button')!.click();
  await reviewShown(el);
  await check('move review', el);
  store.setFault('move-version', { kind: 'server', times: 1 });
  root(el).querySelector<HTMLButtonElement>('[part=versions] [part=submit-button]')!.click();
  await waitUntil(() => root(el).querySelector('#move-failure'), 'the move refused', { timeout: 4000 });
  await check('move failed', el);
  return el;
}
