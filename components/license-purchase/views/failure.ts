import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterError } from '../../../src/adapter/errors.js';
import { adapterErrorMessage } from '../../../src/ui/adapter-error-message.js';
import type { LicensePurchaseView as V } from '../view.js';
import { tk } from '../../../src/ui/kit-messages.js';

/** An error with what happened, that nothing was lost, and the way on. */
export function renderFailure(v: V, error: AdapterError, title: string, retry: () => void): TemplateResult {
  const refused = !error.retryable;
  return html`<ck-alert id="failure" tabindex="-1" variant="error" heading=${title} ?retry=${error.retryable} @ck-retry=${retry}>
    ${adapterErrorMessage(error, v.localeCode)} ${refused ? v.m('choicesKept') : tk(v.localeCode, 'kit.keptValues')}
    ${refused && (error.kind === 'forbidden' || error.code === 'contract-inactive')
      ? html`<div><button class="btn link" @click=${() => v.flow.goTo('contract')}>${v.m('contractChanged')}</button></div>`
      : nothing}
  </ck-alert>`;
}
