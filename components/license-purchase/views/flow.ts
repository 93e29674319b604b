import { html, nothing, type TemplateResult } from 'lit';
import { draftNotes, errorSummary, wizardNav } from '../../../src/ui/widget-views.js';
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
  return html`${draftNotes(v.droppedDraft && v.m('draftDropped'), v.restored && v.m('draftRestored'))}
    <ck-steps level="3" exportparts="step-heading" .steps=${stepTitles(v.context).map((t) => v.m(t))} .current=${flow.index}>
      <div class="body">${errorSummary(v.form, v.renderRoot)} ${VIEWS[flow.current](v)} ${failure ? renderFailure(v, failure, v.m('failedTitle'), () => void v.buy()) : nothing}</div>
      ${wizardNav(flow, v.m('back'), v.m('next'), noContract ? null : () => void v.next(), {
        label: v.m('buyNow'),
        busyLabel: v.m('buying'),
        busy: v.checkout.purchase.busy,
        blocked: v.data.reloadingDetails,
        run: () => void v.buy(),
      })}
    </ck-steps>`;
}
