import { type CSSResultOrNative, html, nothing } from 'lit';
import { rehearse } from '../../../src/ui/warm-up.js';
import { draftNotes, errorSummary, failureAlert, wizardNav } from '../../../src/ui/widget-views.js';
import { SALE_STEPS } from '../steps.js';
import type { SaleWizardView } from '../view.js';
import { renderAccountStep } from './account-step.js';
import { renderDistributionStep } from './distribution-step.js';
import { renderReviewStep } from './review-step.js';
import { renderSetupStep } from './setup-step.js';

const STEP_VIEWS = { account: renderAccountStep, distribution: renderDistributionStep, setup: renderSetupStep, review: renderReviewStep };

/**
 * The step after the one shown, rehearsed out of sight while the page is idle (src/ui/warm-up.ts):
 * the first Next of a freshly loaded page then shows a step whose templates, styles and code are ready.
 */
export function rehearseNextStep(v: SaleWizardView, styles: CSSResultOrNative[]): Promise<void> | undefined {
  const next = v.flow.steps[v.flow.index + 1];
  return next && rehearse(`sale-wizard ${next}`, () => html`<div class="body">${STEP_VIEWS[next](v)}</div>`, styles);
}

/** The wizard: the gate for a seller without the LTI service, else the stepper with the step shown, its failure and Back / Next (or Create). */
export function renderWizard(v: SaleWizardView) {
  const seller = v.seller;
  if (seller && !seller.hasLtiService) {
    return html`<ck-alert variant="warning" heading=${v.m('gateTitle')} part="gate">${v.m('gateText', { organization: seller.organization.name })}</ck-alert>`;
  }
  const flow = v.flow;
  const failure = v.creation.failure;
  const create = () => void v.create();
  return html`${draftNotes(v.droppedDraft && v.m('draftDropped'), v.restored && v.m('restored'), v.m('discard'), () => void v.discard())}
    <ck-steps level="3" exportparts="step-heading" .steps=${SALE_STEPS.map((s) => v.m(s.title))} .current=${flow.index}>
      <div class="body">
        ${errorSummary(v.form, v.renderRoot)} ${STEP_VIEWS[flow.current](v)}
        ${failure ? failureAlert(v.localeCode, failure, failure.kind === 'forbidden' ? v.m('forbiddenTitle') : v.m('failedTitle'), create) : nothing}
      </div>
      ${wizardNav(flow, v.m('back'), v.m('nextSteps'), () => void flow.next(), { label: v.m('createSale'), busyLabel: v.m('creating'), busy: v.creation.busy, run: create })}
    </ck-steps>`;
}
