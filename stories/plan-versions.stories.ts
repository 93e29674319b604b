import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/service-plan-editor/define.js';
import { press, ready, type, until } from './story-helpers.js';

/**
 * Plan versions in <service-plan-editor> (#22, point 5): saving a plan whose version has
 * subscribers makes the next version while the older one keeps them at their prices, and the
 * vendor previews moving them (the next charge before and after, per subscription) before confirming.
 */
type Args = { planId: string };
const meta: Meta<Args> = {
  title: 'Widgets/Plan versions',
  component: 'service-plan-editor',
  args: { planId: 'plan-backup-annual' },
  render: ({ planId }) => html`<service-plan-editor product-id="prod-backup" plan-id=${planId}></service-plan-editor>`,
};
export default meta;
type Story = StoryObj<Args>;

const versions = (el: HTMLElement) => el.shadowRoot!.querySelector('[part=versions]');

/** Version 2, its subscriber still on version 1 (the demo's annual plan). */
export const OlderVersionWithSubscribers: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'service-plan-editor', '[part=submit-button]');
    await until(() => versions(el)?.querySelector('button'));
  },
};

/** The vendor raises the price of a plan with a subscriber and saves: version 2, version 1 keeps the subscriber; then reviews moving it. */
export const SaveVersion2AndPreviewTheMove: Story = {
  args: { planId: 'plan-backup-advanced' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'service-plan-editor', '[part=submit-button]');
    await type(el, 'resources.0.fees.recurring.USD', '27.50');
    await press(el, '[part=submit-button]');
    await until(() => versions(el)?.textContent?.includes('Version 2') && versions(el)?.querySelector('button'));
    await press(el, '[part=versions] button');
    await until(() => el.shadowRoot!.querySelector('[part=version-move-table]'));
  },
};

/** The backend failed to price the move: the message and Try again. */
export const PreviewFailed: Story = {
  parameters: { backend: { faults: { 'preview-version-move': { kind: 'server' } } } },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'service-plan-editor', '[part=submit-button]');
    await until(() => versions(el)?.querySelector('button'));
    await press(el, '[part=versions] button');
    await until(() => el.shadowRoot!.querySelector('#move-failure'));
  },
};
