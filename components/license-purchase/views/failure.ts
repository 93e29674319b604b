import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterError } from '../../../src/adapter/errors.js';
import { tk } from '../../../src/ui/kit-messages.js';
import { failureAlert } from '../../../src/ui/widget-views.js';
import type { LicensePurchaseView as V } from '../view.js';

/** An error with what happened, that nothing was lost, and the way on. */
export function renderFailure(v: V, error: AdapterError, title: string, retry: () => void): TemplateResult {
  const refused = !error.retryable;
  return failureAlert(
    v.localeCode,
    error,
    title,
    retry,
    refused ? v.m('choicesKept') : tk(v.localeCode, 'kit.keptValues'),
    refused && (error.kind === 'forbidden' || error.code === 'contract-inactive')
      ? html`<div><button class="btn link" @click=${() => v.flow.goTo('contract')}>${v.m('contractChanged')}</button></div>`
      : nothing,
  );
}
