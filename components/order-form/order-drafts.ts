import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../../src/core/clock.js';
import { draftChecker } from '../../src/schemas/draft.js';
import type { Order } from '../../src/schemas/order.js';
import type { FormState } from '../../src/ui/controllers/form-state.js';
import { DraftStorage } from '../../src/ui/draft-storage.js';
import type { Submission } from '../../src/ui/submission.js';
import { hasInput, ORDER_DRAFT_VERSION, orderDraftSchema, type OrderDraft, type OrderKind } from './model.js';

/** What the keeper reads of <order-form>. */
export interface OrderDraftsHost extends ReactiveControllerHost {
  readonly draftKey: string | undefined;
  readonly form: FormState<OrderDraft>;
  kind: OrderKind | null;
}

/**
 * The unfinished order in sessionStorage (with `draft-key`): the draft, Cloud or SaaS, and the
 * idempotency key of an order in flight, kept after every render that changed the draft or the
 * kind, restored once, and forgotten once the order exists or the user starts over.
 */
export class OrderDrafts implements ReactiveController {
  private readonly storage: DraftStorage<OrderDraft>;
  /** The draft and kind last kept. */
  private kept: readonly unknown[] = [];

  constructor(
    private readonly host: OrderDraftsHost,
    private readonly submission: Submission<Order>,
    clock: () => Clock,
  ) {
    this.storage = new DraftStorage<OrderDraft>({ key: () => host.draftKey && `order-form:${host.draftKey}`, version: ORDER_DRAFT_VERSION, check: draftChecker(orderDraftSchema), clock });
    host.addController(this);
  }

  /** The stored order, once: into the form, with its kind and order in flight; then whether to say it was restored or dropped. */
  restore(): { restored: boolean; dropped: boolean } | null {
    return this.storage.restoreOnce(({ draft, step, submission }) => {
      this.host.form.reset(draft);
      if (step === 'cloud' || step === 'saas') this.host.kind = step;
      this.submission.resume(submission);
      return hasInput(draft);
    });
  }

  hostUpdated(): void {
    if (this.kept[0] !== this.host.form.draft || this.kept[1] !== this.host.kind) this.keep();
  }

  /** Keeps the order now (an order in flight keeps its key before any answer can be lost); forgets it once it exists. */
  keep(): void {
    const { form, kind } = this.host;
    this.kept = [form.draft, kind];
    if (this.submission.state === 'done') this.storage.clear();
    else this.storage.save({ draft: form.draft, step: kind ?? undefined, submission: this.submission.pending() ?? undefined });
  }

  clear(): void {
    this.storage.clear();
  }
}
