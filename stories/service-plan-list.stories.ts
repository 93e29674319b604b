import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/service-plan-list/define.js';
import { press, ready, until } from './story-helpers.js';

type Args = { productId: string; status: string; sort: string; createInPlace: boolean; locale: string };

const meta: Meta<Args> = {
  title: 'Widgets/service-plan-list',
  component: 'service-plan-list',
  args: { productId: 'prod-backup', status: '', sort: '', createInPlace: true, locale: '' },
  argTypes: {
    status: { control: 'select', options: ['', 'active', 'inactive'] },
    sort: { control: 'select', options: ['', 'name', 'billingType', 'sku', 'active', 'updatedAt'] },
    locale: { control: 'select', options: ['', 'en', 'es'] },
  },
  render: ({ productId, status, sort, createInPlace, locale }) =>
    html`<service-plan-list product-id=${productId} status=${status} sort=${sort} ?create-in-place=${createInPlace} locale=${locale || ''}></service-plan-list>`,
};
export default meta;
type Story = StoryObj<Args>;

const ROWS = '[part=row-button]';

/** A product's Billing section: its service plans. */
export const Plans: Story = { play: async ({ canvasElement }) => void (await ready(canvasElement, 'service-plan-list', ROWS)) };
/** Only the inactive plans. */
export const Inactive: Story = { args: { status: 'inactive' } };
/** While the first page loads: skeleton rows. */
export const Loading: Story = { parameters: { backend: { faults: { 'list-plans': { kind: 'latency', ms: 600000 } } } } };
/** The backend failed: why, with Retry. */
export const Failed: Story = { parameters: { backend: { faults: { 'list-plans': { kind: 'server' } } } } };
/** Copy service plan: the Copying service plan pop-up with "Copy of <name>". */
export const CopyDialog: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'service-plan-list', ROWS);
    await press(el, '[part=copy-button]');
    await until(() => el.shadowRoot!.querySelector<HTMLElement & { open: boolean }>('#copy-dialog')?.open);
  },
};
/** Deactivate: what it means for subscriptions, asked first. */
export const DeactivateDialog: Story = {
  args: { status: 'active' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'service-plan-list', ROWS);
    await press(el, '[part=active-button]');
    await until(() => el.shadowRoot!.querySelector<HTMLElement & { open: boolean }>('#active-dialog')?.open);
  },
};
/** A plan opened in place in the editor. */
export const EditInPlace: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'service-plan-list', ROWS);
    await press(el, ROWS);
    await until(() => el.shadowRoot!.querySelector('service-plan-editor'));
  },
};
/** 375 px wide: stacked rows. */
export const Narrow: Story = { decorators: [(story) => html`<div style="width: 375px">${story()}</div>`] };
