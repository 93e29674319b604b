// Plan versions in <service-plan-editor> (#22, point 5): the plan's version and the subscriptions
// on older versions, the review of a move (old and new next charge per subscription, as the
// backend priced it), a double click that moves once, a failing backend with its message and a
// retry, and a save that makes the next version while the older one keeps its subscriber.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../components/service-plan-editor/define.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import { deepActive, mount, root, text } from './helpers.js';
import { reviewShown, versionsShown, walkPlanVersions } from './plan-versions-walk.js';

const annual = html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-annual"></service-plan-editor>`;
const section = (el: ServicePlanEditor) => text(root(el).querySelector('[part=versions]')!);
const confirmButton = (el: ServicePlanEditor) => root(el).querySelector<HTMLButtonElement>('[part=versions] [part=submit-button]')!;
const moves = (store: Awaited<ReturnType<typeof mount>>['store']) => store.repository.tables.subscriptionChanges.length;

describe('<service-plan-editor>: plan versions', () => {
  it('shows the version and the subscription on version 1; the review shows its next charge before and after, as the backend priced it', async () => {
    const { el } = await mount<ServicePlanEditor>(annual, 'service-plan-editor');
    await versionsShown(el);
    expect(section(el)).to.contain('Version 2').and.contain('1 subscription is on older versions and keeps its prices until moved.').and.contain('Version 1: 1 subscription');
    root(el).querySelector<HTMLButtonElement>('[part=versions] button')!.click();
    await reviewShown(el);
    // Focus moves after the review is painted (focusAfterRender).
    await waitUntil(() => deepActive() === root(el).querySelector('#move-heading'), 'the focus goes to the review');
    const preview = await (await fetch('/api/plans/plan-backup-annual/versions/1/move-preview')).json();
    const row = preview.subscriptions[0];
    const cells = [...root(el).querySelectorAll('[part=version-move-table] tbody tr > *')].map((c) => text(c));
    expect(cells[0]).to.contain(row.customerName);
    // $4.50 → $4.80 a device a month, 12 devices billed yearly: the next charge grows by $43.20.
    expect(row.difference.minor).to.equal(4320);
    expect(cells[1]).to.contain(el.money('USD', row.before.amount.minor));
    expect(cells[2]).to.contain(el.money('USD', row.after.amount.minor));
    expect(cells[3]).to.equal(`+${el.money('USD', 4320)}`);
    await expect(el).to.be.accessible();
  });

  it('moves once however often Confirm is pressed, then says so and shows no subscriptions on older versions', async () => {
    const { el, store } = await mount<ServicePlanEditor>(annual, 'service-plan-editor');
    await versionsShown(el);
    root(el).querySelector<HTMLButtonElement>('[part=versions] button')!.click();
    await reviewShown(el);
    const before = moves(store);
    store.setFault('move-version', { kind: 'latency', ms: 200, times: 1 });
    confirmButton(el).click();
    confirmButton(el).click();
    await waitUntil(() => root(el).querySelector('#moved-heading'), 'moved', { timeout: 4000 });
    expect(moves(store) - before).to.equal(1);
    expect(text(root(el).querySelector('#moved-heading')!)).to.equal('1 subscription moved to version 2');
    await waitUntil(() => section(el).includes('Every subscription is on this version.'), 'the versions again', { timeout: 4000 });
    await waitUntil(() => deepActive() === root(el).querySelector('#moved-heading'), 'the focus on what moved');
  });

  it('a failing backend: the review and the move say why, Try again works, nothing is moved twice', async () => {
    const { el, store } = await mount<ServicePlanEditor>(annual, 'service-plan-editor');
    await versionsShown(el);
    store.setFault('preview-version-move', { kind: 'server', times: 1 });
    root(el).querySelector<HTMLButtonElement>('[part=versions] button')!.click();
    await waitUntil(() => root(el).querySelector('#move-failure'), 'the preview failed', { timeout: 4000 });
    expect(text(root(el).querySelector('#move-failure')!)).to.contain('The move could not be priced');
    root(el).querySelector('#move-failure')!.dispatchEvent(new CustomEvent('ck-retry'));
    await reviewShown(el);
    store.setFault('move-version', { kind: 'server', times: 1 });
    confirmButton(el).click();
    await waitUntil(() => root(el).querySelector('#move-failure'), 'the move failed', { timeout: 4000 });
    expect(text(root(el).querySelector('#move-failure')!)).to.contain('The subscriptions were not moved');
    expect(section(el)).to.contain('Version 1: 1 subscription');
    root(el).querySelector('#move-failure')!.dispatchEvent(new CustomEvent('ck-retry'));
    await waitUntil(() => root(el).querySelector('#moved-heading'), 'moved on retry', { timeout: 4000 });
  });

  it('a save of a plan with subscribers on its version makes the next version; version 1 keeps them', async () => {
    const { el } = await mount<ServicePlanEditor>(html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-advanced"></service-plan-editor>`, 'service-plan-editor');
    await waitUntil(() => root(el).querySelector('[part=versions]'), 'versions', { timeout: 4000 });
    expect(section(el)).to.contain('Version 1').and.contain('Every subscription is on this version.');
    el.form.set('name', 'Backup Advanced — Monthly (2026)');
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await versionsShown(el);
    expect(section(el)).to.contain('Version 2').and.contain('Version 1: 1 subscription');
  });

  it('axe: the versions, the review and a refused move in English', () => walkPlanVersions(async (state, el) => {
    try {
      await expect(el).to.be.accessible();
    } catch (e) {
      throw new Error(`${state}: ${(e as Error).message}`);
    }
  }));
});
