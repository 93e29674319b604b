import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/order-form/define.js';
import { choose, press, ready, type, until } from './story-helpers.js';

type Args = { kind: '' | 'cloud' | 'saas'; locale: string };

const meta: Meta<Args> = {
  title: 'Widgets/order-form',
  component: 'order-form',
  args: { kind: '', locale: '' },
  argTypes: { kind: { control: 'select', options: ['', 'cloud', 'saas'] }, locale: { control: 'select', options: ['', 'en', 'es'] } },
  render: ({ kind, locale }) => html`<order-form kind=${kind || ''} locale=${locale || ''}></order-form>`,
};
export default meta;
type Story = StoryObj<Args>;

async function fillCloud(canvasElement: HTMLElement) {
  const el = await ready(canvasElement, 'order-form');
  await choose(el, 'paymentMethod', 'pre-paid');
  await type(el, 'dataCenterId', 'dc-fra');
  await type(el, 'packageId', 'pkg-cloud-business');
  await type(el, 'customer.companyName', 'Acme Widgets');
  await type(el, 'customer.contactName', 'Ana Ruiz');
  await type(el, 'customer.email', 'ana@acme-widgets.com');
  await type(el, 'customer.country', 'ES');
  await type(el, 'domain', 'acme-widgets.com');
  return el;
}

/** The first view: Cloud, SaaS, and on-premise (renew or upgrade only). */
export const ChooseKind: Story = {};
/** A Cloud order, empty. */
export const CloudEmpty: Story = { args: { kind: 'cloud' } };
/** A SaaS order, empty. */
export const SaasEmpty: Story = { args: { kind: 'saas' } };
/** A Cloud order filled in, with its price summary. */
export const CloudFilled: Story = { args: { kind: 'cloud' }, play: async ({ canvasElement }) => void (await fillCloud(canvasElement)) };
/** Ordering with nothing filled in: every error shown, focus on the first. */
export const Invalid: Story = {
  args: { kind: 'cloud' },
  play: async ({ canvasElement }) => press(await ready(canvasElement, 'order-form'), '[part=submit-button]'),
};
/** While the order is being placed (slow backend). */
export const Saving: Story = {
  args: { kind: 'cloud' },
  parameters: { backend: { faults: { 'create-order': { kind: 'latency', ms: 600000 } } } },
  play: async ({ canvasElement }) => press(await fillCloud(canvasElement), '[part=submit-button]'),
};
/** The backend could not be reached: nothing lost, retry offered. */
export const Failed: Story = {
  args: { kind: 'cloud' },
  parameters: { backend: { faults: { 'create-order': { kind: 'network' } } } },
  play: async ({ canvasElement }) => {
    const el = await fillCloud(canvasElement);
    await press(el, '[part=submit-button]');
    await until(() => el.shadowRoot!.querySelector('#failure'));
  },
};
/** The domain is taken: explained on the domain field. */
export const DomainTaken: Story = {
  args: { kind: 'cloud' },
  play: async ({ canvasElement }) => {
    const el = await fillCloud(canvasElement);
    await type(el, 'domain', 'contoso.com');
    await press(el, '[part=submit-button]');
  },
};
/** Ordered: the credentials go by email. */
export const Success: Story = {
  args: { kind: 'cloud' },
  play: async ({ canvasElement }) => {
    const el = await fillCloud(canvasElement);
    await press(el, '[part=submit-button]');
    await until(() => el.shadowRoot!.querySelector('[part=success]'));
  },
};
/** In Spanish. */
export const Spanish: Story = { args: { kind: 'saas', locale: 'es' } };
