import { html, nothing } from 'lit';
import { adapterErrorMessage } from '../../../src/ui/adapter-error-message.js';
import { draftNotes, errorSummary, failureAlert, infoNote, submitButton } from '../../../src/ui/widget-views.js';
import { copyNameError } from '../../../src/schemas/plan.js';
import type { PlanEditorView } from '../view.js';
import { focusPath, pathLabel } from './error-summary.js';
import { renderGeneral } from './general.js';
import { renderPeriods } from './periods.js';
import { renderPreview } from './preview.js';
import { renderResources } from './resources.js';
import { renderVersions } from './versions.js';

/** The heading, the saved state, and what the editor has to say (read only, a restored draft, a save done). */
function renderHead(v: PlanEditorView) {
  const d = v.form.draft;
  return html`<div class="head">
      <h2 id="heading" tabindex="-1">${d.id ? `${v.m('editPlan')}: ${d.name}` : v.m('newPlan')}</h2>
      ${v.readonly || (!d.id && !v.dirty)
        ? nothing
        : v.dirty
          ? html`<span class="badge">${v.m('unsaved')}</span>`
          : html`<span class="badge ok">${v.m('saved')}</span>`}
    </div>
    ${v.readonly ? infoNote(v.m('readonlyNote')) : nothing} ${draftNotes(v.droppedDraft && v.m('draftDropped'), v.restored && v.dirty && v.m('draftRestored'))}
    ${v.notice ? html`<ck-alert variant="success"><h3 id="done-heading" tabindex="-1" part="done-heading">${v.notice.title}</h3>${v.notice.text}</ck-alert>` : nothing}`;
}

/** A failed save (a conflict offers to load their version or save over it) or a failed copy. */
function renderFailures(v: PlanEditorView) {
  const { failure, copyFailure } = v.saver;
  return html`${failure?.code === 'conflict'
    ? html`<ck-alert id="failure" variant="warning" heading=${v.m('conflictTitle')} data-testid="conflict"
        >${v.m('conflictText')}
        <div class="actions">
          <button class="btn" @click=${() => void v.saver.resolveConflict('theirs')}>${v.m('loadTheirs')}</button>
          <button class="btn primary" @click=${() => void v.saver.resolveConflict('mine')}>${v.m('overwrite')}</button>
        </div></ck-alert
      >`
    : failure
      ? failureAlert(v.localeCode, failure, v.m('failedTitle'), () => void v.saver.save())
      : nothing}
  ${copyFailure
    ? html`<ck-alert variant="error" heading=${v.m('copyFailed')} ?retry=${copyFailure.retryable} @ck-retry=${() => void v.saver.copy()}
        >${adapterErrorMessage(copyFailure, v.localeCode)}</ck-alert
      >`
    : nothing}`;
}

/** Copy service plan (a saved plan only) and Save. */
function renderActions(v: PlanEditorView) {
  if (v.readonly) return nothing;
  return html`<div class="actions">
    ${v.form.draft.id
      ? html`<button class="btn" part="copy-button" aria-disabled=${v.saver.copyBusy ? 'true' : 'false'} @click=${() => void v.saver.copy()}>
          ${v.saver.copyBusy ? v.m('copying') : v.m('copy')}
        </button>`
      : nothing}
    <span class="spacer"></span>
    ${submitButton({ label: v.m('save'), busyLabel: v.m('saving'), busy: v.saver.busy, run: () => void v.saver.save() })}
  </div>`;
}

/** The questions the editor asks: deactivate a saved plan, and the copy's name. */
function renderDialogs(v: PlanEditorView) {
  return html`<ck-confirm-dialog id="deactivate" heading=${v.m('deactivateTitle')} confirm-label=${v.m('deactivate')} danger>${v.m('deactivateText')}</ck-confirm-dialog>
    <ck-confirm-dialog id="copy-dialog" heading=${v.m('copyTitle')} confirm-label=${v.copyUnsaved ? v.m('saveAndCopy') : v.m('copyConfirm')}>
      ${v.copyUnsaved ? html`<p>${v.m('copyUnsaved')}</p>` : nothing}
      <ck-text-field
        slot="content"
        label=${v.m('copyName')}
        required
        .value=${v.copyName}
        .error=${copyNameError(v.copyName, v.localeCode)}
        @ck-input=${(e: CustomEvent<{ value: string }>) => (v.copyName = e.detail.value)}
      ></ck-text-field>
    </ck-confirm-dialog>`;
}

/** The whole editor, once the plan's context is loaded. */
export function renderEditor(v: PlanEditorView) {
  return html`<div class="stack">
    ${renderHead(v)} ${renderVersions(v)} ${errorSummary(v.form, v.renderRoot, (path) => pathLabel(v, path), (path) => void focusPath(v, path))}
    <div class="columns">
      <div class="stack">${renderGeneral(v)} ${renderPeriods(v)} ${renderResources(v)}</div>
      ${renderPreview(v)}
    </div>
    ${renderFailures(v)} ${renderActions(v)} ${renderDialogs(v)}
  </div>`;
}
