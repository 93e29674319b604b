import type { ReactiveControllerHost } from 'lit';
import type { AdapterError } from '../../src/adapter/errors.js';
import type { ListAdapter, PlanAdapter } from '../../src/adapter/types.js';
import type { PlanRow } from '../../src/schemas/lists.js';
import type { ServicePlan } from '../../src/schemas/plan.js';
import type { CkConfirmDialog } from '../../src/ui/confirm-dialog.js';
import { Submission } from '../../src/ui/submission.js';
import type { PlanListMessage } from './messages.js';
import { plainText } from './model.js';

/** What copying and (de)activating need of the list. */
export interface PlanActionsHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly api: Partial<ListAdapter & PlanAdapter> | undefined;
  copyName: string;
  asking: PlanRow | null;
  m(key: PlanListMessage, params?: Record<string, string | number>): string;
  emit(name: 'service-plan-copied', detail: { plan: ServicePlan; sourceId: string }): unknown;
  emit(name: 'plan-active-changed', detail: { plan: ServicePlan }): unknown;
  /** The list again, with `id` marked and `note` said. */
  changed(id: string, note: string, as: 'new' | 'updated'): void;
}

/**
 * Copy service plan (the seed's pop-up: Name, default "Copy of <name>", Copy this service plan)
 * and Activate / Deactivate (a question that says what it means for subscriptions) from the
 * list's rows: each asks first, sends once with an idempotency key, and on failure says why with
 * Retry (the same request again).
 */
export class PlanActions {
  private readonly sending: Submission<ServicePlan>;
  private again: (() => void) | null = null;
  failedTitle: PlanListMessage = 'copyFailed';

  constructor(private readonly host: PlanActionsHost) {
    this.sending = new Submission<ServicePlan>(host);
  }

  get busy(): boolean { return this.sending.busy; }
  get failure(): AdapterError | null { return this.sending.state === 'failed' ? this.sending.error : null; }
  readonly retry = (): void => this.again?.();

  private dialog(id: string): CkConfirmDialog | null {
    return this.host.renderRoot.querySelector<CkConfirmDialog>(`#${id}`);
  }

  async copy(row: PlanRow): Promise<void> {
    const { host } = this;
    if (this.busy || !host.api?.copyPlan) return;
    host.copyName = plainText(host.m('copyOf', { name: row.name }));
    await host.updateComplete;
    if (!(await this.dialog('copy-dialog')?.ask())) return;
    const name = host.copyName.trim();
    this.failedTitle = 'copyFailed';
    this.again = () => void this.send({ copy: row.id, name }, (key, signal) => host.api!.copyPlan!(row.id, name, key, signal), 'new', (plan) => {
      host.emit('service-plan-copied', { plan, sourceId: row.id });
      return host.m('copied', { name: plan.name });
    });
    this.again();
  }

  async toggle(row: PlanRow): Promise<void> {
    const { host } = this;
    if (this.busy || !host.api?.setPlanActive) return;
    host.asking = row;
    await host.updateComplete;
    if (!(await this.dialog('active-dialog')?.ask())) return;
    const active = !row.active;
    this.failedTitle = 'activeFailed';
    this.again = () => void this.send({ id: row.id, active }, (key, signal) => host.api!.setPlanActive!(row.id, active, key, signal), 'updated', (plan) => {
      host.emit('plan-active-changed', { plan });
      return host.m(active ? 'activated' : 'deactivated', { name: plan.name });
    });
    this.again();
  }

  private async send(payload: unknown, request: (key: string, signal: AbortSignal) => Promise<ServicePlan>, as: 'new' | 'updated', done: (plan: ServicePlan) => string): Promise<void> {
    const plan = await this.sending.run(payload, request);
    await this.host.updateComplete;
    if (plan?.id) this.host.changed(plan.id, done(plan), as);
    else this.host.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
  }
}
