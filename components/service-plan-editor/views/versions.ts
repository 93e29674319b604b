import { html, nothing } from 'lit';
import type { AdapterError } from '../../../src/adapter/errors.js';
import { adapterErrorMessage } from '../../../src/ui/adapter-error-message.js';
import { submitButton } from '../../../src/ui/widget-views.js';
import type { VersionMove, VersionMoveRow } from '../../../src/schemas/plan-version.js';
import { vm } from '../version-messages.js';
import type { PlanEditorView } from '../view.js';

/** A next charge: its amount and day, or that the subscription ends first. */
function charge(v: PlanEditorView, c: VersionMoveRow['before']) {
  return c ? vm(v.localeCode, 'chargeOn', { amount: v.money(c.amount.currency, c.amount.minor), date: v.date(c.date) }) : vm(v.localeCode, 'noCharge');
}

/** Why the preview or the move failed, with Try again when it may work (the focus goes to it). */
function failed(v: PlanEditorView, error: AdapterError, heading: string, retry: () => void) {
  return html`<ck-alert id="move-failure" variant="error" heading=${heading} ?retry=${error.retryable} @ck-retry=${retry}>${adapterErrorMessage(error, v.localeCode)}</ck-alert>`;
}

/** The preview as a table (stacked rows on a narrow screen, each cell labelled), with Confirm and Cancel. */
function renderPreview(v: PlanEditorView, p: VersionMove) {
  const loc = v.localeCode;
  const t = (key: Parameters<typeof vm>[1], params?: Record<string, string | number>) => vm(loc, key, params);
  const c = v.versions;
  const labels = [t('subscription'), t('before'), t('after', { to: p.toVersion }), t('difference'), t('dueToday')];
  const signed = (r: VersionMoveRow) => `${r.difference.minor > 0 ? '+' : ''}${v.money(r.difference.currency, r.difference.minor)}`;
  return html`<h4 id="move-heading" tabindex="-1">${t('reviewHeading', { from: p.fromVersion, to: p.toVersion })}</h4>
    ${p.subscriptions.length
      ? html`<p class="hint">${t('reviewIntro', { to: p.toVersion })}</p>
          <table class="moves" part="version-move-table">
            <thead>
              <tr>${labels.map((l, i) => html`<th scope="col" class=${i ? 'num' : ''}>${l}</th>`)}</tr>
            </thead>
            <tbody>
              ${p.subscriptions.map(
                (r) =>
                  html`<tr>
                    <th scope="row" data-label=${labels[0]!}>${r.customerName} <span class="muted">${r.subscriptionId}</span></th>
                    <td class="num" data-label=${labels[1]!}>${charge(v, r.before)}</td>
                    <td class="num" data-label=${labels[2]!}>${charge(v, r.after)}</td>
                    <td class="num" data-label=${labels[3]!}>${signed(r)}</td>
                    <td class="num" data-label=${labels[4]!}>${v.money(r.dueNow.currency, r.dueNow.minor)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
      : html`<p>${t('nothingToMove', { version: p.fromVersion, to: p.toVersion })}</p>`}
    ${c.moving.state === 'failed' && c.moving.error ? failed(v, c.moving.error, t('moveFailed'), () => void c.confirm()) : nothing}
    <div class="actions">
      <button type="button" class="btn" @click=${() => c.cancel()}>${t('cancel')}</button>
      <span class="spacer"></span>
      ${p.subscriptions.length ? submitButton({ label: t('confirmMove'), busyLabel: t('moving'), busy: c.moving.busy, run: () => void c.confirm() }) : nothing}
    </div>`;
}

/** The review of a move: pricing, its failure with a retry, or the preview. */
function renderReview(v: PlanEditorView, from: number) {
  const c = v.versions;
  const loc = v.localeCode;
  if (c.previewBusy) return html`<p aria-busy="true">${vm(loc, 'pricing')}</p>`;
  if (c.previewError) return failed(v, c.previewError, vm(loc, 'previewFailed'), () => void c.review(from));
  return c.preview ? renderPreview(v, c.preview) : nothing;
}

/**
 * The plan's version and the subscriptions on older ones (they keep their prices until moved),
 * each older version with Review move; after a move, how many moved. Nothing for a new plan or
 * an adapter without versions.
 */
export function renderVersions(v: PlanEditorView) {
  const c = v.versions;
  const loc = v.localeCode;
  if (!v.form.draft.id) return nothing;
  if (c.task.error) {
    return html`<ck-alert variant="warning" heading=${vm(loc, 'loadFailed')} retry @ck-retry=${() => void c.task.run()}></ck-alert>`;
  }
  const data = c.versions;
  if (!data) return nothing;
  const older = c.older;
  const count = older.reduce((n, o) => n + o.subscriptions, 0);
  const done = c.done;
  return html`<section class="versions" part="versions" aria-labelledby="versions-heading">
    <h3 id="versions-heading">${vm(loc, 'version', { version: data.currentVersion })}</h3>
    <p>${count ? vm(loc, 'onOlder', { count }) : vm(loc, 'allOnCurrent')}</p>
    ${done
      ? html`<ck-alert variant="success"><h4 id="moved-heading" tabindex="-1">${vm(loc, 'movedTitle', { count: done.subscriptions.length, version: done.toVersion })}</h4>${vm(loc, 'movedText')}</ck-alert>`
      : nothing}
    ${older.map(
      (o) => html`<p class="version-row">
        <span>${vm(loc, 'onVersion', { version: o.version, count: o.subscriptions })}</span>
        ${v.readonly ? nothing : html`<button type="button" class="btn small" aria-expanded=${c.reviewing === o.version ? 'true' : 'false'} @click=${() => void c.review(o.version)}>${vm(loc, 'reviewMove')}</button>`}
      </p>`,
    )}
    ${c.reviewing === null ? nothing : renderReview(v, c.reviewing)}
  </section>`;
}
