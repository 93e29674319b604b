/**
 * The views every widget shows the same way, with its own words: no adapter, loading, a load
 * that failed, a send that failed, a stored draft's notes, a wizard's buttons, the success
 * screen and the plain text field. Small functions of plain data and callbacks; the kit's own
 * sentences come from `tk`, a widget's words are passed in.
 */
import type { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { type AdapterError, toAdapterError } from '../adapter/errors.js';
import { adapterErrorMessage } from './adapter-error-message.js';
import { bindField } from './controllers/bind-field.js';
import type { ErrorSummaryEntry } from './error-summary.js';
import type { FormBinding } from './controllers/form-state.js';
import { tk } from './kit-messages.js';

/**
 * After a failed submit (or a backend's field errors), the problems shown, GOV.UK's way: one
 * `ck-error-summary` (part `error-summary`) that FormState.attempt focuses once, listing each
 * problem in the order its field appears, named by `label(path)` or else by the field's own
 * label; choosing one focuses its field (`focus`, by default the control bound to the path).
 * Nothing when no error shows. `root` is the widget's shadow root: the fields on screen.
 */
export function errorSummary(
  form: FormBinding,
  root: ParentNode,
  label?: (path: string) => string,
  focus: (path: string) => void = (path) => form.focusField(path),
  max = 12,
): TemplateResult | typeof nothing {
  const shown = Object.entries(form.shownErrors);
  if (!shown.length) return nothing;
  const fields = [...root.querySelectorAll<HTMLElement & { label?: string }>('[data-path]')];
  const at = (path: string) => {
    const i = fields.findIndex((f) => f.dataset.path === path);
    return i < 0 ? fields.length : i;
  };
  // Each field's name is read when the summary renders, after this render gave the fields their
  // labels: read now, a language switch showed new messages under the old names.
  const entries: ErrorSummaryEntry[] = shown
    .sort(([a], [b]) => at(a) - at(b))
    .slice(0, max)
    .map(([path, message]) => ({ path, message, get label() { return label?.(path) ?? fields[at(path)]?.label ?? ''; } }));
  return html`<ck-error-summary part="error-summary" .entries=${entries} @ck-focus-field=${(e: CustomEvent<{ path: string }>) => focus(e.detail.path)}></ck-error-summary>`;
}

/** What a widget says when it has no backend adapter. */
/** Nothing while the provider's context is on the way (`awaiting`), so no note flashes and is read on every load. */
export const noAdapterAlert = (loc: string, awaiting = false): TemplateResult | typeof nothing =>
  awaiting ? nothing : html`<ck-alert variant="error">${tk(loc, 'kit.noAdapter')}</ck-alert>`;

/**
 * What a widget draws while its data loads, in the order its view will: a `heading`, a line of
 * `text`, a wizard's `steps`, a `field` (label and control; consecutive ones share the fields
 * grid, so they wrap as the real ones do), a `wide` field (a whole row), a `card` (a choice's
 * cell, in the same grid), `choices` (a radio group whose options are explained, twice as tall
 * on a narrow screen), a `box` (an alert or a table of a few lines), a `section` rule with its heading, the `actions` row, and
 * `aside`: a summary beside what came before it (sticky on wide screens, after it on narrow
 * ones, as columnsForm lays it out). `field*4` repeats a block.
 */
export type SkeletonBlock = 'heading' | 'text' | 'steps' | 'field' | 'wide' | 'card' | 'choices' | 'box' | 'section' | 'actions' | 'aside';
export type SkeletonShape = readonly (SkeletonBlock | `${SkeletonBlock}*${number}`)[];

const bar = (kind: string) => html`<span class="skel ${kind}"></span>`;
const isField = (kind: SkeletonBlock | undefined) => kind === 'field' || kind === 'wide' || kind === 'card';

function skeletonBlock(kind: SkeletonBlock): TemplateResult {
  if (kind === 'card') return bar('card');
  if (isField(kind)) return html`<div class="skel-field ${kind === 'wide' ? 'wide' : ''}">${bar('label')}${bar('hint')}${bar('control')}</div>`;
  if (kind === 'actions') return html`<div class="actions">${bar('button')}</div>`;
  if (kind === 'section') return html`<div class="skel-section">${bar('subheading')}</div>`;
  return bar(kind);
}

/** Blocks in a stack, consecutive fields in one grid (as a view's fields are). */
function skeletonStack(blocks: readonly SkeletonBlock[]): TemplateResult {
  const groups: SkeletonBlock[][] = [];
  for (const kind of blocks) {
    const last = groups.at(-1);
    if (isField(kind) && isField(last?.[0])) last!.push(kind);
    else groups.push([kind]);
  }
  return html`${groups.map((g) => (isField(g[0]) ? html`<div class="fields">${g.map(skeletonBlock)}</div>` : skeletonBlock(g[0]!)))}`;
}

/**
 * Loading: the shapes of what is coming (part `skeleton`), so nothing jumps when the data
 * arrives, marked `aria-busy`. Screen readers get one "Loading…" in it, not a live region (one
 * inserted with its text is read unreliably; the loaded view, or its failure, is what is said).
 * It does not shimmer; it pulses only when the user has not asked for reduced motion. Colour
 * `--ck-skeleton-color`.
 */
export function loadingSkeleton(loc: string, shape: SkeletonShape): TemplateResult {
  const blocks = shape.flatMap((b) => {
    const [kind, times] = b.split('*') as [SkeletonBlock, string?];
    return Array.from({ length: Number(times ?? 1) }, () => kind);
  });
  const aside = blocks.indexOf('aside');
  const body =
    aside < 0
      ? skeletonStack(blocks)
      : html`<div class="columns">
          <div class="stack">${skeletonStack(blocks.slice(0, aside))}</div>
          <div class="skel-aside">${bar('box')}</div>
          <div class="stack">${skeletonStack(blocks.slice(aside + 1))}</div>
        </div>`;
  return html`<div class="stack skeleton" part="skeleton" aria-busy="true">
    <span class="sr-only">${tk(loc, 'kit.loading')}</span>
    <div class="stack" aria-hidden="true">${body}</div>
  </div>`;
}

/** Loading, for a part of a view that has no shape of its own yet: one text line. */
export const loadingNote = (loc: string): TemplateResult => loadingSkeleton(loc, ['text']);

/** A note in an info alert. */
export const infoNote = (text: string): TemplateResult => html`<ck-alert variant="info">${text}</ck-alert>`;

/**
 * A widget's load: its skeleton (`shape`, see loadingSkeleton) until it is in (while it loads
 * again, the view when `shown` says it has something to show), the view, or why it failed under
 * `failedTitle`, with Retry.
 */
export function renderLoad<A extends readonly unknown[], R>(loc: string, task: Task<A, R>, failedTitle: string, view: () => unknown, shown: unknown, shape: SkeletonShape = ['text']) {
  const skeleton = () => loadingSkeleton(loc, shape);
  return task.render({
    initial: skeleton,
    pending: () => (shown ? view() : skeleton()),
    complete: view,
    error: (e) => html`<ck-alert variant="error" heading=${failedTitle} retry @ck-retry=${() => void task.run()}>${adapterErrorMessage(toAdapterError(e), loc)}</ck-alert>`,
  });
}

/**
 * Why a send failed (not a field's problem), that nothing entered was lost (or the widget's
 * `kept` sentence), Retry when it may work, and `more` after. It is #failure: the widget moves
 * the focus there.
 */
export function failureAlert(loc: string, error: AdapterError, heading: string, retry: () => void, kept = tk(loc, 'kit.keptValues'), more: unknown = nothing): TemplateResult {
  return html`<ck-alert id="failure" variant="error" heading=${heading} ?retry=${error.retryable} @ck-retry=${retry}>${adapterErrorMessage(error, loc)} ${kept} ${more}</ck-alert>`;
}

/**
 * A stored draft that could not be used (`dropped`) or was restored (`restored`), each said
 * when given; with `discard`, the restored note offers it as a button labelled `discardLabel`.
 */
export function draftNotes(dropped: string | false, restored: string | false, discardLabel?: string, discard?: () => void): TemplateResult {
  const button = discard ? html`<button type="button" class="btn link" @click=${discard}>${discardLabel}</button>` : nothing;
  return html`${dropped ? infoNote(dropped) : nothing}${restored ? html`<ck-alert variant="info">${restored} ${button}</ck-alert>` : nothing}`;
}

/** The main button that sends: `label`, or a spinner and `busyLabel` while busy; `blocked` also disables it. Without `run` it submits its form (a button's default type). */
export interface SubmitButton {
  label: string;
  busyLabel: string;
  busy: boolean;
  blocked?: boolean;
  run?: () => void;
}

export function submitButton(b: SubmitButton): TemplateResult {
  const busy = b.busy ? html`<span class="spinner" aria-hidden="true"></span>${b.busyLabel}` : b.label;
  return html`<button class="btn primary" part="submit-button" aria-disabled=${b.busy || b.blocked ? 'true' : 'false'} @click=${b.run}>${busy}</button>`;
}

/** Where a wizard is, and its way back. */
export interface WizardPosition {
  readonly index: number;
  readonly isLast: boolean;
  back(): void;
}

/**
 * A wizard's buttons: Back after the first step, a spacer, and Next (none when `next` is null)
 * or, on the last step, the submit button.
 */
export function wizardNav(flow: WizardPosition, backLabel: string, nextLabel: string, next: (() => void) | null, submit: SubmitButton): TemplateResult {
  const back = flow.index > 0 ? html`<button class="btn" @click=${() => flow.back()}>${backLabel}</button>` : nothing;
  const on = flow.isLast ? submitButton(submit) : next ? html`<button class="btn primary" part="next-button" @click=${next}>${nextLabel}</button>` : nothing;
  return html`<div class="actions nav">${back}<span class="spacer"></span>${on}</div>`;
}

/**
 * The screen after a send succeeded: a heading that says what happened (#done-heading, where
 * WidgetElement.completed moves focus; `level` 3 inside a wizard, whose steps are level 3),
 * `content`, then the button that starts another.
 */
export function successScreen(heading: string, content: unknown, againLabel: string, again: () => void, level: 2 | 3 = 2): TemplateResult {
  const h = level === 3 ? html`<h3 id="done-heading" tabindex="-1" part="done-heading">${heading}</h3>` : html`<h2 id="done-heading" tabindex="-1" part="done-heading">${heading}</h2>`;
  return html`<div class="stack" part="success">${h} ${content} <div class="actions"><button class="btn" @click=${again}>${againLabel}</button></div></div>`;
}

/**
 * A form in two columns, named by the heading `#heading`: its fields (`main`) beside a summary
 * `aside`, sticky on wide screens. Its `actions` (the submit button) come after the summary in
 * the document, so on a narrow screen the price is read and seen before the button that commits
 * to it (as Stripe Checkout puts its order summary first on a phone); on a wide one they sit
 * under the fields. Submitting it (the primary button, Enter) runs `submit`; the browser's own
 * validation is off, the widget's shows instead.
 */
export function columnsForm(submit: () => void, main: unknown, aside: unknown, actions: unknown = nothing): TemplateResult {
  const onSubmit = (e: Event) => {
    e.preventDefault();
    submit();
  };
  return html`<form class="columns" novalidate aria-labelledby="heading" @submit=${onSubmit}>${main} ${aside} ${actions}</form>`;
}

export interface TextFieldOptions {
  required?: boolean;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: AutoFill;
  hint?: string;
  wide?: boolean;
  maxlength?: number;
}

/** A text field maker for `form`: bound to a path, its label says `optional` (the widget's word) unless it is required. */
export function textFields(form: FormBinding, optional: string) {
  return (path: string, label: string, o: TextFieldOptions = {}): TemplateResult =>
    html`<ck-text-field ${bindField(form, path)} class=${o.wide ? 'wide' : ''} label=${o.required ? label : `${label} ${optional}`} .type=${o.type ?? 'text'} .autocomplete=${o.autocomplete} .maxlength=${o.maxlength} hint=${o.hint ?? ''} ?required=${!!o.required}></ck-text-field>`;
}
