import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/subscription-list/define.js';
import { press, ready, searchNothing, until } from './story-helpers.js';

type Args = { source: string; status: string; sort: string; createInPlace: boolean; locale: string };

const meta: Meta<Args> = {
  title: 'Widgets/subscription-list',
  component: 'subscription-list',
  args: { source: '', status: 'active', sort: '', createInPlace: true, locale: '' },
  argTypes: {
    source: { control: 'select', options: ['', 'order', 'license'] },
    status: { control: 'select', options: ['', 'active', 'ended'] },
    sort: { control: 'select', options: ['', 'customerName', 'productName', 'planName', 'quantity', 'termEnd'] },
    locale: { control: 'select', options: ['', 'en', 'es'] },
  },
  render: ({ source, status, sort, createInPlace, locale }) =>
    html`<subscription-list source=${source} status=${status} sort=${sort} ?create-in-place=${createInPlace} locale=${locale || ''}></subscription-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The customers' active subscriptions, the soonest term end first. */
export const Active: Story = { play: async ({ canvasElement }) => void (await ready(canvasElement, 'subscription-list', 'tbody:not(.skeleton) tr[part=row]')) };
/** Only the license subscriptions (what the order form's Renew or upgrade leads to). */
export const Licenses: Story = { args: { source: 'license' } };
/** In Spanish. */
export const Spanish: Story = { args: { locale: 'es' } };
/** Nothing matches: said, with Clear filters. */
export const Empty: Story = { play: ({ canvasElement }) => searchNothing(canvasElement, 'subscription-list', 'tbody:not(.skeleton) tr[part=row]') };
/** The backend failed: why, with Retry. */
export const Failed: Story = { parameters: { backend: { faults: { 'list-subscriptions': { kind: 'server' } } } } };
/** A subscription opened in place: its change with the preview. */
export const ChangeInPlace: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'subscription-list', 'tbody:not(.skeleton) tr[part=row]');
    await press(el, '[part=row-button]');
    await until(() => el.shadowRoot!.querySelector('subscription-change')?.shadowRoot?.querySelector('[part=current]'));
  },
};
/** 375 px wide: stacked rows. */
export const Narrow: Story = { decorators: [(story) => html`<div style="width: 375px">${story()}</div>`] };
