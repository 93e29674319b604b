import { html } from 'lit';
import { copyNameError } from '../../../src/schemas/plan.js';
import type { PlanListView } from '../view.js';

/** The Copying service plan pop-up (the copy's Name) and the activation question with its consequences. */
export function renderDialogs(v: PlanListView) {
  const deactivating = v.asking?.active ?? true;
  const name = (e: CustomEvent<{ value: string }>) => (v.copyName = e.detail.value);
  const error = copyNameError(v.copyName, v.localeCode);
  return html`<ck-confirm-dialog id="copy-dialog" heading=${v.m('copyTitle')} confirm-label=${v.m('copyConfirm')}>
      <ck-text-field slot="content" label=${v.m('copyName')} required .value=${v.copyName} .error=${error} @ck-input=${name}></ck-text-field>
    </ck-confirm-dialog>
    <ck-confirm-dialog
      id="active-dialog"
      heading=${v.m(deactivating ? 'deactivateTitle' : 'activateTitle')}
      confirm-label=${v.m(deactivating ? 'deactivate' : 'activate')}
      ?danger=${deactivating}
      >${v.m(deactivating ? 'deactivateText' : 'activateText')}</ck-confirm-dialog
    >`;
}

/** After a save in place: what was saved, then Continue and Go to Product Dashboard. */
export function renderSavedBar(v: PlanListView, name: string, next: () => void, dashboard: () => void) {
  return html`<div class="saved-bar" part="saved-bar">
    <p>${v.m('saved', { name })}</p>
    <span class="spacer"></span>
    <button type="button" class="btn" part="dashboard-button" @click=${dashboard}>${v.m('dashboard')}</button>
    <button type="button" class="btn primary" part="continue-button" @click=${next}>${v.m('continue')}</button>
  </div>`;
}
