import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Distribution } from '../../src/schemas/sale.js';
import type { FieldErrors } from '../../src/schemas/validate.js';
import { focusAfterRender, type FormHost, type FormState } from '../../src/ui/controllers/form-state.js';
import { pendingErrors, type SaleDraft, withoutLine, withPendingLine } from './model.js';

/** What the pending line needs of the wizard. */
export interface PendingLineHost extends ReactiveControllerHost, FormHost {
  readonly form: FormState<SaleDraft>;
  readonly distributions: Distribution[];
  readonly localeCode: string;
}

/**
 * The distribution line being composed on the distribution step (`draft.pending`, kept in the
 * form's draft): its own rules and its own "submitted" (Add distribution pressed), apart from
 * the step's Next. Its errors show once Add was pressed; the number of users' as it is typed.
 */
export class PendingLine implements ReactiveController {
  private shown = false;

  constructor(private readonly host: PendingLineHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Add distribution was pressed and the line was not added: every error of the line shows. */
  get submitted(): boolean {
    return this.shown;
  }
  set submitted(value: boolean) {
    this.shown = value;
    this.host.requestUpdate();
  }

  get errors(): FieldErrors {
    return pendingErrors(this.host.form.draft, this.host.distributions, this.host.localeCode);
  }

  /** The message at a `pending.*` path: the backend's, the line's once submitted, the step's, else the users' as typed. */
  err(path: string): string {
    const { form } = this.host;
    const own = this.errors[path] ?? '';
    return form.serverErrors[path] ?? ((this.shown && own) || form.errors[path] || (path === 'pending.users' ? own : ''));
  }

  /** Adds the line to the sale when it is valid; otherwise shows why and focuses it. */
  async add(): Promise<void> {
    this.submitted = true;
    const { form } = this.host;
    if (Object.keys(this.errors).length) return form.focusInvalid();
    form.draft = withPendingLine(form.draft);
    this.submitted = false;
    form.submitted = false;
  }

  remove(index: number): void {
    const { form } = this.host;
    form.draft = withoutLine(form.draft, index);
    form.clearServerErrors('lines');
    void focusAfterRender(this.host, '[data-action=add-distribution]');
  }
}
