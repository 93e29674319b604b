import { html, nothing, type TemplateResult } from 'lit';
import { type StepId, usableContracts } from '../model.js';
import { stepTitles } from '../steps.js';
import type { LicensePurchaseView as V } from '../view.js';
import { renderContractStep } from './contract-step.js';
import { renderFailure } from './failure.js';
import { renderPreviewStep } from './preview.js';
import { renderAccountStep, renderProductStep, renderQuantityStep, renderStockStep } from './steps.js';

const VIEWS: Record<StepId, (v: V) => TemplateResult | typeof nothing> = {
  contract: renderContractStep,
  account: renderAccountStep,
  product: renderProductStep,
  quantity: renderQuantityStep,
  stock: renderStockStep,
  preview: renderPreviewStep,
};

/** The step list with the current step, its failure if any, and Back / Next (Buy on the last). */
export function renderFlow(v: V) {
  const { flow } = v;
  const failure = flow.isLast ? v.checkout.failure : null;
  const noContract = flow.current === 'contract' && !usableContracts(v.context.contracts).length;
  return html`${v.droppedDraft ? html`<ck-alert variant="info">${v.m('draftDropped')}</ck-alert>` : nothing}
    ${v.restored ? html`<ck-alert variant="info">${v.m('draftRestored')}</ck-alert>` : nothing}
    <ck-steps level="3" exportparts="step-heading" .steps=${stepTitles(v.context).map((t) => v.m(t))} .current=${flow.index}>
      <div class="body">${VIEWS[flow.current](v)} ${failure ? renderFailure(v, failure, v.m('failedTitle'), () => void v.buy()) : nothing}</div>
      <div class="actions nav">
        ${flow.index > 0 ? html`<button class="btn" @click=${() => flow.back()}>${v.m('back')}</button>` : nothing}
        <span class="spacer"></span>
        ${flow.isLast ? renderBuyButton(v) : noContract ? nothing : html`<button class="btn primary" part="next-button" @click=${() => void v.next()}>${v.m('next')}</button>`}
      </div>
    </ck-steps>`;
}

function renderBuyButton(v: V) {
  return html`<button class="btn primary" part="submit-button" aria-disabled=${v.checkout.purchase.busy || v.data.reloadingDetails ? 'true' : 'false'} @click=${() => void v.buy()}>
    ${v.checkout.purchase.busy ? html`<span class="spinner" aria-hidden="true"></span>${v.m('buying')}` : v.m('buyNow')}
  </button>`;
}
