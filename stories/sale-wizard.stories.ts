import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/sale-wizard/define.js';
import type { SaleWizard } from '../components/sale-wizard/sale-wizard.js';
import { today } from '../src/core/index.js';
import { press, ready, type, until } from './story-helpers.js';

type Args = { locale: string; draftKey: string };
const meta: Meta<Args> = {
  title: 'Widgets/sale-wizard',
  component: 'sale-wizard',
  args: { locale: '', draftKey: '' },
  argTypes: { locale: { control: 'select', options: ['', 'en', 'es'] } },
  render: ({ locale, draftKey }) => html`<sale-wizard locale=${locale || ''} draft-key=${draftKey || ''}></sale-wizard>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Puts a complete sale in the draft and goes to `step`. */
async function at(canvasElement: HTMLElement, step: 'account' | 'distribution' | 'setup' | 'review') {
  const el = (await ready(canvasElement, 'sale-wizard')) as SaleWizard;
  el.draft = {
    ...el.draft,
    organizationId: 'org-contoso',
    organizationLabel: 'Contoso Training Partners',
    contacts: [{ firstName: 'Ana', lastName: 'Ruiz', email: 'ana@contoso.com', phone: '' }],
    lines: step === 'account' ? [] : [{ distributionId: 'dist-itpro-usd', users: 60 }],
    pending: { distributionId: 'dist-itpro-usd', users: '60' },
    activationDate: today(),
    billingMethodId: step === 'setup' || step === 'review' ? 'bm-invoice-30' : '',
    name: step === 'setup' || step === 'review' ? 'Contoso spring cohort' : '',
  };
  el.goTo(step);
  await el.updateComplete;
  return el;
}

/** Step 1, empty. */
export const AccountStep: Story = {};
/** Step 1 with a new organization, contact and user. */
export const NewOrganization: Story = {
  play: async ({ canvasElement }) => {
    const el = (await ready(canvasElement, 'sale-wizard')) as SaleWizard;
    el.draft = { ...el.draft, orgMode: 'new', newOrganization: { name: 'Lakeside Academy', email: 'office@lakeside.edu', country: 'US', city: 'Seattle', phone: '', vatNumber: '' } };
    el.addPerson('contacts');
    el.addPerson('users');
  },
};
/** Step 2 with the number of users priced by the tiers. */
export const DistributionStep: Story = { play: async ({ canvasElement }) => void (await at(canvasElement, 'distribution')) };
/** Step 3 with the live Cancellation Date. */
export const SetupStep: Story = { play: async ({ canvasElement }) => void (await at(canvasElement, 'setup')) };
/** The review before creating. */
export const Review: Story = { play: async ({ canvasElement }) => void (await at(canvasElement, 'review')) };
/** Next steps on an empty step: errors shown. */
export const Invalid: Story = { play: async ({ canvasElement }) => press(await ready(canvasElement, 'sale-wizard'), '[part=next-button]') };
/** While creating (slow backend). */
export const Saving: Story = {
  parameters: { backend: { faults: { 'create-sale': { kind: 'latency', ms: 600000 } } } },
  play: async ({ canvasElement }) => press(await at(canvasElement, 'review'), '[part=submit-button]'),
};
/** The server failed: everything kept, retry offered. */
export const Failed: Story = {
  parameters: { backend: { faults: { 'create-sale': { kind: 'server' } } } },
  play: async ({ canvasElement }) => {
    const el = await at(canvasElement, 'review');
    await press(el, '[part=submit-button]');
    await until(() => el.shadowRoot!.querySelector('#failure'));
  },
};
/** Registered: Pending Approval. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const el = await at(canvasElement, 'review');
    await press(el, '[part=submit-button]');
    await until(() => el.shadowRoot!.querySelector('[part=success]'));
  },
};
/** A seller without the LTI service sees why it cannot register this sale. */
export const WithoutLtiService: Story = { parameters: { backend: { scenario: { sellerWithoutLti: true } } } };
/** In Spanish, with a draft kept in sessionStorage. */
export const SpanishWithDraft: Story = {
  args: { locale: 'es', draftKey: 'story' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'sale-wizard');
    await type(el, 'orgMode', 'existing');
  },
};
