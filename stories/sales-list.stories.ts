import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/sales-list/define.js';
import { press, ready, searchNothing, until } from './story-helpers.js';

type Args = { status: string; scope: string; sort: string; createInPlace: boolean; locale: string };

const meta: Meta<Args> = {
  title: 'Widgets/sales-list',
  component: 'sales-list',
  args: { status: '', scope: '', sort: '', createInPlace: true, locale: '' },
  argTypes: {
    status: { control: 'select', options: ['', 'pending-approval', 'approved', 'rejected', 'cancelled'] },
    scope: { control: 'select', options: ['', 'own', 'children'] },
    sort: { control: 'select', options: ['', 'name', 'organization', 'total', 'status', 'createdAt'] },
    locale: { control: 'select', options: ['', 'en', 'es'] },
  },
  render: ({ status, scope, sort, createInPlace, locale }) =>
    html`<sales-list status=${status} scope=${scope} sort=${sort} ?create-in-place=${createInPlace} locale=${locale || ''}></sales-list>`,
};
export default meta;
type Story = StoryObj<Args>;

const LIST = 'table, [part=empty], #failure';

/** Sales management: the first page, newest first. */
export const Sales: Story = { play: async ({ canvasElement }) => void (await ready(canvasElement, 'sales-list', LIST)) };
/** Only the sales waiting for approval, of the child organizations. */
export const PendingOfChildren: Story = { args: { status: 'pending-approval', scope: 'children' } };
/** While the first page loads: skeleton rows of the table's height. */
export const Loading: Story = { parameters: { backend: { faults: { 'list-sales': { kind: 'latency', ms: 600000 } } } } };
/** Nothing matches: said, with Clear filters. */
export const Empty: Story = { play: ({ canvasElement }) => searchNothing(canvasElement, 'sales-list', LIST) };
/** The backend failed: why, with Retry. */
export const Failed: Story = { parameters: { backend: { faults: { 'list-sales': { kind: 'server' } } } } };
/** A sale's detail, with Approve and Reject. */
export const Detail: Story = {
  args: { status: 'pending-approval' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'sales-list', '[part=row-button]');
    await press(el, '[part=row-button]');
    await until(() => el.shadowRoot!.querySelector('[part=detail]'));
  },
};
/** Register new sale, in place: the wizard. */
export const RegisterInPlace: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'sales-list', 'table');
    await press(el, '[part=register-button]');
    await until(() => el.shadowRoot!.querySelector('sale-wizard'));
  },
};
/** 375 px wide: stacked rows. */
export const Narrow: Story = { decorators: [(story) => html`<div style="width: 375px">${story()}</div>`] };
