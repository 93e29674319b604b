import { html, nothing } from 'lit';
import { adapterErrorMessage } from '../../../src/ui/adapter-error-message.js';
import { tk } from '../../../src/ui/kit-messages.js';
import { SALE_STEPS } from '../steps.js';
import type { SaleWizardView } from '../view.js';
import { renderAccountStep } from './account-step.js';
import { renderDistributionStep } from './distribution-step.js';
import { renderReviewStep } from './review-step.js';
import { renderSetupStep } from './setup-step.js';

const STEP_VIEWS = { account: renderAccountStep, distribution: renderDistributionStep, setup: renderSetupStep, review: renderReviewStep };

/** Why the last create failed (not a field's problem), with Retry when it may work. */
function renderFailure(v: SaleWizardView) {
  const failure = v.creation.failure;
  if (!failure) return nothing;
  return html`<ck-alert
    id="failure"
    tabindex="-1"
    variant="error"
    heading=${failure.kind === 'forbidden' ? v.m('forbiddenTitle') : v.m('failedTitle')}
    ?retry=${failure.retryable}
    @ck-retry=${() => void v.create()}
    >${adapterErrorMessage(failure, v.localeCode)} ${tk(v.localeCode, 'kit.keptValues')}</ck-alert
  >`;
}

/** The restored or dropped draft, said once, with Start over. */
function renderDraftNotes(v: SaleWizardView) {
  return html`${v.droppedDraft ? html`<ck-alert variant="info">${v.m('draftDropped')}</ck-alert>` : nothing}${v.restored
    ? html`<ck-alert variant="info">${v.m('restored')} <button class="btn link" @click=${() => void v.discard()}>${v.m('discard')}</button></ck-alert>`
    : nothing}`;
}

/** The wizard: the gate for a seller without the LTI service, else the stepper with the step shown, its failure and Back / Next (or Create). */
export function renderWizard(v: SaleWizardView) {
  const seller = v.seller;
  if (seller && !seller.hasLtiService) {
    return html`<ck-alert variant="warning" heading=${v.m('gateTitle')} part="gate">${v.m('gateText', { organization: seller.organization.name })}</ck-alert>`;
  }
  const flow = v.flow;
  return html`${renderDraftNotes(v)}
    <ck-steps level="3" exportparts="step-heading" .steps=${SALE_STEPS.map((s) => v.m(s.title))} .current=${flow.index}>
      <div class="body">${STEP_VIEWS[flow.current](v)} ${renderFailure(v)}</div>
      <div class="actions nav">
        ${flow.index > 0 ? html`<button class="btn" @click=${() => flow.back()}>${v.m('back')}</button>` : nothing}
        <span class="spacer"></span>
        ${flow.isLast
          ? html`<button class="btn primary" part="submit-button" aria-disabled=${v.creation.busy ? 'true' : 'false'} @click=${() => void v.create()}>
              ${v.creation.busy ? html`<span class="spinner" aria-hidden="true"></span>${v.m('creating')}` : v.m('createSale')}
            </button>`
          : html`<button class="btn primary" part="next-button" @click=${() => void flow.next()}>${v.m('nextSteps')}</button>`}
      </div>
    </ck-steps>`;
}
