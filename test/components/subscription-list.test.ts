import { setViewport } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/context/define-provider.js';
import '../../components/subscription-list/define.js';
import type { SubscriptionList } from '../../components/subscription-list/subscription-list.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { clockAt, TODAY } from '../support/clock.js';
import { fill, root, said, text } from './helpers.js';
import { FakeSubscriptionBackend } from './subscription-helpers.js';

async function open(inPlace = true) {
  const backend = new FakeSubscriptionBackend(TODAY);
  const provider = await fixture<ChannelkitProvider>(
    html`<channelkit-provider .adapter=${backend} .clock=${clockAt(TODAY)} locale="en"><subscription-list ?create-in-place=${inPlace} draft-key="k-sub"></subscription-list></channelkit-provider>`,
  );
  const el = provider.querySelector<SubscriptionList>('subscription-list')!;
  await waitUntil(() => root(el).querySelectorAll('tbody tr').length === 2, 'rows');
  return { el, backend };
}
const rowText = (el: SubscriptionList) => [...root(el).querySelectorAll('tbody tr')].map((tr) => text(tr));

describe('<subscription-list>', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('lists the subscriptions with plan, quantity and term end, and says how many', async () => {
    const { el } = await open();
    const heads = [...root(el).querySelectorAll('thead th')].map((th) => text(th).replace(/[▲▼↕]/g, '').trim());
    expect(heads).to.deep.equal(['Customer', 'Product', 'Plan', 'Quantity', 'Term ends', 'Status']);
    expect(rowText(el).join('\n')).to.contain('Office Online').and.contain('Endpoint Security (on-premise)');
    await waitUntil(() => said(el).includes('2 subscriptions'), 'count said');
    await expect(el).to.be.accessible();
  });

  it('opens a subscription’s change in place; after the change the list is back with its row marked and the focus on it', async () => {
    const { el } = await open();
    root(el).querySelector<HTMLButtonElement>('tr[data-id="SUB-SEATS"] [part=row-button]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('subscription-change')?.shadowRoot?.querySelector('[part=current]'), 'change open');
    const change = el.shadowRoot!.querySelector('subscription-change')!;
    expect(change.draftKey, 'it keeps what is typed under the list\'s draft key').to.equal('k-sub');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('back-button');
    await fill(change, 'quantity', '12');
    change.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('subscription-change'), 'back to the list');
    await waitUntil(() => said(el).includes('The subscription was changed.'), 'said');
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('tr')?.getAttribute('data-id') === 'SUB-SEATS', 'focus on the row');
    expect(text(root(el).querySelector('tr[data-id="SUB-SEATS"]')!)).to.contain('12');
  });

  it('the changed row is marked only once the list has answered again, never with the figures it had before', async () => {
    const { el, backend } = await open();
    root(el).querySelector<HTMLButtonElement>('tr[data-id="SUB-SEATS"] [part=row-button]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('subscription-change')?.shadowRoot?.querySelector('[part=current]'), 'change open');
    const change = el.shadowRoot!.querySelector('subscription-change')!;
    await fill(change, 'quantity', '12');
    // The list's next answer waits until released.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const list = backend.listSubscriptions.bind(backend);
    backend.listSubscriptions = async (...args: Parameters<typeof list>) => {
      await held;
      return list(...args);
    };
    change.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('subscription-change'), 'back to the list');
    await new Promise((r) => setTimeout(r, 50));
    const markedWhileLoading = root(el).querySelector('tr.marked')?.getAttribute('data-id') ?? null;
    release();
    expect(markedWhileLoading, 'nothing marked while the list loads').to.equal(null);
    await waitUntil(() => root(el).querySelector('tr.marked'), 'marked');
    expect(root(el).querySelector('tr.marked')!.getAttribute('data-id')).to.equal('SUB-SEATS');
    expect(text(root(el).querySelector('tr.marked')!)).to.contain('12');
    expect(text(root(el).querySelector('tr.marked [part=new-mark]')!), 'a change is marked as one, not as new').to.equal('Updated');
  });

  it('without create-in-place, opening asks the host; a search is sent to the backend', async () => {
    const { el, backend } = await open(false);
    const asked = oneEvent(el, 'subscription-open-requested');
    root(el).querySelector<HTMLButtonElement>('tr[data-id="SUB-LIC"] [part=row-button]')!.click();
    expect((await asked).detail).to.deep.equal({ subscriptionId: 'SUB-LIC' });
    const input = root(el).querySelector<HTMLInputElement>('input[part=search]')!;
    input.value = 'endpoint';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await waitUntil(() => root(el).querySelectorAll('tbody tr').length === 1, 'one row');
    expect(backend.queries.at(-1)?.search).to.equal('endpoint');
  });
});
