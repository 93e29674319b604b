import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/license-list/define.js';
import { press, ready, searchNothing, until } from './story-helpers.js';

type Args = { accountId: string; status: string; sort: string; createInPlace: boolean; locale: string };

const meta: Meta<Args> = {
  title: 'Widgets/license-list',
  component: 'license-list',
  args: { accountId: 'acc-contoso-hq', status: 'active', sort: '', createInPlace: true, locale: '' },
  argTypes: {
    accountId: { control: 'select', options: ['acc-contoso-hq', 'acc-contoso-wh', 'acc-fabrikam'] },
    status: { control: 'select', options: ['', 'active', 'expiring', 'expired'] },
    sort: { control: 'select', options: ['', 'product', 'quantity', 'startDate', 'endDate', 'daysLeft'] },
    locale: { control: 'select', options: ['', 'en', 'es'] },
  },
  render: ({ accountId, status, sort, createInPlace, locale }) =>
    html`<license-list account-id=${accountId} status=${status} sort=${sort} ?create-in-place=${createInPlace} locale=${locale || ''}></license-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Active tab: licenses still running, grouped by product, with the expires-this-month mark. */
export const Active: Story = { play: async ({ canvasElement }) => void (await ready(canvasElement, 'license-list', 'tbody[part=group]')) };
/** Every license of the account, expired ones too. */
export const All: Story = { args: { status: '' } };
/** Only the expired ones. */
export const Expired: Story = { args: { status: 'expired' } };
/** While the first page loads: skeleton rows. */
export const Loading: Story = { parameters: { backend: { faults: { 'license-batches': { kind: 'latency', ms: 600000 } } } } };
/** Nothing matches: said, with Clear filters. */
export const Empty: Story = { play: ({ canvasElement }) => searchNothing(canvasElement, 'license-list', 'tbody[part=group]') };
/** The backend failed: why, with Retry. */
export const Failed: Story = { parameters: { backend: { faults: { 'license-batches': { kind: 'server' } } } } };
/** Buy, in place: the purchase flow. */
export const BuyInPlace: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'license-list', 'tbody[part=group]');
    await press(el, '[part=buy-button]');
    await until(() => el.shadowRoot!.querySelector('license-purchase'));
  },
};
/** 375 px wide: stacked rows. */
export const Narrow: Story = { decorators: [(story) => html`<div style="width: 375px">${story()}</div>`] };
