import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogVersion } from '../../src/i18n/catalog.js';
import type { Announcer } from '../../src/ui/controllers/announcer.js';
import type { Distribution } from '../../src/schemas/sale.js';
import type { FieldErrors } from '../../src/schemas/validate.js';
import { focusAfterRender, type FormHost, type FormState } from '../../src/ui/controllers/form-state.js';
import { pendingErrors, readyLine, type SaleDraft, withoutLine, withPendingLine } from './model.js';

/** What the pending line needs of the wizard. */
export interface PendingLineHost extends ReactiveControllerHost, FormHost {
  readonly form: FormState<SaleDraft>;
  readonly distributions: Distribution[];
  readonly localeCode: string;
  readonly announcer: Pick<Announcer, 'say'>;
  m(key: 'lineAdded' | 'lineRemoved', params: { distribution: string; count?: number }): string;
}

/**
 * The distribution line being composed on the distribution step (`draft.pending`, kept in the
 * form's draft): its own rules and its own "submitted" (Add distribution pressed), apart from
 * the step's Next. Its errors show once Add was pressed; the number of users' as it is typed.
 */
export class PendingLine implements ReactiveController {
  private shown = false;
  private memo: { inputs: readonly unknown[]; errors: FieldErrors } | null = null;

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

  /** The line's errors, computed once per draft, distributions, language and catalog (a render asks for each field's). */
  get errors(): FieldErrors {
    const { form, distributions, localeCode } = this.host;
    const inputs = [form.draft, distributions, localeCode, catalogVersion()] as const;
    if (!this.memo?.inputs.every((x, i) => x === inputs[i])) this.memo = { inputs, errors: pendingErrors(form.draft, distributions, localeCode) };
    return this.memo.errors;
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
    // A line's own problem, not a submit's: focus goes to its first invalid field, not to a summary.
    if (Object.keys(this.errors).length) return focusAfterRender(this.host, '[data-path^="pending."][invalid]');
    this.commit();
    form.submitted = false;
  }

  /** Next with a valid line composed: it is added, as Add would (said the same way). */
  settle(): void {
    if (readyLine(this.host.form.draft, this.host.distributions, this.host.localeCode)) this.commit();
  }

  private commit(): void {
    const { form } = this.host;
    const { distributionId, users } = form.draft.pending;
    form.draft = withPendingLine(form.draft);
    this.submitted = false;
    this.host.announcer.say(this.host.m('lineAdded', { distribution: this.name(distributionId), count: Number(users) }));
  }

  private name(distributionId: string): string {
    return this.host.distributions.find((d) => d.id === distributionId)?.name ?? distributionId;
  }

  remove(index: number): void {
    const { form } = this.host;
    const line = form.draft.lines[index];
    if (line) this.host.announcer.say(this.host.m('lineRemoved', { distribution: this.name(line.distributionId) }));
    form.draft = withoutLine(form.draft, index);
    form.clearServerErrors('lines');
    void focusAfterRender(this.host, '[data-action=add-distribution]');
  }
}
