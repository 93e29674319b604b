import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/ui/define-kit.js';
import type { ComboboxOption } from '../src/ui/index.js';

const meta: Meta = { title: 'Form kit/Parts' };
export default meta;
type Story = StoryObj;

const orgs: ComboboxOption[] = ['Contoso Training Partners', 'Fabrikam Skills', 'Tailspin Education', 'Northwind Learning Iberia'].map((label, i) => ({ value: String(i), label, description: 'Reseller' }));
const search = async (q: string) => orgs.filter((o) => o.label.toLowerCase().includes(q.toLowerCase()));

export const TextField: Story = {
  render: () => html`<ck-text-field label="Sale name" hint="Shown on the invoice" required></ck-text-field>`,
};
export const TextFieldInvalid: Story = {
  render: () => html`<ck-text-field label="Email" type="email" value="ana@" error="Enter an email address like name@example.com." submitted required></ck-text-field>`,
};
export const Textarea: Story = { render: () => html`<ck-text-field label="Order note" multiline counter maxlength="500"></ck-text-field>` };
export const MoneyField: Story = { render: () => html`<ck-money-field label="Recurring fee" currency="EUR" value="1234.50"></ck-money-field>` };
export const NumberField: Story = { render: () => html`<ck-number-field label="Number of users" min="1" max="500" value="12" warning="It cannot be changed once the sale is registered."></ck-number-field>` };
export const DateField: Story = { render: () => html`<ck-date-field label="Activation date" value="2025-03-11"></ck-date-field>` };
export const Select: Story = {
  render: () => html`<ck-select-field label="Billed" .options=${[{ value: 'inv', label: 'Invoice, 30 days' }, { value: 'card', label: 'Credit card' }]}></ck-select-field>`,
};
export const Combobox: Story = { render: () => html`<ck-combobox label="Reseller or organization" .search=${search}></ck-combobox>` };
export const RadioGroup: Story = {
  render: () =>
    html`<ck-radio-group
      label="Payment method"
      .options=${[
        { value: 'post', label: 'Post-paid', description: 'Charged for the maximum number of user accounts of the past month.' },
        { value: 'pre', label: 'Pre-paid', description: 'A fixed price until the end of the pre-paid period.' },
      ]}
    ></ck-radio-group>`,
};
export const Toggle: Story = { render: () => html`<ck-toggle label="Active" hint="Distributors can sell the plan" .value=${true}></ck-toggle>` };
export const Checkbox: Story = { render: () => html`<ck-checkbox label="Send credentials to the cloud author" .value=${true}></ck-checkbox>` };
export const Steps: Story = {
  render: () => html`<ck-steps .steps=${['Account and billing information', 'Product distribution', 'Setting up the product distribution']} current="1"><p>Step content</p></ck-steps>`,
};
export const SummaryList: Story = {
  render: () => html`<ck-summary-list .items=${[{ label: 'Status', value: 'Pending Approval' }, { label: 'Total', value: '$300.00', strong: true }]}></ck-summary-list>`,
};
export const Alerts: Story = {
  render: () => html`<div style="display:grid;gap:8px">
    <ck-alert variant="info">Domain information is very important.</ck-alert>
    <ck-alert variant="success" heading="Saved">The service plan was saved.</ck-alert>
    <ck-alert variant="warning">Deprecated billing type.</ck-alert>
    <ck-alert variant="error" heading="The sale was not created" retry>The server could not be reached.</ck-alert>
  </div>`,
};
export const ConfirmDialog: Story = {
  render: () => html`<ck-confirm-dialog heading="Deactivate this service plan?" confirm-label="Deactivate" danger>Active subscriptions keep working until they expire.</ck-confirm-dialog>
    <button onclick="this.previousElementSibling.ask()">Open</button>`,
};
