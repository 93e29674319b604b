import { css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { CkElement } from './ck-element.js';
import { tk } from './kit-messages.js';
import { ENTER_EVENT } from './enter-event.js';
import { buttonStyles, tokens } from './styles.js';

/**
 * A modal confirmation on the native `<dialog>`: focus moves into it, Escape cancels, and
 * focus returns to where it was. `ask()` resolves true when confirmed.
 *
 * @summary Modal yes/no question.
 * @slot - The explanation.
 * @slot content - Extra controls (e.g. a name field), shown under the explanation.
 * @csspart dialog - The dialog.
 * @csspart confirm-button - The confirm button.
 * @tagname ck-confirm-dialog
 */
export class CkConfirmDialog extends CkElement {
  static override styles = [
    tokens,
    buttonStyles,
    css`
      dialog {
        border: 1px solid var(--_border-subtle);
        border-radius: calc(var(--_radius) * 1.5);
        padding: calc(var(--_space) * 3);
        max-width: min(520px, calc(100vw - 32px));
        background: var(--_bg);
        color: var(--_text);
        box-shadow: 0 24px 64px rgb(0 0 0 / 0.3);
      }
      dialog::backdrop {
        background: rgb(15 20 25 / 0.5);
      }
      h2 {
        margin: 0 0 var(--_space);
        font-size: 1.2em;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: var(--_space);
        margin-top: calc(var(--_space) * 3);
      }
    `,
  ];

  @property() heading = '';
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  @property({ attribute: 'cancel-label' }) cancelLabel = '';
  /** Style the confirm button as destructive. */
  @property({ type: Boolean }) danger = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve: ((ok: boolean) => void) | undefined;

  /** Opens the dialog; resolves true on confirm, false on cancel or Escape. */
  ask(): Promise<boolean> {
    if (!this.hasUpdated) return this.updateComplete.then(() => this.ask());
    this.resolve?.(false);
    const answer = new Promise<boolean>((resolve) => {
      this.resolve = resolve;
    });
    if (!this.dialog.open) this.dialog.showModal();
    return answer;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Enter in a field of the dialog (the copy's name) confirms the dialog, not the widget behind it.
    this.addEventListener(ENTER_EVENT, this.onFieldEnter);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(ENTER_EVENT, this.onFieldEnter);
  }

  private readonly onFieldEnter = (e: Event): void => {
    e.stopPropagation();
    if (this.open) this.confirm();
  };

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Confirms, unless a control in the dialog is invalid (the copy's name left empty): then it shows that control's error and stays open. */
  private confirm(): void {
    const invalid = this.querySelector<HTMLElement & { submitted?: boolean }>('[invalid]');
    if (!invalid) return this.close(true);
    invalid.submitted = true;
    invalid.focus();
  }

  private close(ok: boolean): void {
    if (this.dialog.open) this.dialog.close();
    this.resolve?.(ok);
    this.resolve = undefined;
  }

  protected override render() {
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby="description" @cancel=${(e: Event) => (e.preventDefault(), this.close(false))}>
      ${this.heading ? html`<h2 id="title">${this.heading}</h2>` : nothing}
      <div id="description"><slot></slot></div>
      <slot name="content"></slot>
      <div class="actions">
        <button class="btn" @click=${() => this.close(false)}>${this.cancelLabel || this.t('kit.cancel')}</button>
        <button class="btn ${this.danger ? 'danger' : 'primary'}" part="confirm-button" @click=${() => this.confirm()}>${this.confirmLabel || this.t('kit.confirm')}</button>
      </div>
    </dialog>`;
  }
}

/**
 * Asks "Discard what you entered?" in the dialog `#discard-dialog` of `root` when `typed` is
 * true; resolves true when the user confirms or nothing was typed. Widgets render the dialog
 * with `discardDialog()`.
 */
export async function confirmDiscard(root: ParentNode, typed: boolean): Promise<boolean> {
  if (!typed) return true;
  const dialog = root.querySelector<CkConfirmDialog>('#discard-dialog');
  return dialog ? dialog.ask() : true;
}

/** The "Discard what you entered?" dialog that `confirmDiscard` opens, in the widget's language. */
export function discardDialog(locale: string) {
  return html`<ck-confirm-dialog id="discard-dialog" heading=${tk(locale, 'kit.discardTitle')} confirm-label=${tk(locale, 'kit.discard')} danger
    >${tk(locale, 'kit.discardText')}</ck-confirm-dialog
  >`;
}
