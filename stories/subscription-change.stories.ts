import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/subscription-change/define.js';
import { choose, press, ready, type, until } from './story-helpers.js';

type Args = { subscriptionId: string; locale: string };

// Seeded subscriptions (src/adapter/demo/seed-subscriptions.ts): a post-paid SaaS order, a CSP
// monthly plan, a monthly commitment, a device license to renew, a plan no longer sold.
const SUBSCRIPTIONS = ['sub-seed-001', 'sub-seed-006', 'sub-seed-010', 'sub-seed-020', 'sub-seed-019'];

const meta: Meta<Args> = {
  title: 'Widgets/subscription-change',
  component: 'subscription-change',
  args: { subscriptionId: 'sub-seed-006', locale: '' },
  argTypes: { subscriptionId: { control: 'select', options: SUBSCRIPTIONS }, locale: { control: 'select', options: ['', 'en', 'es'] } },
  render: ({ subscriptionId, locale }) => html`<subscription-change subscription-id=${subscriptionId} locale=${locale || ''}></subscription-change>`,
};
export default meta;
type Story = StoryObj<Args>;

const loaded = (canvas: HTMLElement) => ready(canvas, 'subscription-change', '[part=current]');

/** The subscription as it is; no change yet. */
export const Current: Story = { play: async ({ canvasElement }) => void (await loaded(canvasElement)) };
/** More seats on CSP monthly: credit for the unused days, the new quantity for them, the difference due today. */
export const MoreSeats: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    await type(el, 'quantity', '8');
  },
};
/** Fewer seats on a monthly commitment: scheduled for the term's end. */
export const ScheduledDecrease: Story = {
  args: { subscriptionId: 'sub-seed-010' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    await type(el, 'quantity', '4');
  },
};
/** Renewing a device license: the new term and its first charge with the renewal fee. */
export const Renew: Story = {
  args: { subscriptionId: 'sub-seed-020' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    await choose(el, 'action', 'renew');
  },
};
/** Nothing changed: Confirm says so next to the quantity. */
export const NoChange: Story = {
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    await press(el, '[part=submit-button]');
    await until(() => el.shadowRoot!.querySelector('ck-error-summary'));
  },
};
/** A subscription whose plan was deactivated: it continues until its term ends, then stops. */
export const DeactivatedPlan: Story = { args: { subscriptionId: 'sub-seed-019' } };
/** The backend failed to load it: why, with Retry. */
export const Failed: Story = { parameters: { backend: { faults: { 'get-subscription': { kind: 'server' } } } } };
/** In Spanish. */
export const Spanish: Story = { args: { locale: 'es' }, play: async ({ canvasElement }) => void (await loaded(canvasElement)) };
/** 375 px wide. */
export const Narrow: Story = { decorators: [(story) => html`<div style="width: 375px">${story()}</div>`] };
