import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/service-plan-editor/define.js';
import { press, ready, type, until } from './story-helpers.js';

type Args = { productId: string; planId: string; readonly: boolean; locale: string };
const meta: Meta<Args> = {
  title: 'Widgets/service-plan-editor',
  component: 'service-plan-editor',
  args: { productId: 'prod-backup', planId: '', readonly: false, locale: '' },
  argTypes: { planId: { control: 'select', options: ['', 'plan-backup-monthly', 'plan-backup-annual', 'plan-backup-gsuite', 'plan-backup-team'] }, locale: { control: 'select', options: ['', 'en', 'es'] } },
  render: ({ productId, planId, readonly, locale }) =>
    html`<service-plan-editor product-id=${productId} plan-id=${planId} ?readonly=${readonly} locale=${locale || ''}></service-plan-editor>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new plan: one period, no resources. */
export const Empty: Story = {};
/** An existing plan with two resources and its preview. */
export const Filled: Story = { args: { planId: 'plan-backup-monthly' } };
/** Saving with nothing filled in: the error summary and every field's message. */
export const Invalid: Story = { play: async ({ canvasElement }) => press(await ready(canvasElement, 'service-plan-editor', '[part=submit-button]'), '[part=submit-button]') };
/** While saving (slow backend). */
export const Saving: Story = {
  args: { planId: 'plan-backup-monthly' },
  parameters: { backend: { faults: { 'save-plan': { kind: 'latency', ms: 600000 } } } },
  play: async ({ canvasElement }) => press(await ready(canvasElement, 'service-plan-editor', '[part=submit-button]'), '[part=submit-button]'),
};
/** The server refused a field (422): the message sits next to it. */
export const ServerValidation: Story = {
  args: { planId: 'plan-backup-monthly' },
  parameters: { backend: { faults: { 'save-plan': { kind: 'validation', fields: { sku: 'This SKU is reserved for another product.' } } } } },
  play: async ({ canvasElement }) => press(await ready(canvasElement, 'service-plan-editor', '[part=submit-button]'), '[part=submit-button]'),
};
/** The network failed: every edit kept, retry offered. */
export const Failed: Story = {
  args: { planId: 'plan-backup-monthly' },
  parameters: { backend: { faults: { 'save-plan': { kind: 'network' } } } },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'service-plan-editor', '[part=submit-button]');
    await type(el, 'name', 'Backup Standard — Monthly (edited)');
    await press(el, '[part=submit-button]');
    await until(() => el.shadowRoot!.querySelector('#failure'));
  },
};
/** Readonly, as distributors see it. */
export const Readonly: Story = { args: { planId: 'plan-backup-annual', readonly: true } };
/** A plan with a deprecated billing type. */
export const DeprecatedType: Story = { args: { planId: 'plan-backup-gsuite' } };
/** Tiered prices: devices by graduated tiers (with the price curve), storage by packages of 100 GB. */
export const Tiered: Story = {
  args: { planId: 'plan-backup-team' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'service-plan-editor', '[part=submit-button]');
    await until(() => el.shadowRoot!.querySelector('[data-testid=price-curve]'));
  },
};
