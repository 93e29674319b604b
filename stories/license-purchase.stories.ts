import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/license-purchase/define.js';
import type { LicensePurchase } from '../components/license-purchase/license-purchase.js';
import { press, ready, until } from './story-helpers.js';

type Args = { open: boolean; locale: string };
const meta: Meta<Args> = {
  title: 'Widgets/license-purchase',
  component: 'license-purchase',
  args: { open: true, locale: '' },
  argTypes: { locale: { control: 'select', options: ['', 'en', 'es'] } },
  render: ({ open, locale }) => html`<license-purchase ?open=${open} locale=${locale || ''}></license-purchase>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Walks to a step with the laptops co-termed with the head office's 10 licenses. */
async function at(canvasElement: HTMLElement, step: 'contract' | 'account' | 'product' | 'quantity' | 'stock' | 'preview', product = 'prd-laptop') {
  const el = (await ready(canvasElement, 'license-purchase')) as LicensePurchase;
  el.draft = { contractId: 'ctr-device-2025', accountId: 'acc-contoso-hq', productId: '', quantity: '3', note: 'Deliver to dock 4', stockChoice: 'new-purchase', term: 'coterm' };
  await el.updateComplete;
  if (step === 'contract') return el;
  await el.saveAccount();
  el.draft = { ...el.draft, productId: step === 'account' ? '' : product };
  await until(() => el.context.products);
  for (let guard = 0; el.stepId !== step && guard < 8; guard++) await el.next();
  if (el.stepId !== step) throw new Error(`the story did not reach the ${step} step (stopped at ${el.stepId})`);
  return el;
}

/** Closed: the Buy button a portal shows in its Active tab. */
export const Closed: Story = { args: { open: false } };
/** Step 1: usable contracts, and the others with their reason. */
export const ContractStep: Story = { play: async ({ canvasElement }) => void (await at(canvasElement, 'contract')) };
/** Step 2: the account, saved. */
export const AccountStep: Story = { play: async ({ canvasElement }) => void (await at(canvasElement, 'account')) };
/** Step 4: quantity and order note. */
export const QuantityStep: Story = { play: async ({ canvasElement }) => void (await at(canvasElement, 'quantity')) };
/** Step 5: stock is available. */
export const StockStep: Story = { play: async ({ canvasElement }) => void (await at(canvasElement, 'stock')) };
/** The preview, co-termed with the licenses that expire this month. */
export const PreviewCoTermed: Story = { play: async ({ canvasElement }) => void (await at(canvasElement, 'preview')) };
/** The preview without active licenses: the contract's term from today. */
export const PreviewPlain: Story = { play: async ({ canvasElement }) => void (await at(canvasElement, 'preview', 'prd-phone')) };
/** No contract can be used: the limitations explained. */
export const NoUsableContract: Story = { parameters: { backend: { scenario: { contractsUnusable: true } } } };
/** Buying (slow backend). */
export const Saving: Story = {
  parameters: { backend: { faults: { purchase: { kind: 'latency', ms: 600000 } } } },
  play: async ({ canvasElement }) => press(await at(canvasElement, 'preview'), '[part=submit-button]'),
};
/** The permission was lost between steps. */
export const Forbidden: Story = {
  parameters: { backend: { faults: { purchase: { kind: 'forbidden', code: 'no-permission', message: 'You no longer have permission to create licenses under “Device Services Agreement”.' } } } },
  play: async ({ canvasElement }) => {
    const el = await at(canvasElement, 'preview');
    await press(el, '[part=submit-button]');
    await until(() => el.shadowRoot!.querySelector('#failure'));
  },
};
/** Bought: the licenses with their dates. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const el = await at(canvasElement, 'preview');
    await press(el, '[part=submit-button]');
    await until(() => el.shadowRoot!.querySelector('[part=success]'));
  },
};
